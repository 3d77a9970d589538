package org.argclinic.emit.c.pub;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argclinic.emit.Templates;
import org.argclinic.model.Version;
import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.NumberConverters;

/**
 * The {@code --c-api public} and {@code --c-api limited} targets: what differs from CPython's own
 * glue. Parsing goes through the runtime every generated header carries ({@code
 * templates/c/public/runtime.c.ftl}) instead of CPython's private {@code _PyArg_*} functions, each
 * standard converter parses through a public-API snippet ({@code parse_arg.c.ftl}), and under
 * the limited API a converter the target version lacks is refused here, at generation time.
 */
public final class PublicTarget {
  /** Which of the two targets. */
  public enum Kind { PUBLIC, LIMITED }

  /** Py_buffer and PyObject_GetBuffer joined the limited API in 3.11. */
  static final Version BUFFER_LIMITED_VERSION = new Version(3, 11);

  private final Kind kind;
  private final Version limitedVersion;
  private final Templates templates;

  public PublicTarget(Kind kind, Version limitedVersion, Templates templates) {
    this.kind = kind;
    this.limitedVersion = limitedVersion;
    this.templates = templates;
  }

  /** The limited API gained METH_FASTCALL (and PyUnicode_AsUTF8AndSize) in 3.10. */
  public static final Version MINIMUM_LIMITED_VERSION = new Version(3, 10);

  /** Why this target cannot be generated at all, if it cannot. */
  public Optional<String> unsupportedReason() {
    return limited() ? limitedVersionReason(limitedVersion) : Optional.empty();
  }

  /** Why the limited API of {@code version} cannot be a target, if it cannot. */
  public static Optional<String> limitedVersionReason(Version version) {
    if (compare(version, MINIMUM_LIMITED_VERSION) < 0) {
      return Optional.of("--limited-version " + version + " is not supported: the limited"
          + " API gained METH_FASTCALL in Python 3.10; use --limited-version 3.10 or newer");
    }
    return Optional.empty();
  }

  public Kind kind() {
    return kind;
  }

  public boolean limited() {
    return kind == Kind.LIMITED;
  }

  public Version limitedVersion() {
    return limitedVersion;
  }

  /** The template set of this target. */
  public String templateSet() {
    return limited() ? "c/limited" : "c/public";
  }

  /** Size of a tuple: the macro where the full API has it, the function under the limited API. */
  public String tupleSize(String tuple) {
    return "ARGCLINIC_TUPLE_SIZE(" + tuple + ")";
  }

  /** Size of a dict (PyDict_GET_SIZE is not in the limited API). */
  public String dictSize(String dict) {
    return "PyDict_Size(" + dict + ")";
  }

  /** Item {@code %d} of the {@code args} tuple, as a format for {@link String#format}. */
  public String tupleItemFormat() {
    return "ARGCLINIC_TUPLE_ITEM(args, %d)";
  }

  /**
   * The subclass test of a {@code __new__} / {@code __init__} that refuses keywords: under the
   * limited API, type slots are read with PyType_GetSlot instead of struct fields.
   */
  public String selfTypeCheck(String check) {
    if (!limited()) {
      return check;
    }
    return TYPE_SLOT.matcher(check).replaceAll("PyType_GetSlot($1, Py_tp_$2)");
  }

  private static final java.util.regex.Pattern TYPE_SLOT =
      java.util.regex.Pattern.compile("(Py_TYPE\\(\\w+\\)|\\w+)->tp_(init|new)\\b");

  /** The cast of a METH_FASTCALL / METH_METHOD function to {@code PyCFunction}. */
  public String methoddefCast() {
    return "(PyCFunction)(void(*)(void))";
  }

  /**
   * What the generated header starts with: the version guard of the limited target and the
   * runtime (once per translation unit, by its include guard).
   */
  public String headerPreamble() {
    return templates.render(templateSet() + "/header.c.ftl", new PublicViewModels.Header(
        limited(), limitedVersion.toString(), limitedHex(limitedVersion)));
  }

  static String limitedHex(Version v) {
    return String.format("0x%02x%02x0000", v.major(), v.minor());
  }

  /**
   * The parse snippet of one argument (late-bound form: C braces doubled, {@code {name}} left for
   * the function renderer).
   *
   * @throws UnsupportedConverterException when this target cannot parse the converter
   */
  public String parseArg(CConverter c, String argname, String displayname) {
    PublicViewModels.ParseArg m = choose(c, argname, displayname);
    return templates.render(templateSet() + "/parse_arg.c.ftl", m);
  }

