package org.argclinic.resolve;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;

/**
 * Clinic's string, bytes and buffer converters: str, PyBytesObject, PyByteArrayObject, unicode,
 * Py_UNICODE, Py_buffer.
 */
public final class StringConverters {
  private StringConverters() {}

  static final ImmutableSet<String> STR_NULL_NONE = ImmutableSet.of("str", "Null", "NoneType");

  /** A str() argument combination: accepted types, encoding given, zeroes given. */
  record StrKey(ImmutableSet<String> accept, boolean encoding, boolean zeroes) {
    // Explicit, so a cold run does not bootstrap the record's generated methods.
    @Override
    public boolean equals(Object o) {
      return o instanceof StrKey k
          && encoding == k.encoding
          && zeroes == k.zeroes
          && accept.equals(k.accept);
    }

    @Override
    public int hashCode() {
      return (accept.hashCode() * 31 + Boolean.hashCode(encoding)) * 31 + Boolean.hashCode(zeroes);
    }
  }

  /** The format unit for each legal {@code str(accept=, encoding=, zeroes=)} combination. */
  static final ImmutableMap<StrKey, String> STR_FORMAT_UNITS =
      ImmutableMap.<StrKey, String>builder()
          .put(new StrKey(ImmutableSet.of("str"), true, false), "es")
          .put(new StrKey(ImmutableSet.of("str"), true, true), "es#")
          .put(new StrKey(ImmutableSet.of("bytes", "bytearray", "str"), true, false), "et")
          .put(new StrKey(ImmutableSet.of("bytes", "bytearray", "str"), true, true), "et#")
          .put(new StrKey(ImmutableSet.of("str"), false, false), "s")
          .put(new StrKey(ImmutableSet.of("robuffer", "str"), false, true), "s#")
          .put(new StrKey(ImmutableSet.of("robuffer"), false, false), "y")
          .put(new StrKey(ImmutableSet.of("robuffer"), false, true), "y#")
          .put(new StrKey(ImmutableSet.of("str", "NoneType"), false, false), "z")
          .put(new StrKey(ImmutableSet.of("robuffer", "str", "NoneType"), false, true), "z#")
          .build();

  static String formatUnitFor(Set<String> accept, boolean encoding, boolean zeroes) {
    for (var e : STR_FORMAT_UNITS.entrySet()) {
      if (e.getKey().accept().equals(accept)
          && e.getKey().encoding() == encoding
          && e.getKey().zeroes() == zeroes) {
        return e.getValue();
      }
    }
    return "";
  }

  /** {@code str}: a C string in one of the {@code s z y es et} families. */
  public static class Str extends CConverter {
    public Str() {
      type = "const char *";
      defaultType = STR_NULL_NONE;
      formatUnit = "s";
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      Set<String> accept = args.typeSet("accept", NumberConverters.STR);
      Optional<PyValue> enc = args.value("encoding");
      boolean encoding = enc.isPresent() && Evaluator.truthy(enc.get());
      boolean zeroes = args.bool("zeroes", false);
      String fu = formatUnitFor(accept, encoding, zeroes);
      if (fu.isEmpty()) {
        throw args.fail(
            "str_converter: illegal combination of arguments (accept="
                + ConverterArgs.typeSetText(accept)
                + (encoding ? ", encoding" : "")
                + (zeroes ? ", zeroes=True" : "")
                + ")"
                + ConverterForms.legal("str_converter"));
      }
      formatUnit = fu;
      length = zeroes;
      if (encoding) {
        if (!(defaultValue instanceof PyValue.None
            || defaultValue instanceof PyValue.Unspecified)) {
          throw args.fail(
              "str_converter: Argument Clinic doesn't support default values for encoded strings");
        }
        encoding(enc.get());
        type = "char *";
        // clinic cannot preallocate buffers for es# and et#
        cDefault = Optional.of("NULL");
      }
      if (accept.contains("NoneType") && cDefault.equals(Optional.of("Py_None"))) {
        cDefault = Optional.of("NULL");
      }
    }

    private void encoding(PyValue v) {
      encoding = Optional.of(v instanceof PyValue.Str s ? s.value() : v.repr());
    }

