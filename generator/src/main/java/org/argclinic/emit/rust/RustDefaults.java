package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.CStrings;
import org.argclinic.model.Expr;
import org.argclinic.model.Parameter;

/**
 * The Rust value a parameter takes when its argument is absent, mirroring the C glue's {@code
 * c_default}. NULL-like defaults become {@code Option::None}.
 */
final class RustDefaults {
  private static final Pattern C_INT = Pattern.compile("-?(0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]*");

  /**
   * A C constant expression Rust can spell the same way: upper-case names, integers, | + - << >>.
   */
  private static final Pattern C_CONSTANT_EXPR =
      Pattern.compile("[A-Z_][A-Z0-9_]*(\\s*(\\||\\+|-|<<|>>)\\s*([A-Z_][A-Z0-9_]*|[0-9]+))*");

  private static final Pattern C_NAME = Pattern.compile("\\b[A-Z_][A-Z0-9_]*\\b");
  private static final Pattern C_FLOAT = Pattern.compile("-?[0-9]+\\.[0-9]*([eE][-+]?[0-9]+)?");
  private static final ImmutableMap<String, String> C_CONSTANTS =
      ImmutableMap.<String, String>builder()
          .put("PY_SSIZE_T_MAX", "isize::MAX")
          .put("PY_SSIZE_T_MIN", "isize::MIN")
          .put("INT_MAX", "i32::MAX")
          .put("INT_MIN", "i32::MIN")
          .put("LONG_MAX", "::std::ffi::c_long::MAX")
          .put("LONG_MIN", "::std::ffi::c_long::MIN")
          .put("UINT_MAX", "u32::MAX")
          .put("ULONG_MAX", "::std::ffi::c_ulong::MAX")
          .put("SIZE_MAX", "usize::MAX")
          .put("Py_None", "clinic::none()")
          .put("Py_True", "true")
          .put("Py_False", "false")
          .build();

  private RustDefaults() {}

  static RustEmitter.DefaultPlan plan(Parameter p, RustConversion c)
      throws RustEmitter.Unsupported {
    String type = c.localType();
    // the declared C spelling of the default (the bound converter's also holds its own defaults)
    Optional<String> cDefault =
        p.converter().arguments().get("c_default") instanceof Expr.Str str
            ? Optional.of(str.value())
            : Optional.empty();
    if (p.defaultValue().isEmpty()) {
      // a required parameter still starts from its c_default (converters that keep it on None)
      String start = cDefault.map(v -> fromC(v.trim(), type)).orElse(null);
      return new RustEmitter.DefaultPlan(false, "", start == null ? zero(type) : start);
    }
    Expr e = p.defaultValue().get().expr();
    boolean isBool = type.equals("bool");
    if (cDefault.isPresent()) {
      String v = cDefault.get().trim();
      if (v.equals("NULL")) {
        return option(type);
      }
      String mapped = fromC(v, type);
      if (mapped == null) {
        throw new RustEmitter.Unsupported(
            "c_default=" + v + " is a C expression Rust cannot spell");
      }
      return value(mapped, type);
    }
    if (e instanceof Expr.Name n && (n.id().equals("NULL") || n.id().equals("unspecified"))) {
      return option(type);
    }
    if (type.equals(RustConverters.OBJECT) && e instanceof Expr.Int i && i.value().signum() == 0) {
      // clinic's c_default is the literal 0: a NULL object pointer
      return option(type);
    }
    if (e instanceof Expr.None) {
      if (type.equals(RustConverters.OBJECT)) {
        return value("clinic::none()", type);
      }
      if (type.startsWith("Option<")) {
        return new RustEmitter.DefaultPlan(false, "None", "None");
      }
      if (type.equals("clinic::Buffer")) {
        return option(type);
      }
      throw new RustEmitter.Unsupported("default None for " + type);
    }
    if (isBool) {
      return value(truthy(e) ? "true" : "false", type);
    }
    Optional<String> lit = literal(e, type);
    if (lit.isEmpty()) {
      throw new RustEmitter.Unsupported(
          "default " + p.defaultValue().get().text() + " has no Rust value");
    }
    return value(lit.get(), type);
  }

