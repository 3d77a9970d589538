package org.argclinic.resolve;

import com.google.common.collect.ImmutableSet;
import java.util.Optional;
import java.util.Set;

/**
 * Clinic's numeric converters: bool, char, the integer family, Py_ssize_t, slice_index, size_t,
 * fildes, float, double and Py_complex. Class names mirror clinic's ({@code unsigned_short} is
 * {@link UnsignedShort}).
 */
public final class NumberConverters {
  private NumberConverters() {}

  static final ImmutableSet<String> INT = ImmutableSet.of("int");
  static final ImmutableSet<String> OBJECT = ImmutableSet.of("object");
  static final ImmutableSet<String> STR = ImmutableSet.of("str");
  static final ImmutableSet<String> INT_OR_NONE = ImmutableSet.of("int", "NoneType");

  static ConverterException illegalAccept(ConverterArgs args, String owner, Set<String> accept) {
    return args.fail(
        owner
            + ": illegal 'accept' argument "
            + ConverterArgs.typeSetText(accept)
            + ConverterForms.legal(owner));
  }

  /** {@code bool}: {@code p} (any object's truth) or, with {@code accept={int}}, {@code i}. */
  public static class Bool extends CConverter {
    public Bool() {
      type = "int";
      defaultType = ImmutableSet.of("bool");
      formatUnit = "p";
      cIgnoredDefault = "0";
      // any object's truth, or (accept={int}) an int used as a flag: both are flags
      pythonType = Optional.of("bool");
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      Set<String> accept = args.typeSet("accept", OBJECT);
      if (accept.equals(INT)) {
        formatUnit = "i";
      } else if (!accept.equals(OBJECT)) {
        throw illegalAccept(args, "bool_converter", accept);
      }
      if (!(defaultValue instanceof PyValue.Unspecified)
          && !(defaultValue instanceof PyValue.Unknown)) {
        boolean b = Evaluator.truthy(defaultValue);
        defaultValue = new PyValue.Bool(b);
        if (cDefault.equals(Optional.of("Py_True")) || cDefault.equals(Optional.of("Py_False"))) {
          cDefault = Optional.of(b ? "1" : "0");
        }
      }
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("i")) {
        return snippet("bool_i", argname);
      } else if (formatUnit.equals("p")) {
        return snippet("bool_p", argname);
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /** {@code char}: a bytes or bytearray of length 1 ({@code c}). */
  public static class Char extends CConverter {
    public Char() {
      type = "char";
      defaultType = ImmutableSet.of("bytes", "bytearray");
      formatUnit = "c";
      // clinic's literal is "'\0'" in Python source: quote, NUL, quote
      cIgnoredDefault = "'\0'";
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      if (defaultValue instanceof PyValue.Bytes b) {
        if (b.value().length() != 1) {
          throw args.fail("char_converter: illegal default value " + b.repr());
        }
        String c = b.repr().substring(1);
        cDefault = Optional.of(c.equals("\"'\"") ? "'\\''" : c);
      }
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("c")) {
        return snippet(
            "char_c",
            argname,
            "bad_argument",
            badArgument(displayname, "a byte string of length 1", limitedCapi, true));
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /** {@code unsigned_char}: {@code b} (range-checked) or, with {@code bitwise=True}, {@code B}. */
  public static class UnsignedChar extends CConverter {
    public UnsignedChar() {
      type = "unsigned char";
      defaultType = INT;
      formatUnit = "b";
      cIgnoredDefault = "'\0'";
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      if (args.bool("bitwise", false)) {
        formatUnit = "B";
      }
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("b")) {
        return snippet("unsigned_char_b", argname);
      } else if (formatUnit.equals("B")) {
        return snippet("unsigned_char_B", argname);
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /** {@code byte}: the same as {@code unsigned_char}. */
  public static class Byte extends UnsignedChar {}

  /** {@code short}: {@code h}. */
  public static class Short extends CConverter {
    public Short() {
      type = "short";
      defaultType = INT;
      formatUnit = "h";
      cIgnoredDefault = "0";
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("h")) {
        return snippet("short_h", argname);
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /**
   * The unsigned types that parse through a C converter function unless {@code bitwise=True}:
   * unsigned_short, unsigned_int, unsigned_long, unsigned_long_long.
   */
  abstract static class UnsignedBase extends CConverter {
    private final String bitwiseUnit;
    private final String cFunction;

    UnsignedBase(String ctype, String bitwiseUnit, String cFunction) {
      type = ctype;
      defaultType = INT;
      cIgnoredDefault = "0";
      this.bitwiseUnit = bitwiseUnit;
      this.cFunction = cFunction;
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      if (args.bool("bitwise", false)) {
        formatUnit = bitwiseUnit;
      } else {
        converter = Optional.of(cFunction);
      }
    }

    @Override
    public void useConverter() {
      if (converter.equals(Optional.of(cFunction))) {
        addInclude("pycore_long.h", cFunction + "()");
      }
    }

    /** The inline parse for the bitwise format unit. */
    abstract Optional<String> parseBitwise(String argname, String displayname, boolean limitedCapi);

    /** The inline parse with the limited API, where the C converter function is unavailable. */
    abstract Optional<String> parseLimited(String argname);

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals(bitwiseUnit)) {
        return parseBitwise(argname, displayname, limitedCapi);
      }
      if (!limitedCapi) {
        return super.parseArg(argname, displayname, limitedCapi);
      }
      return parseLimited(argname);
    }
  }

  /** {@code unsigned_short}: {@code _PyLong_UnsignedShort_Converter}, or {@code H} if bitwise. */
  public static class UnsignedShort extends UnsignedBase {
    public UnsignedShort() {
      super("unsigned short", "H", "_PyLong_UnsignedShort_Converter");
    }

    @Override
    Optional<String> parseBitwise(String argname, String displayname, boolean limitedCapi) {
      return snippet("unsigned_mask", argname, "ctype", "unsigned short");
    }

    @Override
    Optional<String> parseLimited(String argname) {
      return snippet("unsigned_limited", argname, "ctype", "unsigned short", "max", "USHRT_MAX");
    }
  }

  /** {@code unsigned_int}: {@code _PyLong_UnsignedInt_Converter}, or {@code I} if bitwise. */
  public static class UnsignedInt extends UnsignedBase {
    public UnsignedInt() {
      super("unsigned int", "I", "_PyLong_UnsignedInt_Converter");
    }

    @Override
    Optional<String> parseBitwise(String argname, String displayname, boolean limitedCapi) {
      return snippet("unsigned_mask", argname, "ctype", "unsigned int");
    }

    @Override
    Optional<String> parseLimited(String argname) {
      return snippet("unsigned_limited", argname, "ctype", "unsigned int", "max", "UINT_MAX");
    }
  }

  /** {@code unsigned_long}: {@code _PyLong_UnsignedLong_Converter}, or {@code k} if bitwise. */
  public static class UnsignedLong extends UnsignedBase {
    public UnsignedLong() {
      super("unsigned long", "k", "_PyLong_UnsignedLong_Converter");
    }

    @Override
    Optional<String> parseBitwise(String argname, String displayname, boolean limitedCapi) {
      return snippet(
          "unsigned_long_mask",
          argname,
          "fn",
          "PyLong_AsUnsignedLongMask",
          "bad_argument",
          badArgument(displayname, "int", limitedCapi, true));
    }

    @Override
    Optional<String> parseLimited(String argname) {
      return snippet(
          "as_unsigned", argname, "fn", "PyLong_AsUnsignedLong", "ctype", "unsigned long");
    }
  }

  /** {@code unsigned_long_long}: {@code _PyLong_UnsignedLongLong_Converter}, or {@code K}. */
  public static class UnsignedLongLong extends UnsignedBase {
    public UnsignedLongLong() {
      super("unsigned long long", "K", "_PyLong_UnsignedLongLong_Converter");
    }

    @Override
    Optional<String> parseBitwise(String argname, String displayname, boolean limitedCapi) {
      return snippet(
          "unsigned_long_mask",
          argname,
          "fn",
          "PyLong_AsUnsignedLongLongMask",
          "bad_argument",
          badArgument(displayname, "int", limitedCapi, true));
    }

    @Override
    Optional<String> parseLimited(String argname) {
      return snippet(
          "as_unsigned", argname, "fn", "PyLong_AsUnsignedLongLong", "ctype", "unsigned long long");
    }
  }

  /**
   * The fixed-width unsigned converters of CPython 3.15 (gh-133583): {@code uint8} to {@code
   * uint64}, C types {@code uint8_t} to {@code uint64_t}. Any object with {@code __index__};
   * negative values raise ValueError, values that do not fit OverflowError. No {@code bitwise}
   * form. CPython's own glue converts with a private function ({@code O&}), or under the limited
   * API inline with {@code PyLong_AsNativeBytes}.
   */
  public static class FixedWidthUnsigned extends CConverter {
    private final int bits;

    FixedWidthUnsigned(int bits) {
      this.bits = bits;
      type = "uint" + bits + "_t";
      defaultType = INT;
      cIgnoredDefault = "0";
      converter = Optional.of("_PyLong_UInt" + bits + "_Converter");
      pythonType = Optional.of("int");
    }

    /** The width in bits: 8, 16, 32 or 64. */
    public int bits() {
      return bits;
    }

    @Override
    public void useConverter() {
      addInclude("pycore_long.h", converter.get() + "()");
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (!limitedCapi) {
        return super.parseArg(argname, displayname, limitedCapi);
      }
      return snippet("uint_native_bytes", argname, "ctype", type);
    }
  }

  /** {@code uint8}: {@code uint8_t}. */
  public static class UInt8 extends FixedWidthUnsigned {
    public UInt8() {
      super(8);
    }
  }

  /** {@code uint16}: {@code uint16_t}. */
  public static class UInt16 extends FixedWidthUnsigned {
    public UInt16() {
      super(16);
    }
  }

  /** {@code uint32}: {@code uint32_t}. */
  public static class UInt32 extends FixedWidthUnsigned {
    public UInt32() {
      super(32);
    }
  }

  /** {@code uint64}: {@code uint64_t}. */
  public static class UInt64 extends FixedWidthUnsigned {
    public UInt64() {
      super(64);
    }
  }

  /** {@code int}: {@code i}, or with {@code accept={str}} a one-character str ({@code C}). */
  public static class Int extends CConverter {
    public Int() {
      type = "int";
      defaultType = INT;
      formatUnit = "i";
      cIgnoredDefault = "0";
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      Set<String> accept = args.typeSet("accept", INT);
      if (accept.equals(STR)) {
        formatUnit = "C";
      } else if (!accept.equals(INT)) {
        throw illegalAccept(args, "int_converter", accept);
      }
      args.string("type").ifPresent(t -> type = t);
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("i")) {
        return snippet("as_signed", argname, "fn", "PyLong_AsInt");
      } else if (formatUnit.equals("C")) {
        return snippet(
            "int_C",
            argname,
            "bad_argument",
            badArgument(displayname, "a unicode character", limitedCapi, true));
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /** {@code long}: {@code l}. */
  public static class Long extends CConverter {
    public Long() {
      type = "long";
      defaultType = INT;
      formatUnit = "l";
      cIgnoredDefault = "0";
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("l")) {
        return snippet("as_signed", argname, "fn", "PyLong_AsLong");
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /** {@code long_long}: {@code L}. */
  public static class LongLong extends CConverter {
    public LongLong() {
      type = "long long";
      defaultType = INT;
      formatUnit = "L";
      cIgnoredDefault = "0";
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("L")) {
        return snippet("as_signed", argname, "fn", "PyLong_AsLongLong");
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /**
   * {@code Py_ssize_t}: {@code n}, or with {@code accept={int, NoneType}} None leaves the default.
   * {@code allow_negative=False} (CPython 3.15, gh-135763) refuses a negative value with
   * ValueError.
   */
  public static class PySsizeT extends CConverter {
    static final String OPTIONAL = "_Py_convert_optional_to_ssize_t";
    static final String OPTIONAL_NON_NEGATIVE = "_Py_convert_optional_to_non_negative_ssize_t";

    private boolean allowNegative = true;

    public PySsizeT() {
      type = "Py_ssize_t";
      cIgnoredDefault = "0";
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      Set<String> accept = args.typeSet("accept", INT);
      allowNegative = args.bool("allow_negative", true);
      if (accept.equals(INT)) {
        formatUnit = "n";
      } else if (accept.equals(INT_OR_NONE)) {
        converter = Optional.of(allowNegative ? OPTIONAL : OPTIONAL_NON_NEGATIVE);
      } else {
        throw illegalAccept(args, "Py_ssize_t_converter", accept);
      }
    }

    /** False for {@code allow_negative=False}: a negative value raises ValueError. */
    public boolean allowNegative() {
      return allowNegative;
    }

    @Override
    public void useConverter() {
      if (converter.isPresent()) {
        addInclude("pycore_abstract.h", converter.get() + "()");
      }
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("n")) {
        String index = "PyNumber_Index";
        if (!limitedCapi) {
          index = "_PyNumber_Index";
          addInclude("pycore_abstract.h", "_PyNumber_Index()");
        }
        return snippet(
            allowNegative ? "ssize_t_n" : "ssize_t_n_non_negative", argname, "index_fn", index);
      }
      if (!limitedCapi) {
        return super.parseArg(argname, displayname, limitedCapi);
      }
      return snippet(
          allowNegative ? "ssize_t_optional_limited" : "ssize_t_optional_limited_non_negative",
          argname,
          "bad_argument",
          badArgument(displayname, "integer or None", limitedCapi, true));
    }
  }

  /** {@code slice_index}: an index or (by default) None, through {@code _PyEval_SliceIndex}. */
  public static class SliceIndex extends CConverter {
    private boolean nullable;

    public SliceIndex() {
      type = "Py_ssize_t";
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      Set<String> accept = args.typeSet("accept", INT_OR_NONE);
      if (accept.equals(INT)) {
        converter = Optional.of("_PyEval_SliceIndexNotNone");
        nullable = false;
      } else if (accept.equals(INT_OR_NONE)) {
        converter = Optional.of("_PyEval_SliceIndex");
        nullable = true;
      } else {
        throw illegalAccept(args, "slice_index_converter", accept);
      }
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (!limitedCapi) {
        return super.parseArg(argname, displayname, limitedCapi);
      }
      return snippet(nullable ? "slice_index_nullable_limited" : "slice_index_limited", argname);
    }
  }

  /** {@code size_t}: {@code _PyLong_Size_t_Converter}. */
  public static class SizeT extends CConverter {
    public SizeT() {
      type = "size_t";
      converter = Optional.of("_PyLong_Size_t_Converter");
      cIgnoredDefault = "0";
    }

    @Override
    public void useConverter() {
      addInclude("pycore_long.h", "_PyLong_Size_t_Converter()");
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("n")) {
        return snippet("size_t_n", argname);
      }
      if (!limitedCapi) {
        return super.parseArg(argname, displayname, limitedCapi);
      }
      return snippet("as_unsigned", argname, "fn", "PyLong_AsSize_t", "ctype", "size_t");
    }
  }

  /** {@code fildes}: a file descriptor (an int or an object with fileno()). */
  public static class Fildes extends CConverter {
    public Fildes() {
      type = "int";
      converter = Optional.of("_PyLong_FileDescriptor_Converter");
    }

    @Override
    public void useConverter() {
      addInclude("pycore_fileutils.h", "_PyLong_FileDescriptor_Converter()");
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      return snippet("fildes", argname);
    }
  }

  /** {@code float}: {@code f}. */
  public static class Float extends CConverter {
    public Float() {
      type = "float";
      defaultType = ImmutableSet.of("float");
      formatUnit = "f";
      cIgnoredDefault = "0.0";
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("f")) {
        return limitedCapi
            ? snippet("float_limited", argname, "cast", "(float) ")
            : snippet("float_exact", argname);
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /** {@code double}: {@code d}. */
  public static class Double extends CConverter {
    public Double() {
      type = "double";
      defaultType = ImmutableSet.of("float");
      formatUnit = "d";
      cIgnoredDefault = "0.0";
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("d")) {
        return limitedCapi
            ? snippet("float_limited", argname, "cast", "")
            : snippet("double_exact", argname);
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }

  /** {@code Py_complex}: {@code D}. */
  public static class PyComplex extends CConverter {
    public PyComplex() {
      type = "Py_complex";
      defaultType = ImmutableSet.of("complex");
      formatUnit = "D";
      cIgnoredDefault = "{0.0, 0.0}";
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      if (formatUnit.equals("D")) {
        return snippet("complex_D", argname);
      }
      return super.parseArg(argname, displayname, limitedCapi);
    }
  }
}
