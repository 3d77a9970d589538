package org.argclinic.resolve;

import org.argclinic.expr.ExprPrinter;

/**
 * Python's {@code repr()} for the literal types a default can have (one implementation:
 * ExprPrinter's).
 */
public final class PyRepr {
  private PyRepr() {}

  /** Python's shortest round-tripping float repr ({@code 1e-05}, {@code 1000.0}, {@code inf}). */
  public static String ofFloat(double d) {
    return ExprPrinter.reprFloat(d);
  }

  public static String ofComplex(double real, double imag) {
    String im = ofFloat(imag);
    if (im.endsWith(".0")) {
      im = im.substring(0, im.length() - 2);
    }
    if (real == 0 && 1 / real > 0) {
      return im + "j";
    }
    String re = ofFloat(real);
    if (re.endsWith(".0")) {
      re = re.substring(0, re.length() - 2);
    }
    return "(" + re + (imag >= 0 || Double.isNaN(imag) ? "+" : "") + im + "j)";
  }

  public static String ofStr(String s) {
    return ExprPrinter.reprStr(s);
  }

  public static String ofBytes(String latin1) {
    return ExprPrinter.reprBytes(latin1);
  }
}
