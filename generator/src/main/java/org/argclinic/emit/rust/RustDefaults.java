package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;
import java.util.regex.Pattern;
import org.argclinic.model.Expr;
import org.argclinic.model.Parameter;

/**
 * The Rust value a parameter takes when its argument is absent, mirroring the C glue's
 * {@code c_default}. NULL-like defaults become {@code Option::None}.
 */
final class RustDefaults {
  private static final Pattern C_INT = Pattern.compile("-?(0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]*");
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

  static RustEmitter.DefaultPlan plan(Parameter p, RustConversion c) throws RustEmitter.Unsupported {
    String type = c.localType();
    Optional<String> cDefault = RustConverters.stringArgument(p.converter(), "c_default");
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
        throw new RustEmitter.Unsupported("c_default=" + v + " has no Rust value");
      }
      return value(mapped, type);
    }
    if (e instanceof Expr.Name n && (n.id().equals("NULL") || n.id().equals("unspecified"))) {
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
      return value(TextSignature.truthy(e) ? "true" : "false", type);
    }
    Optional<String> lit = literal(e, type);
    if (lit.isEmpty()) {
      throw new RustEmitter.Unsupported("default " + p.defaultValue().get().text() + " has no Rust value");
    }
    return value(lit.get(), type);
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
    return null;
  }

  private static Optional<String> literal(Expr e, String type) {
    if (e instanceof Expr.Attribute a && a.attr().equals("maxsize") && a.value() instanceof Expr.Name n
        && n.id().equals("sys") && type.equals("isize")) {
      return Optional.of("isize::MAX");
    }
    if (e instanceof Expr.Str s && (type.equals("&str") || type.equals("Option<&str>"))) {
      String lit = RustEmitter.rustStr(s.value());
      return Optional.of(type.startsWith("Option") ? "Some(" + lit + ")" : lit);
    }
    if (e instanceof Expr.Bytes b && type.equals("u8") && b.value().length() == 1) {
      return Optional.of(String.valueOf((int) b.value().charAt(0)));
    }
    Optional<String> repr = TextSignature.repr(e);
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
