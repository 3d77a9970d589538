package org.argclinic.emit.rust;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argclinic.model.DefaultValue;
import org.argclinic.model.Expr;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;

/**
 * The docstring with its {@code __text_signature__} header, as Argument Clinic 3.13 renders it.
 * Interim: the Rust target needs it before the C emitter's renderer lands; once it does, {@link
 * RustEmitter} should call that one instead and this class goes away.
 */
final class TextSignature {
  private TextSignature() {}

  /** One parameter as the signature shows it, self included. */
  record Shown(String name, ParameterKind kind, boolean isSelf, Optional<String> pyDefault, int group, String docstring) {}

  static String docstring(Function f, List<Shown> params) {
    if ((f.kind() == FunctionKind.INIT || f.kind() == FunctionKind.NEW || f.kind() == FunctionKind.GETTER
        || f.kind() == FunctionKind.SETTER) && f.docstring().isEmpty()) {
      return "";
    }
    List<String> lines = new ArrayList<>(List.of(f.docstring().split("\n", -1)));
    if (lines.size() == 1) {
      lines.add("");
    }
    boolean marker = f.docstring().contains("{parameters}");
    if (!marker) {
      lines.add(2, "{parameters}");
    }
    lines.add(0, "{signature}");
    StringBuilder parameters = new StringBuilder();
    for (Shown p : params) {
      if (!p.docstring().isEmpty()) {
        StringBuilder one = new StringBuilder("  " + p.name());
        for (String l : p.docstring().split("\n", -1)) {
          one.append("\n    ").append(l);
        }
        parameters.append(one.toString().stripTrailing()).append("\n");
      }
    }
    String signature = signature(f, params);
    // Argument Clinic's linear_format: a marker line is replaced by its text, each line
    // right-stripped and indented like the marker, followed by a newline; empty text drops it.
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      String trimmed = line.strip();
      String sub = null;
      if (trimmed.equals("{signature}")) {
        sub = signature;
      } else if (trimmed.equals("{parameters}")) {
        sub = parameters.toString();
      }
      if (sub == null) {
        out.append(line).append("\n");
        continue;
      }
      if (sub.isEmpty()) {
        continue;
      }
      String indent = line.substring(0, line.indexOf('{'));
      String[] subLines = sub.split("\n", -1);
      for (int i = 0; i < subLines.length; i++) {
        String l = subLines[i].stripTrailing();
        out.append(l.isEmpty() ? "" : indent + l);
        if (i < subLines.length - 1) {
          out.append("\n");
        }
      }
      out.append("\n");
    }
    return out.toString().stripTrailing();
  }

  static String signature(Function f, List<Shown> params) {
    String display =
        (f.kind() == FunctionKind.NEW || f.kind() == FunctionKind.INIT)
            ? f.className().map(c -> c.substring(c.lastIndexOf('.') + 1)).orElse(f.name())
            : f.name();
    if (f.kind() == FunctionKind.GETTER || f.kind() == FunctionKind.SETTER) {
      return "";
    }
    Optional<String> forced = f.decorator("text_signature").flatMap(d -> d.arguments().stream().findFirst());
    if (forced.isPresent()) {
      return (display + forced.get() + "\n--\n").replace(", ]", ",] ");
    }
    StringBuilder sb = new StringBuilder(display).append('(');
    int lineLength = sb.length();
    String indent = " ".repeat(lineLength);
    boolean needTrailingSlash = !params.isEmpty() && params.get(params.size() - 1).kind() == ParameterKind.POSITIONAL_ONLY;
    boolean needSlash = false;
    boolean addedSlash = false;
    boolean addedStar = false;
    boolean first = true;
    int brackets = 0;
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      Shown p = params.get(i);
      boolean posonly = p.kind() == ParameterKind.POSITIONAL_ONLY;
      if (posonly) {
        needSlash = true;
      } else if (needSlash && !addedSlash) {
        addedSlash = true;
        parts.add("/,");
      }
      if (p.kind() == ParameterKind.KEYWORD_ONLY && !addedStar) {
        addedStar = true;
        parts.add("*,");
      }
      StringBuilder t = new StringBuilder();
      int desired = posonly ? Math.abs(p.group()) : 0;
      while (brackets < desired) {
        t.append('[');
        brackets++;
      }
      while (brackets > desired) {
        t.append(']');
        brackets--;
      }
      if (p.isSelf()) {
        t.append('$');
      }
      if (p.kind() == ParameterKind.VAR_POSITIONAL) {
        t.append('*');
        addedStar = true;
      }
      t.append(p.name());
      if (p.kind() != ParameterKind.VAR_POSITIONAL && p.pyDefault().isPresent()) {
        t.append('=').append(p.pyDefault().get());
      }
      if (i != params.size() - 1 || needTrailingSlash) {
        t.append(',');
      }
      parts.add(t.toString());
    }
    for (String s0 : parts) {
      String s = s0;
      if (first) {
        first = false;
      } else {
        s = " " + s0;
        if (lineLength + s.length() >= 72) {
          sb.append("\n").append(indent);
          lineLength = indent.length();
          s = s0;
        }
      }
      lineLength += s.length();
      sb.append(s);
    }
    StringBuilder close = new StringBuilder();
    while (brackets > 0) {
      close.append(']');
      brackets--;
    }
    sb.append(close);
    if (needTrailingSlash) {
      String s = first ? "/" : " /";
      if (!first && lineLength + s.length() >= 72) {
        sb.append("\n").append(indent).append("/");
      } else {
        sb.append(s);
      }
    }
    sb.append(")\n--\n");
    return sb.toString().replace(", ]", ",] ");
  }

  /** The default as the signature shows it: {@code py_default}, else Python's repr. */
  static Optional<String> pyDefault(Parameter p) {
    Optional<String> explicit = RustConverters.stringArgument(p.converter(), "py_default");
    if (explicit.isPresent()) {
      return explicit;
    }
    if (p.defaultValue().isEmpty()) {
      return Optional.empty();
    }
    DefaultValue d = p.defaultValue().get();
    Expr e = d.expr();
    if (e instanceof Expr.Name n && n.id().equals("NULL")) {
      return Optional.of("<unrepresentable>");
    }
    Optional<String> lit = repr(e);
    if (lit.isPresent() && p.converter().name().equals("bool") && !p.converter().legacy()) {
      return Optional.of(truthy(e) ? "True" : "False");
    }
    return Optional.of(lit.orElse(d.text()));
  }

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
