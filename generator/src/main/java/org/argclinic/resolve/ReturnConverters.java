package org.argclinic.resolve;

import java.util.Optional;

/** Clinic 3.13's return converters (libclinic/return_converters.py) beyond {@code object}. */
public final class ReturnConverters {
  private ReturnConverters() {}

  /** {@code bool}: the impl returns int; -1 with an exception set is an error. */
  public static class Bool extends CReturnConverter {
    public Bool() {
      type = "int";
      pythonType = Optional.of("bool");
    }

    @Override
    public void render(FunctionContext function, CRenderData data) {
      declare(data);
      errOccurredIf(data.converterRetval + " == -1", data);
      data.returnConversion.add(
          "return_value = PyBool_FromLong((long)" + data.converterRetval + ");\n");
    }
  }

  /**
   * {@code long} and the integer family: {@code return_value = conversionFn(cast retval)}, with
   * {@code (unsignedCast)-1} and an exception meaning failure.
   */
  public static class Long extends CReturnConverter {
    protected String conversionFn = "PyLong_FromLong";
    protected String cast = "";
    protected String unsignedCast = "";

    public Long() {
      type = "long";
      pythonType = Optional.of("int");
    }

    Long(String type, String conversionFn, String cast, String unsignedCast) {
      this.type = type;
      this.pythonType = Optional.of("int");
      this.conversionFn = conversionFn;
      this.cast = cast;
      this.unsignedCast = unsignedCast;
    }

    @Override
    void applyClassAttribute(String attr, PyValue v) {
      String s = v instanceof PyValue.Str str ? str.value() : "";
      switch (attr) {
        case "conversion_fn":
          conversionFn = s;
          break;
        case "cast":
          cast = s;
          break;
        case "unsigned_cast":
          unsignedCast = s;
          break;
        default:
          super.applyClassAttribute(attr, v);
          break;
      }
    }

    @Override
    public void render(FunctionContext function, CRenderData data) {
      declare(data);
      errOccurredIf(data.converterRetval + " == " + unsignedCast + "-1", data);
      data.returnConversion.add(
          "return_value = " + conversionFn + "(" + cast + data.converterRetval + ");\n");
    }
  }

  public static class Int extends Long {
    public Int() {
      super("int", "PyLong_FromLong", "(long)", "");
    }
  }

  public static class UnsignedLong extends Long {
    public UnsignedLong() {
      super("unsigned long", "PyLong_FromUnsignedLong", "", "(unsigned long)");
    }
  }

  public static class UnsignedInt extends Long {
    public UnsignedInt() {
      super("unsigned int", "PyLong_FromUnsignedLong", "(unsigned long)", "(unsigned int)");
    }
  }

  public static class PySsizeT extends Long {
    public PySsizeT() {
      super("Py_ssize_t", "PyLong_FromSsize_t", "", "");
    }
  }

  public static class SizeT extends Long {
    public SizeT() {
      super("size_t", "PyLong_FromSize_t", "", "(size_t)");
    }
  }

  /** {@code double}: -1.0 with an exception set is an error. */
  public static class Double extends CReturnConverter {
    protected String cast = "";

    public Double() {
      type = "double";
      pythonType = Optional.of("float");
    }

    @Override
    void applyClassAttribute(String attr, PyValue v) {
      if (attr.equals("cast") && v instanceof PyValue.Str s) {
        cast = s.value();
      } else {
        super.applyClassAttribute(attr, v);
      }
    }

    @Override
    public void render(FunctionContext function, CRenderData data) {
      declare(data);
      errOccurredIf(data.converterRetval + " == -1.0", data);
      data.returnConversion.add(
          "return_value = PyFloat_FromDouble(" + cast + data.converterRetval + ");\n");
    }
  }

  public static class Float extends Double {
    public Float() {
      type = "float";
      cast = "(double)";
    }
  }
}
