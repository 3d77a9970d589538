package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import org.argclinic.bind.BoundParameter;
import org.argclinic.model.ConverterRef;
import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.NumberConverters;

/**
 * The Rust rendering of Argument Clinic's standard converters: the impl type, and the runtime call
 * that checks and converts exactly as the C glue does (same order, same messages).
 */
final class RustConverters {
  static final String OBJECT = "*mut clinic::ffi::PyObject";

  /**
   * Legacy format units the Rust glue converts, by the converter clinic maps them to (the bound
   * converter carries the arguments the unit implies).
   */
  private static final ImmutableMap<String, String> LEGACY =
      ImmutableMap.<String, String>builder()
          .put("O", "object")
          .put("p", "bool")
          .put("c", "char")
          .put("b", "unsigned_char")
          .put("B", "unsigned_char")
          .put("h", "short")
          .put("H", "unsigned_short")
          .put("i", "int")
          .put("C", "int")
          .put("I", "unsigned_int")
          .put("l", "long")
          .put("k", "unsigned_long")
          .put("L", "long_long")
          .put("K", "unsigned_long_long")
          .put("n", "Py_ssize_t")
          .put("f", "float")
          .put("d", "double")
          .put("D", "Py_complex")
          .put("s", "str")
          .put("z", "str")
          .put("s#", "str")
          .put("z#", "str")
          .put("y#", "str")
          .put("y", "str")
          .put("S", "PyBytesObject")
          .put("Y", "PyByteArrayObject")
          .put("U", "unicode")
          .put("y*", "Py_buffer")
          .put("s*", "Py_buffer")
          .put("z*", "Py_buffer")
          .put("w*", "Py_buffer")
          .build();

  /** clinic's {@code type_checks}: the builtin types whose expected name is fixed. */
  private static final ImmutableMap<String, String> KNOWN_TYPES =
      ImmutableMap.<String, String>builder()
          .put("&PyLong_Type", "int")
          .put("&PyTuple_Type", "tuple")
          .put("&PyList_Type", "list")
          .put("&PySet_Type", "set")
          .put("&PyFrozenSet_Type", "frozenset")
          .put("&PyDict_Type", "dict")
          .put("&PyUnicode_Type", "str")
          .put("&PyBytes_Type", "bytes")
          .put("&PyByteArray_Type", "bytearray")
          .build();

  private static final ImmutableSet<String> FFI_TYPES =
      ImmutableSet.of(
          "PyBaseObject_Type",
          "PyType_Type",
          "PyFloat_Type",
          "PyComplex_Type",
          "PyBool_Type",
          "PySlice_Type",
          "PyRange_Type",
          "PyMemoryView_Type",
          "PyModule_Type",
          "PyCode_Type",
          "PyFunction_Type",
          "PyCapsule_Type",
          "PyProperty_Type");

  private RustConverters() {}

  /** The result of resolving one converter: a conversion, or why Rust has none. */
  record Resolved(Optional<RustConversion> conversion, String reason) {
    static Resolved of(RustConversion c) {
      return new Resolved(Optional.of(c), "");
    }

    static Resolved unsupported(String reason) {
      return new Resolved(Optional.empty(), reason);
    }
  }