  /**
   * Whether CPython's clinic parses this converter with getargs (it has no inline parse for it):
   * then this target does too, through the public PyArg_ParseTuple / PyArg_ParseTupleAndKeywords
   * over the whole function, so arity and type messages are getargs' own ("f() takes exactly 2
   * arguments (1 given)", "f() argument 2 must be ..."). Refusals of the limited target still
   * apply.
   */
  public boolean parsesWithGetargs(CConverter c) {
    choose(c, "arg", "argument");
    return c.parseArg("arg", "argument", false).isEmpty();
  }

  /**
   * Whether a whole-function getargs format can hold these converters: not when one converts
   * with a CPython-private function (O&amp; with a _Py converter) the runtime has no stand-in for.
   */
  public boolean getargsCanParse(List<CConverter> converters) {
    return converters.stream().noneMatch(c -> c.formatUnit().equals("O&")
        && c.converter().orElse("").startsWith("_Py")
        && !GETARGS_CONVERTERS.containsKey(c.converter().get()));
  }

  /**
   * A getargs output argument as this target writes it: a CPython-private converter function
   * becomes the runtime's stand-in (the same conversion and messages).
   */
  public String getargsArgument(String argument) {
    return GETARGS_CONVERTERS.getOrDefault(argument, argument);
  }

  /** CPython's private O&amp; converter functions and the runtime functions that replace them. */
  private static final java.util.Map<String, String> GETARGS_CONVERTERS = java.util.Map.ofEntries(
      java.util.Map.entry("_PyLong_UnsignedShort_Converter",
          "argclinic_unsigned_short_converter"),
      java.util.Map.entry("_PyLong_UnsignedInt_Converter",
          "argclinic_unsigned_int_converter"),
      java.util.Map.entry("_PyLong_UnsignedLong_Converter",
          "argclinic_unsigned_long_converter"),
      java.util.Map.entry("_PyLong_UnsignedLongLong_Converter",
          "argclinic_unsigned_long_long_converter"),
      java.util.Map.entry("_PyLong_Size_t_Converter",
          "argclinic_size_t_converter"),
      java.util.Map.entry("_Py_convert_optional_to_ssize_t",
          "argclinic_ssize_t_optional_converter"),
      java.util.Map.entry("_Py_convert_optional_to_non_negative_ssize_t",
          "argclinic_ssize_t_optional_non_negative_converter"),
      java.util.Map.entry("_PyLong_UInt8_Converter", "argclinic_uint8_converter"),
      java.util.Map.entry("_PyLong_UInt16_Converter", "argclinic_uint16_converter"),
      java.util.Map.entry("_PyLong_UInt32_Converter", "argclinic_uint32_converter"),
      java.util.Map.entry("_PyLong_UInt64_Converter", "argclinic_uint64_converter"),
      java.util.Map.entry("_PyEval_SliceIndex",
          "argclinic_slice_index_converter"),
      java.util.Map.entry("_PyEval_SliceIndexNotNone",
          "argclinic_slice_index_not_none_converter"),
      java.util.Map.entry("_PyLong_FileDescriptor_Converter",
          "argclinic_fildes_converter"),
      java.util.Map.entry("_PyUnicode_WideCharString_Converter",
          "argclinic_wchar_converter"),
      java.util.Map.entry("_PyUnicode_WideCharString_Opt_Converter",
          "argclinic_wchar_or_none_converter"));

