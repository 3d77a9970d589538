package org.argclinic.emit.rust;

import java.math.BigDecimal;
import java.util.Optional;
import org.argclinic.model.Expr;

/** Python's repr of the literals the DSL allows, for messages and defaults. */
final class PyLiterals {
  private PyLiterals() {}

  static boolean truthy(Expr e) {
    if (e instanceof Expr.Bool b) {
      return b.value();
    }
    if (e instanceof Expr.Int i) {
      return i.value().signum() != 0;
    }
    if (e instanceof Expr.Unary u && u.op().equals("-")) {
      return truthy(u.operand());
    }
    return !(e instanceof Expr.None);
  }

  /** Python's repr of a literal, or empty when the expression is not a plain literal. */
  static Optional<String> repr(Expr e) {
    if (e instanceof Expr.Int i) {
      return Optional.of(i.value().toString());
    }
    if (e instanceof Expr.Float f) {
      return Optional.of(floatRepr(f.value()));
    }
    if (e instanceof Expr.Str s) {
      return Optional.of(strRepr(s.value(), ""));
    }
    if (e instanceof Expr.Bytes b) {
      return Optional.of(strRepr(b.value(), "b"));
    }
    if (e instanceof Expr.Bool b) {
      return Optional.of(b.value() ? "True" : "False");
    }
    if (e instanceof Expr.None) {
      return Optional.of("None");
    }
    if (e instanceof Expr.Unary u
        && (u.op().equals("-") || u.op().equals("+"))
        && (u.operand() instanceof Expr.Int || u.operand() instanceof Expr.Float)) {
      if (u.operand() instanceof Expr.Int i) {
        return Optional.of((u.op().equals("-") ? i.value().negate() : i.value()).toString());
      }
      double v = ((Expr.Float) u.operand()).value();
      return Optional.of(floatRepr(u.op().equals("-") ? -v : v));
    }
    return Optional.empty();
  }

  static String floatRepr(double v) {
    if (Double.isNaN(v)) {
      return "nan";
    }
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    if (v == 0) {
      return (1 / v < 0) ? "-0.0" : "0.0";
    }
    BigDecimal bd = new BigDecimal(Double.toString(v)).stripTrailingZeros();
    int exp = bd.precision() - bd.scale() - 1;
    String digits = bd.unscaledValue().abs().toString();
    String sign = v < 0 ? "-" : "";
    if (exp < -4 || exp >= 16) {
      String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
      return sign + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }
    String plain = bd.abs().toPlainString();
    if (!plain.contains(".")) {
      plain = plain + ".0";
    }
    return sign + plain;
  }

  static String strRepr(String s, String prefix) {
    char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
    StringBuilder sb = new StringBuilder(prefix).append(quote);
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c == quote || c == '\\') {
        sb.append('\\').appendCodePoint(c);
      } else if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '\t') {
        sb.append("\\t");
      } else if (c < 0x20 || c == 0x7f || (!prefix.isEmpty() && c >= 0x80)) {
        sb.append(String.format("\\x%02x", c));
      } else {
        sb.appendCodePoint(c);
      }
    }
    return sb.append(quote).toString();
  }
}
