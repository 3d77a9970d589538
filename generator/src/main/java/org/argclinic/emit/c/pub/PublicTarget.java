package org.argclinic.emit.c.pub;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.argclinic.emit.Text;
import org.argclinic.model.Version;
import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.CRenderData;
import org.argclinic.resolve.NumberConverters;
import org.argclinic.template.Templates;

/**
 * The {@code --c-api public} and {@code --c-api limited} targets: what differs from CPython's own
 * glue. Parsing goes through the runtime every generated header carries ({@code
 * templates/c/public/runtime.c.ftl}) instead of CPython's private {@code _PyArg_*} functions, each
 * standard converter parses through a public-API snippet ({@code parse_arg.c.ftl}), and under the
 * limited API a converter the target version lacks is refused here, at generation time.
 */
public final class PublicTarget {
  /** Which of the two targets. */
  public enum Kind {
    PUBLIC,
    LIMITED
  }

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
      return Optional.of(
          "--limited-version "
              + version
              + " is not supported: the limited"
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

  private static final Pattern TYPE_SLOT =
      Pattern.compile("(Py_TYPE\\(\\w+\\)|\\w+)->tp_(init|new)\\b");

  /** The cast of a METH_FASTCALL / METH_METHOD function to {@code PyCFunction}. */
  public String methoddefCast() {
    return "(PyCFunction)(void(*)(void))";
  }

  /**
   * What the generated header starts with: the version guard of the limited target and the runtime
   * (once per translation unit, by its include guard).
   */
  public String headerPreamble() {
    return templates.render(
        templateSet() + "/header.c.ftl",
        new PublicViewModels.Header(
            limited(), limitedVersion.toString(), limitedHex(limitedVersion)));
  }

  static String limitedHex(Version v) {
    return String.format("0x%02x%02x0000", v.major(), v.minor());
  }

  /**
   * The parse snippet of one argument (late-bound form: C braces doubled, {@code {name}} left for
   * the function renderer). With {@code getargs}, the conversion raises getargs' messages where
   * they differ from the inline ones (an {@code int} out of range: "signed integer is greater than
   * maximum"), for functions CPython's clinic parses with getargs.
   *
   * @throws UnsupportedConverterException when this target cannot parse the converter
   */
  public String parseArg(CConverter c, String argname, String displayname, boolean getargs) {
    PublicViewModels.ParseArg m = choose(new Arg(c, argname, displayname, getargs));
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
    choose(new Arg(c, "arg", "argument", false));
    return c.parseArg("arg", "argument", false).isEmpty();
  }

  /**
   * Whether this target converts {@code c} with getargs' PyArg_Parse: buffer-reading units (s#, z#,
   * y, y#) in limited glue before 3.11, whose API has no buffer access.
   */
  public boolean needsGetargs(CConverter c) {
    String unit = c.formatUnit();
    return limited()
        && compare(limitedVersion, BUFFER_LIMITED_VERSION) < 0
        && !unit.startsWith("e")
        && !unit.endsWith("*")
        && (unit.startsWith("y") || unit.endsWith("#"));
  }

  /**
   * What the public targets change in a converter's rendered parts: an encoded string (es, et, es#,
   * et#) is freed at exit on every path, where CPython's clinic frees it after the impl only (it
   * parses these with getargs, which frees it when a later argument fails; inline, that failure
   * would leak it). The variable starts NULL.
   */
  public void afterRender(CConverter c, CRenderData data) {
    if (!c.formatUnit().startsWith("e") || data.postParsing.isEmpty()) {
      return;
    }
    String post = data.postParsing.remove(data.postParsing.size() - 1);
    data.cleanup.add(post.replace("/* Post parse cleanup for ", "/* Cleanup for "));
  }

  /**
   * The conversions of one case of an optional-groups switch: the arguments of the tuple in order,
   * numbered in messages as getargs numbers them ("argument 2"). Final form (no late-bound fields),
   * lines at column 8.
   */
  public String optionGroupCase(List<CConverter> converters, String name) {
    StringBuilder code = new StringBuilder();
    for (int k = 0; k < converters.size(); k++) {
      code.append(
          parseArg(
              converters.get(k), String.format(tupleItemFormat(), k), "argument " + (k + 1), true));
    }
    return Text.normalizeSnippet(Text.formatMap(code.toString(), Map.of("name", name)), 8);
  }

  /**
   * Whether a whole-function getargs format can hold these converters: not when one converts with a
   * CPython-private function (O&amp; with a _Py converter) the runtime has no stand-in for.
   */
  public boolean getargsCanParse(List<CConverter> converters) {
    return converters.stream()
        .noneMatch(
            c ->
                c.formatUnit().equals("O&")
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
  private static final Map<String, String> GETARGS_CONVERTERS =
      Map.ofEntries(
          Map.entry("_PyLong_UnsignedShort_Converter", "argclinic_unsigned_short_converter"),
          Map.entry("_PyLong_UnsignedInt_Converter", "argclinic_unsigned_int_converter"),
          Map.entry("_PyLong_UnsignedLong_Converter", "argclinic_unsigned_long_converter"),
          Map.entry("_PyLong_UnsignedLongLong_Converter", "argclinic_unsigned_long_long_converter"),
          Map.entry("_PyLong_Size_t_Converter", "argclinic_size_t_converter"),
          Map.entry("_Py_convert_optional_to_ssize_t", "argclinic_ssize_t_optional_converter"),
          Map.entry(
              "_Py_convert_optional_to_non_negative_ssize_t",
              "argclinic_ssize_t_optional_non_negative_converter"),
          Map.entry("_PyLong_UInt8_Converter", "argclinic_uint8_converter"),
          Map.entry("_PyLong_UInt16_Converter", "argclinic_uint16_converter"),
          Map.entry("_PyLong_UInt32_Converter", "argclinic_uint32_converter"),
          Map.entry("_PyLong_UInt64_Converter", "argclinic_uint64_converter"),
          Map.entry("_PyEval_SliceIndex", "argclinic_slice_index_converter"),
          Map.entry("_PyEval_SliceIndexNotNone", "argclinic_slice_index_not_none_converter"),
          Map.entry("_PyLong_FileDescriptor_Converter", "argclinic_fildes_converter"),
          Map.entry("_PyUnicode_WideCharString_Converter", "argclinic_wchar_converter"),
          Map.entry(
              "_PyUnicode_WideCharString_Opt_Converter", "argclinic_wchar_or_none_converter"));

  /**
   * The parse of one argument: a stand-in for a CPython-private converter function, else the
   * snippet of its format unit. Every converter the targets accept parses here without getargs.
   */
  private PublicViewModels.ParseArg choose(Arg a) {
    CConverter c = a.c();
    if (a.unit().equals("u#") || a.unit().equals("Z#")) {
      // CPython's clinic still writes these units, which getargs dropped in 3.12
      throw new UnsupportedConverterException(
          c,
          "parameter '"
              + c.pyName()
              + "': "
              + dslName(c)
              + "(zeroes=True) is getargs' unit '"
              + a.unit()
              + "', which CPython removed in 3.12; use str(zeroes=True) (UTF-8 and its length), or"
              + " Py_UNICODE without zeroes (a NUL-free wchar_t string)");
    }
    return privateConverter(a)
        .or(() -> number(a))
        .or(() -> object(a))
        .or(() -> string(a))
        .or(() -> buffer(a))
        .or(() -> macroUnit(a))
        .orElseThrow(
            () ->
                new UnsupportedConverterException(
                    c,
                    "converter '"
                        + dslName(c)
                        + "' for parameter '"
                        + c.pyName()
                        + "' has no public C API parse code; give it a"
                        + " converter function (object(converter='...'))"));
  }

  /**
   * One argument being parsed: its converter, the C expression of the object, its name, and whether
   * its messages are getargs' (see {@link #parseArg}).
   */
  private record Arg(CConverter c, String argname, String displayname, boolean getargs) {
    String p() {
      return c.parserName();
    }

    String type() {
      return c.type();
    }

    String unit() {
      return c.formatUnit();
    }

    /** The leading arguments of a runtime function that reports errors by name. */
    String fn() {
      return "\"{name}\", \"" + displayname + "\", " + argname;
    }
  }

  /** CPython-private converter functions ({@code _PyLong_..._Converter}) and their stand-ins. */
  private Optional<PublicViewModels.ParseArg> privateConverter(Arg a) {
    CConverter c = a.c();
    String conv = c.converter().orElse("");
    String argname = a.argname();
    String p = a.p();
    String type = a.type();
    PublicViewModels.ParseArg m =
        switch (conv) {
          case "_PyLong_UnsignedShort_Converter" ->
              call(
                  "argclinic_unsigned_long_max",
                  argname + ", USHRT_MAX, \"unsigned short\"",
                  p,
                  "unsigned long",
                  type);
          case "_PyLong_UnsignedInt_Converter" ->
              call(
                  "argclinic_unsigned_long_max",
                  argname + ", UINT_MAX, \"unsigned int\"",
                  p,
                  "unsigned long",
                  type);
          case "_PyLong_UnsignedLong_Converter" ->
              call(
                  "argclinic_unsigned_long_max",
                  argname + ", ULONG_MAX, \"unsigned long\"",
                  p,
                  "unsigned long",
                  type);
          case "_PyLong_UnsignedLongLong_Converter" ->
              call("argclinic_unsigned_long_long", argname, p, "unsigned long long", type);
          case "_PyLong_Size_t_Converter" -> call("argclinic_size_t", argname, p, "size_t", type);
          case "_Py_convert_optional_to_ssize_t" ->
              call("argclinic_ssize_t_optional", argname, p, "Py_ssize_t", type);
          case "_Py_convert_optional_to_non_negative_ssize_t" ->
              call("argclinic_ssize_t_optional_non_negative", argname, p, "Py_ssize_t", type);
          // uint8..uint64 (CPython 3.15): CPython's semantics and messages, on any version's API
          case "_PyLong_UInt8_Converter",
              "_PyLong_UInt16_Converter",
              "_PyLong_UInt32_Converter",
              "_PyLong_UInt64_Converter" ->
              call(
                  "argclinic_uint_fixed",
                  argname + ", " + type.toUpperCase().replace("_T", "_MAX") + ", \"" + type + "\"",
                  p,
                  "unsigned long long",
                  type);
          case "_PyEval_SliceIndex" ->
              call("argclinic_slice_index", argname + ", 1", p, "Py_ssize_t", type);
          case "_PyEval_SliceIndexNotNone" ->
              call("argclinic_slice_index", argname + ", 0", p, "Py_ssize_t", type);
          case "_PyLong_FileDescriptor_Converter" -> simple("fildes", a);
          // getargs reports the O& converter's own message ("argument must be str, not bytes")
          case "_PyUnicode_WideCharString_Converter" ->
              a.getargs()
                  ? call("argclinic_wchar_getargs", argname + ", 0", p, "wchar_t *", type)
                  : simple("wchar", a);
          case "_PyUnicode_WideCharString_Opt_Converter" ->
              a.getargs()
                  ? call("argclinic_wchar_getargs", argname + ", 1", p, "wchar_t *", type)
                  : simple("wchar_or_none", a);
          default -> null;
        };
    if (m == null && conv.startsWith("_Py")) {
      throw new UnsupportedConverterException(
          c,
          "parameter '"
              + c.pyName()
              + "': converter '"
              + dslName(c)
              + "' converts with "
              + conv
              + "(), which is private to CPython"
              + " and not available to the public C API targets");
    }
    return Optional.ofNullable(m);
  }

  /** Integer, floating-point, complex and character units. */
  private Optional<PublicViewModels.ParseArg> number(Arg a) {
    String argname = a.argname();
    String p = a.p();
    String type = a.type();
    return Optional.ofNullable(
        switch (a.unit()) {
          case "p" -> call("argclinic_bool", argname, p, "int", type);
          case "i" ->
              call(
                  a.getargs() ? "argclinic_int_getargs" : "argclinic_int", argname, p, "int", type);
          case "C" -> call("argclinic_unicode_char", a.fn(), p, "int", type);
          case "c" -> call("argclinic_char", a.fn(), p, "char", type);
          case "b" -> call("argclinic_unsigned_char", argname, p, "unsigned char", type);
          case "B", "H", "I" -> call("argclinic_mask", argname, p, "unsigned long", type);
          case "k" ->
              checked(
                  a,
                  "PyLong_Check(" + argname + ")",
                  "int",
                  "PyLong_AsUnsignedLongMask(" + argname + ")");
          case "K" ->
              checked(
                  a,
                  "PyLong_Check(" + argname + ")",
                  "int",
                  "PyLong_AsUnsignedLongLongMask(" + argname + ")");
          case "h" -> call("argclinic_short", argname, p, "short", type);
          case "l" -> call("argclinic_long", argname, p, "long", type);
          case "L" -> call("argclinic_long_long", argname, p, "long long", type);
          // allow_negative=False: the message names the C parameter, as CPython 3.15's glue does
          case "n" ->
              a.c() instanceof NumberConverters.PySsizeT n && !n.allowNegative()
                  ? call(
                      "argclinic_ssize_t_non_negative",
                      argname + ", \"" + p + "\"",
                      p,
                      "Py_ssize_t",
                      type)
                  : call("argclinic_ssize_t", argname, p, "Py_ssize_t", type);
          case "f" -> call("argclinic_float", argname, p, "float", type);
          case "d" -> call("argclinic_double", argname, p, "double", type);
          case "D" -> {
            refuseInLimited(a.c(), "Py_complex", Optional.empty());
            yield simple("complex", a);
          }
          default -> null;
        });
  }

  /** Object units: as is, type-checked, or through a converter function. */
  private Optional<PublicViewModels.ParseArg> object(Arg a) {
    CConverter c = a.c();
    String argname = a.argname();
    String type = a.type();
    return Optional.ofNullable(
        switch (a.unit()) {
          case "O" ->
              PublicViewModels.ParseArg.of("object", a.p())
                  .withArg(argname, "")
                  .withCast(cast(type));
          case "O!" -> subclassOf(a);
          case "O&" -> call(c.converter().orElse(""), argname, a.p(), type, type);
          case "U" -> checked(a, "PyUnicode_Check(" + argname + ")", "str", cast(type) + argname);
          case "S" -> {
            refuseInLimited(c, "PyBytesObject", Optional.empty());
            yield checked(a, "PyBytes_Check(" + argname + ")", "bytes", cast(type) + argname);
          }
          case "Y" -> {
            refuseInLimited(c, "PyByteArrayObject", Optional.empty());
            yield checked(
                a, "PyByteArray_Check(" + argname + ")", "bytearray", cast(type) + argname);
          }
          default -> null;
        });
  }

  /**
   * C strings: s and z (NUL-free UTF-8), y (NUL-free bytes), the {@code #} forms with a length (s#,
   * z#, y#: str or read-only buffer), and the encoded es, et, es#, et# (a copy the glue frees).
   * Read-only buffers need the limited API of 3.11 (buffer slots): limited glue for 3.10 converts
   * those units with PyArg_Parse.
   */
  private Optional<PublicViewModels.ParseArg> string(Arg a) {
    CConverter c = a.c();
    String fn = a.fn();
    String p = a.p();
    String type = a.type();
    String unit = a.unit();
    if (unit.startsWith("e")) {
      List<String> parseArguments = new ArrayList<>();
      c.parseArgument(parseArguments);
      String length = unit.endsWith("#") ? "&" + c.lengthName() : "NULL";
      return Optional.of(
          call(
              "argclinic_encoded",
              fn
                  + ", "
                  + parseArguments.get(0)
                  + ", "
                  + (unit.charAt(1) == 's' ? 1 : 0)
                  + ", "
                  + length,
              p,
              "char *",
              type));
    }
    if (needsGetargs(c)) {
      // the limited API before 3.11 has no buffer access: getargs' unit, as before
      List<String> parseArguments = new ArrayList<>();
      c.parseArgument(parseArguments);
      return Optional.of(
          PublicViewModels.ParseArg.of("parse", p)
              .withArg(a.argname(), a.displayname())
              .withFormat(unit, String.join(", ", parseArguments)));
    }
    return Optional.ofNullable(
        switch (unit) {
          case "s" -> call("argclinic_str", fn + ", 0", p, "const char *", type);
          case "z" -> call("argclinic_str", fn + ", 1", p, "const char *", type);
          case "y" -> call("argclinic_bytes", fn, p, "const char *", type);
          case "s#", "z#", "y#" -> {
            yield call(
                "argclinic_str_and_size",
                fn
                    + ", "
                    + (unit.startsWith("y") ? 0 : 1)
                    + ", "
                    + (unit.startsWith("z") ? 1 : 0)
                    + ", &"
                    + c.lengthName(),
                p,
                "const char *",
                type);
          }
          default -> null;
        });
  }

  /** Py_buffer units: y*, s*, w*, and z* (None as an empty buffer). */
  private Optional<PublicViewModels.ParseArg> buffer(Arg a) {
    String unit = a.unit();
    if (!unit.endsWith("*")) {
      return Optional.empty();
    }
    refuseInLimited(a.c(), "Py_buffer", Optional.of(BUFFER_LIMITED_VERSION));
    String fn = a.fn();
    return Optional.ofNullable(
        switch (unit) {
          case "y*" -> call("argclinic_buffer", fn + ", 0, 0", a.p(), "Py_buffer", a.type());
          case "s*" -> call("argclinic_buffer", fn + ", 1, 0", a.p(), "Py_buffer", a.type());
          case "w*" -> call("argclinic_buffer", fn + ", 0, 1", a.p(), "Py_buffer", a.type());
          case "z*" -> call("argclinic_buffer_or_none", fn, a.p(), "Py_buffer", a.type());
          default -> null;
        });
  }

  /**
   * A unit a module names by a C macro ({@code " F_HANDLE "}: CPython's _winapi, overlapped,
   * _multiprocessing): the letter it stands for is known only to the C compiler, so the runtime
   * switches on it where the compiler folds the switch.
   */
  private Optional<PublicViewModels.ParseArg> macroUnit(Arg a) {
    String unit = a.unit();
    if (!unit.startsWith("\"") || !unit.endsWith("\"") || unit.length() < 2) {
      return Optional.empty();
    }
    return Optional.of(
        call("argclinic_unit", "\"" + unit + "\", " + a.fn(), a.p(), a.type(), a.type()));
  }

  private void refuseInLimited(CConverter c, String what, Optional<Version> since) {
    if (!limited()) {
      return;
    }
    if (since.isPresent() && compare(limitedVersion, since.get()) >= 0) {
      return;
    }
    String supported =
        since
            .map(
                v ->
                    "the limited API of Python "
                        + v
                        + " and later; use"
                        + " --limited-version "
                        + v
                        + " or newer")
            .orElse("no version of the limited API; use --c-api public");
    throw new UnsupportedConverterException(
        c,
        "parameter '"
            + c.pyName()
            + "': converter '"
            + dslName(c)
            + "' needs "
            + what
            + ", which the limited API of Python "
            + limitedVersion
            + " lacks ("
            + what
            + " is part of "
            + supported
            + ")");
  }

  /** The converter as the DSL names it: {@code Py_buffer} for {@code Py_buffer_converter}. */
  private static String dslName(CConverter c) {
    return c.className().endsWith("_converter")
        ? c.className().substring(0, c.className().length() - "_converter".length())
        : c.className();
  }

  private static int compare(Version a, Version b) {
    return a.major() != b.major()
        ? Integer.compare(a.major(), b.major())
        : Integer.compare(a.minor(), b.minor());
  }

  private static String cast(String type) {
    return type.equals("PyObject *") ? "" : "(" + type + ")";
  }

  private static PublicViewModels.ParseArg call(
      String function, String callArgs, String p, String ctype, String type) {
    return PublicViewModels.ParseArg.of("call", p).withCall(function, callArgs, ctype, type);
  }

  private static PublicViewModels.ParseArg simple(String kind, Arg a) {
    return PublicViewModels.ParseArg.of(kind, a.p()).withArg(a.argname(), a.displayname());
  }

  private static PublicViewModels.ParseArg checked(
      Arg a, String check, String expected, String value) {
    return PublicViewModels.ParseArg.of("checked", a.p())
        .withArg(a.argname(), a.displayname())
        .withCheck(check, expected, value);
  }

  private static PublicViewModels.ParseArg subclassOf(Arg a) {
    String sub = a.c().subclassOf().orElse("");
    Optional<String[]> known = knownType(sub);
    String value = cast(a.type()) + a.argname();
    if (known.isPresent()) {
      return checked(a, known.get()[0] + "(" + a.argname() + ")", known.get()[1], value);
    }
    return PublicViewModels.ParseArg.of("subclass_of", a.p())
        .withArg(a.argname(), a.displayname())
        .withCheck("", sub, value);
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