    @Override
    public String postParsing() {
      return encoding.isPresent() ? "PyMem_FREE(" + name() + ");\n" : "";
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("s")) {
        return snippet(
            "str_s",
            argname,
            "bad_argument",
            badArgument(displayname, "str", limitedCapi, true),
            "length_name",
            lengthName());
      }
      if (formatUnit.equals("z")) {
        return snippet(
            "str_z",
            argname,
            "bad_argument",
            badArgument(displayname, "str or None", limitedCapi, true),
            "length_name",
            lengthName());
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /**
   * A converter that type-checks an object and casts it: PyBytesObject, PyByteArrayObject, unicode.
   */
  abstract static class CheckedObject extends CConverter {
    private final String check;
    private final String expected;
    private final String unit;

    CheckedObject(String ctype, String unit, String check, String expected) {
      type = ctype;
      formatUnit = unit;
      this.unit = unit;
      this.check = check;
      this.expected = expected;
    }

    /** The cast clinic writes before the argument. */
    abstract String cast();

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals(unit)) {
        return snippet(
            "checked_cast",
            argname,
            "check",
            check,
            "cast",
            cast(),
            "bad_argument",
            badArgument(displayname, expected, limitedCapi, true));
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /** {@code PyBytesObject}: a bytes object ({@code S}). */
  public static class PyBytesObject extends CheckedObject {
    public PyBytesObject() {
      super("PyBytesObject *", "S", "PyBytes_Check", "bytes");
    }

    @Override
    String cast() {
      return "(" + type + ")";
    }
  }

  /** {@code PyByteArrayObject}: a bytearray object ({@code Y}). */
  public static class PyByteArrayObject extends CheckedObject {
    public PyByteArrayObject() {
      super("PyByteArrayObject *", "Y", "PyByteArray_Check", "bytearray");
    }

    @Override
    String cast() {
      return "(" + type + ")";
    }
  }

  /** {@code unicode}: a str object ({@code U}). */
  public static class Unicode extends CheckedObject {
    public Unicode() {
      super("PyObject *", "U", "PyUnicode_Check", "str");
      defaultType = STR_NULL_NONE;
    }

    @Override
    String cast() {
      return "";
    }
  }

  /** {@code Py_UNICODE}: a wchar_t string ({@code u}, {@code Z}, or their {@code #} forms). */
  public static class PyUnicode extends CConverter {
    private ImmutableSet<String> accept = ImmutableSet.of();

    public PyUnicode() {
      type = "const wchar_t *";
      defaultType = STR_NULL_NONE;
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      ImmutableSet<String> acc = args.typeSet("accept", NumberConverters.STR);
      boolean zeroes = args.bool("zeroes", false);
      String fu = acc.equals(ImmutableSet.of("str", "NoneType")) ? "Z" : "u";
      if (zeroes) {
        length = true;
        formatUnit = fu + "#";
      } else {
        accept = acc;
        if (acc.equals(NumberConverters.STR)) {
          converter = Optional.of("_PyUnicode_WideCharString_Converter");
        } else if (acc.equals(ImmutableSet.of("str", "NoneType"))) {
          converter = Optional.of("_PyUnicode_WideCharString_Opt_Converter");
        } else {
          throw NumberConverters.illegalAccept(args, "Py_UNICODE_converter", acc);
        }
      }
      cDefault = Optional.of("NULL");
    }

    @Override
    public String cleanup() {
      return length ? "" : "PyMem_Free((void *)" + parserName() + ");\n";
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (!length) {
        if (accept.equals(NumberConverters.STR)) {
          return snippet(
              "wchar_str",
              argname,
              "bad_argument",
              badArgument(displayname, "str", limitedCapi, true));
        } else if (accept.equals(ImmutableSet.of("str", "NoneType"))) {
          return snippet(
              "wchar_str_or_none",
              argname,
              "bad_argument",
              badArgument(displayname, "str or None", limitedCapi, true));
        }
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /** {@code Py_buffer}: a buffer view ({@code y*}, {@code s*}, {@code z*}, {@code w*}). */
  public static class PyBuffer extends CConverter {
    public PyBuffer() {
      type = "Py_buffer";
      formatUnit = "y*";
      implByReference = true;
      cIgnoredDefault = "{NULL, NULL}";
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      if (!(defaultValue instanceof PyValue.Unspecified || defaultValue instanceof PyValue.None)) {
        throw args.fail("The only legal default value for Py_buffer is None.");
      }
      cDefault = Optional.of(cIgnoredDefault);
      Set<String> accept = args.typeSet("accept", ImmutableSet.of("buffer"));
      if (accept.equals(ImmutableSet.of("str", "buffer", "NoneType"))) {
        formatUnit = "z*";
      } else if (accept.equals(ImmutableSet.of("str", "buffer"))) {
        formatUnit = "s*";
      } else if (accept.equals(ImmutableSet.of("buffer"))) {
        formatUnit = "y*";
      } else if (accept.equals(ImmutableSet.of("rwbuffer"))) {
        formatUnit = "w*";
      } else {
        throw args.fail(
            "Py_buffer_converter: illegal combination of arguments (accept="
                + ConverterArgs.typeSetText(accept)
                + ")"
                + ConverterForms.legal("Py_buffer_converter"));
      }
    }

    /**
     * {@code {0}}: CPython's {@code {NULL, NULL}} warns under -Wextra (missing-field-initializers).
     */
    @Override
    protected String validInitializer(String initializer) {
      return initializer.equals(cIgnoredDefault) ? "{0}" : super.validInitializer(initializer);
    }

    @Override
    public String cleanup() {
      // clinic indents the release by three spaces
      return "if (" + name() + ".obj) {\n   PyBuffer_Release(&" + name() + ");\n}\n";
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      // clinic computes the bad-argument text (and its include) even where the snippet omits it
      switch (formatUnit) {
        case "y*":
          badArgument(displayname, "contiguous buffer", limitedCapi, true);
          return snippet("buffer_y", argname);
        case "s*":
          badArgument(displayname, "contiguous buffer", limitedCapi, true);
          return snippet("buffer_s", argname);
        case "w*":
          {
            String bad =
                badArgument(displayname, "read-write bytes-like object", limitedCapi, true);
            badArgument(displayname, "contiguous buffer", limitedCapi, true);
            return snippet("buffer_w", argname, "bad_argument", bad);
          }
        default:
          return super.parseArg(argname, displayname, limitedCapi);
      }
    }
  }
}
