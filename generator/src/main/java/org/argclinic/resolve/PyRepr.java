package org.argclinic.resolve;

import java.math.BigDecimal;

/** Python's {@code repr()} for the literal types a default can have. */
public final class PyRepr {
  private PyRepr() {}

  /** Python's shortest round-tripping float repr ({@code 1e-05}, {@code 1000.0}, {@code inf}). */
  public static String ofFloat(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return (1 / d < 0) ? "-0.0" : "0.0";
    }
    // Java's Double.toString gives the shortest digits that round-trip (close enough on JDK 17);
    // re-lay them out with Python's rules: positional when -4 <= exponent < 16.
    BigDecimal bd = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = bd.unscaledValue().toString();
    int exp = digits.length() - 1 - bd.scale();
    String sign = d < 0 ? "-" : "";
    if (exp >= -4 && exp < 16) {
      String plain = bd.toPlainString();
      if (!plain.contains(".")) {
        plain += ".0";
      }
      return sign + plain;
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    String e = String.valueOf(Math.abs(exp));
    if (e.length() < 2) {
      e = "0" + e;
    }
    return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + e;
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
    char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
    StringBuilder b = new StringBuilder().append(quote);
    s.codePoints().forEach(cp -> {
      if (cp == quote || cp == '\\') {
        b.append('\\').appendCodePoint(cp);
      } else if (cp == '\n') {
        b.append("\\n");
      } else if (cp == '\r') {
        b.append("\\r");
      } else if (cp == '\t') {
        b.append("\\t");
      } else if (cp < 0x20 || cp == 0x7f) {
        b.append(String.format("\\x%02x", cp));
      } else if (cp >= 0x80 && !isPrintable(cp)) {
        b.append(cp <= 0xff ? String.format("\\x%02x", cp)
            : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp));
      } else {
        b.appendCodePoint(cp);
      }
    });
    return b.append(quote).toString();
  }

  public static String ofBytes(String latin1) {
    char quote = (latin1.indexOf('\'') >= 0 && latin1.indexOf('"') < 0) ? '"' : '\'';
    StringBuilder b = new StringBuilder("b").append(quote);
    for (char c : latin1.toCharArray()) {
      if (c == quote || c == '\\') {
        b.append('\\').append(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c < 0x20 || c >= 0x7f) {
        b.append(String.format("\\x%02x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append(quote).toString();
  }

  private static boolean isPrintable(int cp) {
    int t = Character.getType(cp);
    return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
        || t == Character.PRIVATE_USE || t == Character.UNASSIGNED
        || t == Character.LINE_SEPARATOR || t == Character.PARAGRAPH_SEPARATOR
        || (t == Character.SPACE_SEPARATOR && cp != ' '));
  }
}