  /** The C constant names a default refers to (the including module must define them). */
  static List<String> constants(String rustDefault) {
    List<String> out = new ArrayList<>();
    Matcher m = C_NAME.matcher(rustDefault);
    while (m.find()) {
      String name = m.group();
      boolean rustOwn =
          rustDefault.contains("::" + name)
              || name.equals("MAX")
              || name.equals("MIN")
              || name.equals("INFINITY")
              || name.equals("NEG_INFINITY")
              || name.equals("NAN");
      if (!rustOwn && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** Python truthiness of a literal default (bool converters store 0 or 1). */
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

  private static RustEmitter.DefaultPlan option(String type) {
    return new RustEmitter.DefaultPlan(true, "None", zero(type));
  }

  private static RustEmitter.DefaultPlan value(String v, String type) {
    return new RustEmitter.DefaultPlan(false, v, v);
  }

  /** The value converters that keep the default on None start from, when no default is given. */
  private static String zero(String type) {
    return type.equals("isize") ? "0" : "Default::default()";
  }

  private static boolean isFloat(String type) {
    return type.equals("f64") || type.equals("f32");
  }

  private static boolean isInt(String type) {
    return type.matches("[iu](8|16|32|64|size)") || type.startsWith("::std::ffi::c_");
  }

  private static String fromC(String v, String type) {
    if (C_CONSTANTS.containsKey(v)) {
      String m = C_CONSTANTS.get(v);
      if (type.equals("bool")) {
        return m.equals("true") || m.equals("false") ? m : null;
      }
      if (m.startsWith("clinic::")) {
        return type.equals(RustConverters.OBJECT) ? m : null;
      }
      return isInt(type) ? "(" + m + ") as " + type : null;
    }
    if (C_INT.matcher(v).matches()) {
      String digits = v.replaceAll("[uUlL]+$", "");
      if (type.equals("bool")) {
        return digits.equals("0") ? "false" : "true";
      }
      if (isFloat(type)) {
        return digits + " as " + type;
      }
      return isInt(type) ? digits : null;
    }
    if (C_FLOAT.matcher(v).matches() && isFloat(type)) {
      return v.endsWith(".") ? v + "0" : v;
    }
    if (v.matches("'.'") && type.equals("u8")) {
      return "b" + v;
    }
    if (C_CONSTANT_EXPR.matcher(v).matches() && (isInt(type) || isFloat(type))) {
      // a C constant: the module that includes the glue defines a Rust constant of that name
      return "(" + v + ") as " + type;
    }
    if (C_CONSTANT_EXPR.matcher(v).matches() && type.equals("bool")) {
      return "(" + v + ") != 0";
    }
    return null;
  }

  private static Optional<String> literal(Expr e, String type) throws RustEmitter.Unsupported {
    if (e instanceof Expr.Str s && CStrings.loneSurrogate(s.value()).isPresent()) {
      // neither a Rust str nor UTF-8 bytes can hold it
      throw new RustEmitter.Unsupported(
          "the default holds " + CStrings.loneSurrogate(s.value()).get());
    }
    if (e instanceof Expr.Attribute a
        && a.attr().equals("maxsize")
        && a.value() instanceof Expr.Name n
        && n.id().equals("sys")
        && type.equals("isize")) {
      return Optional.of("isize::MAX");
    }
    if (e instanceof Expr.Str s && (type.equals("&str") || type.equals("Option<&str>"))) {
      String lit = RustEmitter.rustStr(s.value());
      return Optional.of(type.startsWith("Option") ? "Some(" + lit + ")" : lit);
    }
    if (e instanceof Expr.Str s && (type.equals("&[u8]") || type.equals("Option<&[u8]>"))) {
      // a str default of a bytes-giving converter: its UTF-8, as getargs would give it
      StringBuilder lit = new StringBuilder("b\"");
      for (byte b : s.value().getBytes(StandardCharsets.UTF_8)) {
        int u = b & 0xff;
        lit.append(
            u >= 0x20 && u < 0x7f && u != '"' && u != '\\'
                ? String.valueOf((char) u)
                : String.format("\\x%02x", u));
      }
      String bytes = lit.append("\"").toString();
      return Optional.of(type.startsWith("Option") ? "Some(" + bytes + ")" : bytes);
    }
    if (e instanceof Expr.Bytes b && type.equals("u8") && b.value().length() == 1) {
      return Optional.of(String.valueOf((int) b.value().charAt(0)));
    }
    Optional<String> repr = ExprPrinter.literalRepr(e);
    if (repr.isEmpty()) {
      return Optional.empty();
    }
    String r = repr.get();
    if (e instanceof Expr.Int || (e instanceof Expr.Unary u && u.operand() instanceof Expr.Int)) {
      if (isInt(type)) {
        return Optional.of(r);
      }
      if (isFloat(type)) {
        return Optional.of(r + ".0");
      }
      return Optional.empty();
    }
    if ((e instanceof Expr.Float || e instanceof Expr.Unary) && isFloat(type)) {
      if (r.equals("inf")) {
        return Optional.of(type + "::INFINITY");
      }
      if (r.equals("-inf")) {
        return Optional.of(type + "::NEG_INFINITY");
      }
      if (r.equals("nan")) {
        return Optional.of(type + "::NAN");
      }
      return Optional.of(r);
    }
    return Optional.empty();
  }
}