  /**
   * The conversion of one bound parameter: picked by the converter's name, shaped by what the bound
   * converter made of its arguments (format unit, C converter function, type, encoding).
   */
  static Resolved resolve(BoundParameter p) {
    ConverterRef ref = p.parameter().converter();
    CConverter c = p.converter();
    String name = ref.name();
    if (ref.legacy()) {
      String mapped = LEGACY.get(name);
      if (mapped == null) {
        return Resolved.unsupported("legacy format unit '" + name + "' has no Rust conversion");
      }
      name = mapped;
    }
    String unit = c.formatUnit();
    switch (name) {
      case "object":
        return object(c);
      case "bool":
        if (unit.equals("i")) {
          return Resolved.of(RustConversion.simple("bool", "clinic::to_bool_int({arg})"));
        }
        return Resolved.of(RustConversion.simple("bool", "clinic::to_bool({arg})"));
      case "char":
        return Resolved.of(
            RustConversion.simple("u8", "clinic::to_char({arg}, {fname}, {display})"));
      case "unsigned_char":
      case "byte":
        return Resolved.of(
            RustConversion.simple(
                "u8",
                unit.equals("B")
                    ? "clinic::to_unsigned_char_bitwise({arg})"
                    : "clinic::to_unsigned_char({arg})"));
      case "short":
        return Resolved.of(RustConversion.simple("i16", "clinic::to_i16({arg})"));
      case "unsigned_short":
        return Resolved.of(
            RustConversion.simple(
                "u16",
                unit.equals("H") ? "clinic::to_u16_bitwise({arg})" : "clinic::to_u16({arg})"));
      case "int":
        if (unit.equals("C")) {
          return Resolved.of(
              RustConversion.simple("i32", "clinic::to_unicode_char({arg}, {fname}, {display})"));
        }
        if (!c.type().equals("int")) {
          return Resolved.unsupported("int(type=...) names a C type");
        }
        return Resolved.of(RustConversion.simple("i32", "clinic::to_i32({arg})"));
      case "unsigned_int":
        return Resolved.of(
            RustConversion.simple(
                "u32",
                unit.equals("I") ? "clinic::to_u32_bitwise({arg})" : "clinic::to_u32({arg})"));
      case "long":
        return Resolved.of(RustConversion.simple("::std::ffi::c_long", "clinic::to_long({arg})"));
      case "unsigned_long":
        return Resolved.of(
            RustConversion.simple(
                "::std::ffi::c_ulong",
                unit.equals("k")
                    ? "clinic::to_ulong_bitwise({arg}, {fname}, {display})"
                    : "clinic::to_ulong({arg})"));
      case "long_long":
        return Resolved.of(RustConversion.simple("i64", "clinic::to_i64({arg})"));
      case "unsigned_long_long":
        return Resolved.of(
            RustConversion.simple(
                "u64",
                unit.equals("K")
                    ? "clinic::to_u64_bitwise({arg}, {fname}, {display})"
                    : "clinic::to_u64({arg})"));
      case "Py_ssize_t":
        boolean nonNegative = c instanceof NumberConverters.PySsizeT n && !n.allowNegative();
        if (!unit.equals("n")) {
          // accept={int, NoneType}: parsed by a C converter function that leaves the default on
          // None
          return Resolved.of(
              RustConversion.simple(
                  "isize",
                  nonNegative
                      ? "clinic::to_ssize_optional_non_negative({arg}, {default})"
                      : "clinic::to_ssize_optional({arg}, {default})"));
        }
        return Resolved.of(
            RustConversion.simple(
                "isize",
                nonNegative
                    ? "clinic::to_ssize_non_negative({arg}, {paramname})"
                    : "clinic::to_ssize({arg})"));
      case "uint8":
      case "uint16":
      case "uint32":
      case "uint64":
        // CPython 3.15's fixed-width converters (gh-133583)
        String bits = name.substring("uint".length());
        return Resolved.of(
            RustConversion.simple(
                "u" + bits,
                "clinic::to_uint_fixed({arg}, u"
                    + bits
                    + "::MAX as u64, \"uint"
                    + bits
                    + "_t\").map(|v| v as u"
                    + bits
                    + ")"));
      case "slice_index":
        boolean noneOk = !c.converter().orElse("").endsWith("NotNone");
        return Resolved.of(
            RustConversion.simple(
                "isize", "clinic::to_slice_index({arg}, {default}, " + noneOk + ")"));
      case "size_t":
        return Resolved.of(RustConversion.simple("usize", "clinic::to_usize({arg})"));
      case "fildes":
        return Resolved.of(RustConversion.simple("i32", "clinic::to_fildes({arg})"));
      case "float":
        return Resolved.of(RustConversion.simple("f32", "clinic::to_f32({arg})"));
      case "double":
        return Resolved.of(RustConversion.simple("f64", "clinic::to_f64({arg})"));
      case "Py_complex":
        return Resolved.of(
            RustConversion.simple("clinic::ffi::Py_complex", "clinic::to_complex({arg})"));
      case "str":
        return str(c);
      case "PyBytesObject":
        return Resolved.of(
            RustConversion.simple(
                OBJECT,
                "clinic::to_exact({arg}, clinic::ffi::PyBytes_Check({arg}) != 0, \"bytes\","
                    + " {fname}, {display})"));
      case "PyByteArrayObject":
        return Resolved.of(
            RustConversion.simple(
                OBJECT,
                "clinic::to_exact({arg}, clinic::ffi::PyByteArray_Check({arg}) != 0, \"bytearray\","
                    + " {fname}, {display})"));
      case "unicode":
        return Resolved.of(
            RustConversion.simple(
                OBJECT,
                "clinic::to_exact({arg}, clinic::ffi::PyUnicode_Check({arg}) != 0, \"str\","
                    + " {fname}, {display})"));
      case "Py_buffer":
        return buffer(unit);
      default:
        return Resolved.unsupported("converter '" + name + "' has no Rust conversion");
    }
  }