  private PublicViewModels.ParseArg choose(CConverter c, String argname, String displayname) {
    String p = c.parserName();
    String type = c.type();
    String fu = c.formatUnit();
    String conv = c.converter().orElse("");
    String fn = "\"{name}\", \"" + displayname + "\", " + argname;
    switch (conv) {
      case "_PyLong_UnsignedShort_Converter":
        return call("argclinic_unsigned_long_max", argname + ", USHRT_MAX, \"unsigned short\"",
            p, "unsigned long", type);
      case "_PyLong_UnsignedInt_Converter":
        return call("argclinic_unsigned_long_max", argname + ", UINT_MAX, \"unsigned int\"",
            p, "unsigned long", type);
      case "_PyLong_UnsignedLong_Converter":
        return call("argclinic_unsigned_long_max", argname + ", ULONG_MAX, \"unsigned long\"",
            p, "unsigned long", type);
      case "_PyLong_UnsignedLongLong_Converter":
        return call("argclinic_unsigned_long_long", argname, p, "unsigned long long", type);
      case "_PyLong_Size_t_Converter":
        return call("argclinic_size_t", argname, p, "size_t", type);
      case "_Py_convert_optional_to_ssize_t":
        return call("argclinic_ssize_t_optional", argname, p, "Py_ssize_t", type);
      case "_Py_convert_optional_to_non_negative_ssize_t":
        return call("argclinic_ssize_t_optional_non_negative", argname, p, "Py_ssize_t", type);
      case "_PyLong_UInt8_Converter":
      case "_PyLong_UInt16_Converter":
      case "_PyLong_UInt32_Converter":
      case "_PyLong_UInt64_Converter":
        // uint8..uint64 (CPython 3.15): CPython's semantics and messages, on any version's API
        return call("argclinic_uint_fixed", argname + ", " + type.toUpperCase().replace("_T", "_MAX")
            + ", \"" + type + "\"", p, "unsigned long long", type);
      case "_PyEval_SliceIndex":
        return call("argclinic_slice_index", argname + ", 1", p, "Py_ssize_t", type);
      case "_PyEval_SliceIndexNotNone":
        return call("argclinic_slice_index", argname + ", 0", p, "Py_ssize_t", type);
      case "_PyLong_FileDescriptor_Converter":
        return simple("fildes", argname, p, displayname);
      case "_PyUnicode_WideCharString_Converter":
        return simple("wchar", argname, p, displayname);
      case "_PyUnicode_WideCharString_Opt_Converter":
        return simple("wchar_or_none", argname, p, displayname);
      default:
        if (conv.startsWith("_Py")) {
          throw new UnsupportedConverterException(c, "parameter '" + c.pyName() + "': converter '"
              + dslName(c) + "' converts with " + conv + "(), which is private to CPython"
              + " and not available to the public C API targets");
        }
        break;
    }
    switch (fu) {
      case "p":
        return call("argclinic_bool", argname, p, "int", type);
      case "i":
        return call("argclinic_int", argname, p, "int", type);
      case "C":
        return call("argclinic_unicode_char", fn, p, "int", type);
      case "c":
        return call("argclinic_char", fn, p, "char", type);
      case "b":
        return call("argclinic_unsigned_char", argname, p, "unsigned char", type);
      case "B":
      case "H":
      case "I":
        return call("argclinic_mask", argname, p, "unsigned long", type);
      case "k":
        return checked(argname, p, displayname, "PyLong_Check(" + argname + ")", "int",
            "PyLong_AsUnsignedLongMask(" + argname + ")");
      case "K":
        return checked(argname, p, displayname, "PyLong_Check(" + argname + ")", "int",
            "PyLong_AsUnsignedLongLongMask(" + argname + ")");
      case "h":
        return call("argclinic_short", argname, p, "short", type);
      case "l":
        return call("argclinic_long", argname, p, "long", type);
      case "L":
        return call("argclinic_long_long", argname, p, "long long", type);
      case "n":
        if (c instanceof NumberConverters.PySsizeT n && !n.allowNegative()) {
          // the message names the C parameter, as CPython 3.15's glue does
          return call("argclinic_ssize_t_non_negative", argname + ", \"" + p + "\"", p,
              "Py_ssize_t", type);
        }
        return call("argclinic_ssize_t", argname, p, "Py_ssize_t", type);
      case "f":
        return call("argclinic_float", argname, p, "float", type);
      case "d":
        return call("argclinic_double", argname, p, "double", type);
      case "D":
        refuseInLimited(c, "Py_complex", Optional.empty());
        return simple("complex", argname, p, displayname);
      case "O":
        return object(argname, p, type);
      case "O!":
        return subclassOf(c, argname, p, displayname, type);
      case "O&":
        return call(conv, argname, p, type, type);
      case "s":
        return call("argclinic_str", fn + ", 0", p, "const char *", type);
      case "z":
        return call("argclinic_str", fn + ", 1", p, "const char *", type);
      case "U":
        return checked(argname, p, displayname, "PyUnicode_Check(" + argname + ")", "str",
            cast(type) + argname);
      case "S":
        refuseInLimited(c, "PyBytesObject", Optional.empty());
        return checked(argname, p, displayname, "PyBytes_Check(" + argname + ")", "bytes",
            cast(type) + argname);
      case "Y":
        refuseInLimited(c, "PyByteArrayObject", Optional.empty());
        return checked(argname, p, displayname, "PyByteArray_Check(" + argname + ")",
            "bytearray", cast(type) + argname);
      case "y*":
        refuseInLimited(c, "Py_buffer", Optional.of(BUFFER_LIMITED_VERSION));
        return call("argclinic_buffer", fn + ", 0, 0", p, "Py_buffer", type);
      case "s*":
        refuseInLimited(c, "Py_buffer", Optional.of(BUFFER_LIMITED_VERSION));
        return call("argclinic_buffer", fn + ", 1, 0", p, "Py_buffer", type);
      case "w*":
        refuseInLimited(c, "Py_buffer", Optional.of(BUFFER_LIMITED_VERSION));
        return call("argclinic_buffer", fn + ", 0, 1", p, "Py_buffer", type);
      default:
        break;
    }
    if (fu.endsWith("*")) {
      refuseInLimited(c, "Py_buffer", Optional.of(BUFFER_LIMITED_VERSION));
    }
    if (fu.isEmpty() || fu.startsWith("O")) {
      throw new UnsupportedConverterException(c, "converter '" + dslName(c) + "' for parameter '"
          + c.pyName() + "' has no public C API parse code; give it a converter function"
          + " (object(converter='...'))");
    }
    // Everything else (s#, y#, z#, es, et, z*, ...): the public PyArg_Parse with its format unit.
    List<String> parseArguments = new ArrayList<>();
    c.parseArgument(parseArguments);
    return PublicViewModels.ParseArg.of("parse", p).withArg(argname, displayname)
        .withFormat(fu, String.join(", ", parseArguments));
  }

