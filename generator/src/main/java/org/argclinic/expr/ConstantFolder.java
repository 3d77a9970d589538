package org.argclinic.expr;

import java.math.BigInteger;
import java.util.Optional;
import org.argclinic.model.Expr;

/**
 * Evaluates arithmetic on number literals far enough to know whether Python would raise, as
 * Argument Clinic finds out by evaluating a default that comes with a {@code c_default}. Anything
 * that is not plain int or float arithmetic is "unknown" and never an error here.
 */
public final class ConstantFolder {
  private ConstantFolder() {}

  /** Python's {@code repr()} of the exception evaluating {@code e} raises, if it surely does. */
  public static Optional<String> raises(Expr e) {
    try {
      value(e);
      return Optional.empty();
    } catch (Raised r) {
      return Optional.of(r.repr);
    }
  }

  private static final class Raised extends Exception {
    final String repr;

    Raised(String type, String message) {
      super(message, null, false, false);
      this.repr = type + "(" + ExprPrinter.reprStr(message) + ")";
    }
  }

  /** An int (BigInteger), a float (Double), or null when not known. */
  private static Object value(Expr e) throws Raised {
    if (e instanceof Expr.Int i) {
      return i.value();
    }
    if (e instanceof Expr.Float f) {
      return f.value();
    }
    if (e instanceof Expr.Bool b) {
      return b.value() ? BigInteger.ONE : BigInteger.ZERO;
    }
    if (e instanceof Expr.Unary u) {
      Object v = value(u.operand());
      if (v instanceof BigInteger i) {
        return switch (u.op()) {
          case "-" -> i.negate();
          case "+" -> i;
          case "~" -> i.not();
          default -> null;
        };
      }
      if (v instanceof Double d) {
        return switch (u.op()) {
          case "-" -> -d;
          case "+" -> d;
          default -> null;
        };
      }
      return null;
    }
    if (e instanceof Expr.Binary b) {
      // Python evaluates the left operand first; when it is unknown (a name may raise
      // NameError, which Clinic accepts) nothing after it can be judged.
      Object l = value(b.left());
      if (l == null) {
        return null;
      }
      Object r = value(b.right());
      if (r == null) {
        return null;
      }
      return binary(b.op(), l, r);
    }
    return null;
  }

  private static Object binary(String op, Object l, Object r) throws Raised {
    boolean floats = l instanceof Double || r instanceof Double;
    double ld = l instanceof BigInteger i ? i.doubleValue() : (Double) l;
    double rd = r instanceof BigInteger i ? i.doubleValue() : (Double) r;
    boolean zero = rd == 0;
    switch (op) {
      case "/":
        if (zero) {
          throw new Raised(
              "ZeroDivisionError", floats ? "float division by zero" : "division by zero");
        }
        return ld / rd;
      case "//":
        if (zero) {
          throw new Raised(
              "ZeroDivisionError",
              floats ? "float floor division by zero" : "integer division or modulo by zero");
        }
        return floats ? (Object) Math.floor(ld / rd) : floorDiv((BigInteger) l, (BigInteger) r);
      case "%":
        if (zero) {
          throw new Raised(
              "ZeroDivisionError", floats ? "float modulo by zero" : "integer modulo by zero");
        }
        return floats
            ? null
            : ((BigInteger) l)
                .subtract(floorDiv((BigInteger) l, (BigInteger) r).multiply((BigInteger) r));
      case "**":
        if (ld == 0 && rd < 0) {
          throw new Raised("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        }
        return null;
      case "<<":
      case ">>":
        if (floats) {
          return null;
        }
        if (((BigInteger) r).signum() < 0) {
          throw new Raised("ValueError", "negative shift count");
        }
        return null;
      case "+":
        return floats ? (Object) (ld + rd) : ((BigInteger) l).add((BigInteger) r);
      case "-":
        return floats ? (Object) (ld - rd) : ((BigInteger) l).subtract((BigInteger) r);
      case "*":
        return floats ? (Object) (ld * rd) : ((BigInteger) l).multiply((BigInteger) r);
      default:
        return null;
    }
  }

  private static BigInteger floorDiv(BigInteger a, BigInteger b) {
    BigInteger[] qr = a.divideAndRemainder(b);
    if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) {
      return qr[0].subtract(BigInteger.ONE);
    }
    return qr[0];
  }
}