  private static Resolved object(CConverter c) {
    if (c.converter().isPresent()) {
      return Resolved.unsupported("custom C converter function \"" + c.converter().get() + "\"");
    }
    Optional<String> subclassOf = c.subclassOf();
    if (subclassOf.isEmpty()) {
      return Resolved.of(RustConversion.simple(OBJECT, "clinic::ok({arg})"));
    }
    String type = subclassOf.get().trim();
    String known = KNOWN_TYPES.get(type);
    String bare = type.startsWith("&") ? type.substring(1) : type;
    if (known == null && !FFI_TYPES.contains(bare)) {
      return Resolved.unsupported("subclass_of=" + type + " is not a type the FFI crate exports");
    }
    String expected = known == null ? "None" : "Some(\"" + known + "\")";
    return Resolved.of(
        RustConversion.simple(
            OBJECT,
            "clinic::to_subclass({arg}, ::std::ptr::addr_of_mut!(clinic::ffi::"
                + bare
                + "), "
                + expected
                + ", {fname}, {display})"));
  }

  /** By the format unit the bound converter chose for its accept / zeroes / encoding. */
  private static Resolved str(CConverter c) {
    if (c.encoding().isPresent()) {
      return Resolved.unsupported("str(encoding=...) allocates an encoded copy");
    }
    String type = "&[u8]";
    String convert;
    switch (c.formatUnit()) {
      case "s" -> {
        return Resolved.of(
            RustConversion.simple("&str", "clinic::to_str({arg}, {fname}, {display})"));
      }
      case "z" -> {
        return Resolved.of(
            RustConversion.simple(
                "Option<&str>", "clinic::to_str_or_none({arg}, {fname}, {display})"));
      }
      // s#, z#, y#, y: clinic has no inline code for them, the C glue parses with getargs
      case "s#" -> convert = "clinic::to_str_or_readonly_buffer({arg}, {fname}, {display})";
      case "z#" -> {
        convert = "clinic::to_str_readonly_buffer_or_none({arg}, {fname}, {display})";
        type = "Option<&[u8]>";
      }
      case "y#" -> convert = "clinic::to_readonly_buffer({arg}, {fname}, {display})";
      case "y" -> convert = "clinic::to_readonly_buffer_no_nul({arg}, {fname}, {display})";
      default -> {
        return Resolved.unsupported(
            "str format unit '" + c.formatUnit() + "' has no Rust conversion");
      }
    }
    return Resolved.of(new RustConversion(type, type, convert, "{name}", "{name}", true));
  }

  private static Resolved buffer(String unit) {
    switch (unit) {
      case "s*":
        return Resolved.of(
            new RustConversion(
                "&[u8]",
                "clinic::Buffer",
                "clinic::to_buffer_or_str({arg})",
                "{name}.as_slice()",
                "{name}.as_ref().map(|b| b.as_slice())"));
      case "z*":
        return Resolved.of(
            new RustConversion(
                "Option<&[u8]>",
                "Option<clinic::Buffer>",
                "clinic::to_buffer_str_or_none({arg})",
                "{name}.as_ref().map(|b| b.as_slice())",
                "{name}.as_ref().and_then(|b| b.as_ref()).map(|b| b.as_slice())",
                true));
      case "w*":
        return Resolved.of(
            new RustConversion(
                "&mut [u8]",
                "clinic::Buffer",
                "clinic::to_buffer_rw({arg}, {fname}, {display})",
                "{name}.as_mut_slice()",
                "{name}.as_mut().map(|b| b.as_mut_slice())"));
      default:
        return Resolved.of(
            new RustConversion(
                "&[u8]",
                "clinic::Buffer",
                "clinic::to_buffer({arg})",
                "{name}.as_slice()",
                "{name}.as_ref().map(|b| b.as_slice())"));
    }
  }

  /** The C glue's name of a parameter's variable ({@code {paramname}} in conversions). */
  static String parserName(String cName) {
    return CConverter.CLINIC_PREFIXED_ARGS.contains(cName)
        ? CConverter.CLINIC_PREFIX + cName
        : cName;
  }
}