  private void refuseInLimited(CConverter c, String what, Optional<Version> since) {
    if (!limited()) {
      return;
    }
    if (since.isPresent() && compare(limitedVersion, since.get()) >= 0) {
      return;
    }
    String supported = since.map(v -> "the limited API of Python " + v + " and later; use"
        + " --limited-version " + v + " or newer")
        .orElse("no version of the limited API; use --c-api public");
    throw new UnsupportedConverterException(c, "parameter '" + c.pyName() + "': converter '"
        + dslName(c) + "' needs " + what + ", which the limited API of Python "
        + limitedVersion + " lacks (" + what + " is part of " + supported + ")");
  }

  /** The converter as the DSL names it: {@code Py_buffer} for {@code Py_buffer_converter}. */
  private static String dslName(CConverter c) {
    return c.className().endsWith("_converter")
        ? c.className().substring(0, c.className().length() - "_converter".length())
        : c.className();
  }

  private static int compare(Version a, Version b) {
    return a.major() != b.major() ? Integer.compare(a.major(), b.major())
        : Integer.compare(a.minor(), b.minor());
  }

  private static String cast(String type) {
    return type.equals("PyObject *") ? "" : "(" + type + ")";
  }

  private static PublicViewModels.ParseArg call(String function, String callArgs, String p,
      String ctype, String type) {
    return PublicViewModels.ParseArg.of("call", p).withCall(function, callArgs, ctype, type);
  }

  private static PublicViewModels.ParseArg simple(String kind, String argname, String p,
      String displayname) {
    return PublicViewModels.ParseArg.of(kind, p).withArg(argname, displayname);
  }

  private static PublicViewModels.ParseArg object(String argname, String p, String type) {
    return PublicViewModels.ParseArg.of("object", p).withArg(argname, "").withCast(cast(type));
  }

  private static PublicViewModels.ParseArg checked(String argname, String p, String displayname,
      String check, String expected, String value) {
    return PublicViewModels.ParseArg.of("checked", p).withArg(argname, displayname)
        .withCheck(check, expected, value);
  }

  private static PublicViewModels.ParseArg subclassOf(CConverter c, String argname, String p,
      String displayname, String type) {
    String sub = c.subclassOf().orElse("");
    Optional<String[]> known = knownType(sub);
    if (known.isPresent()) {
      return checked(argname, p, displayname, known.get()[0] + "(" + argname + ")",
          known.get()[1], cast(type) + argname);
    }
    return PublicViewModels.ParseArg.of("subclass_of", p).withArg(argname, displayname)
        .withCheck("", sub, cast(type) + argname);
  }

  /** Type objects whose check macro and printed name clinic inlines, as it does. */
  private static Optional<String[]> knownType(String subclassOf) {
    return switch (subclassOf) {
      case "&PyLong_Type" -> Optional.of(new String[] {"PyLong_Check", "int"});
      case "&PyTuple_Type" -> Optional.of(new String[] {"PyTuple_Check", "tuple"});
      case "&PyList_Type" -> Optional.of(new String[] {"PyList_Check", "list"});
      case "&PySet_Type" -> Optional.of(new String[] {"PySet_Check", "set"});
      case "&PyFrozenSet_Type" -> Optional.of(new String[] {"PyFrozenSet_Check", "frozenset"});
      case "&PyDict_Type" -> Optional.of(new String[] {"PyDict_Check", "dict"});
      case "&PyUnicode_Type" -> Optional.of(new String[] {"PyUnicode_Check", "str"});
      case "&PyBytes_Type" -> Optional.of(new String[] {"PyBytes_Check", "bytes"});
      case "&PyByteArray_Type" -> Optional.of(new String[] {"PyByteArray_Check", "bytearray"});
      default -> Optional.empty();
    };
  }

  /** Raised for a converter this target cannot parse; the emitter turns it into a diagnostic. */
  public static final class UnsupportedConverterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CConverter converter;

    public UnsupportedConverterException(CConverter converter, String message) {
      super(message);
      this.converter = converter;
    }

    /** The converter refused: the error points at its parameter. */
    public CConverter converter() {
      return converter;
    }
  }
}
