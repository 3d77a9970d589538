package org.argclinic.resolve.cpython;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Optional;
import org.argclinic.model.Expr;
import org.argclinic.model.Position;
import org.argclinic.model.PythonBlock;
import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.CRenderData;
import org.argclinic.resolve.CReturnConverter;
import org.argclinic.resolve.ConverterArgs;
import org.argclinic.resolve.ConverterRegistry;
import org.argclinic.resolve.FunctionContext;
import org.argclinic.resolve.NumberConverters;
import org.argclinic.resolve.PyValue;
import org.argclinic.resolve.spi.ConverterProvider;

/**
 * The "cpython" converter set: Java ports of the converter classes with methods that CPython 3.13.5
 * declares in its {@code [python input]} blocks. Each port is active only in a file whose block
 * declares the class (class attributes still come from the block); the ones whose name other files
 * reuse for different code are tied to their file.
 */
public final class CPythonConverters implements ConverterProvider {

  @Override
  public String name() {
    return "cpython";
  }

  @Override
  public void register(ConverterRegistry.Registrar r) {
    // Modules/posixmodule.c
    r.port("posixmodule.c", "path_t_converter", PathT::new);
    r.port("posixmodule.c", "dir_fd_converter", DirFd::new);
    r.port("posixmodule.c", "FSConverter_converter", FSConverter::new);
    r.port("posixmodule.c", "confname_converter", Confname::new);
    // resource.c, _posixsubprocess.c
    r.port("pid_t_converter", Pid::new);
    // _multiprocessing/multiprocessing.c, PC/_testconsole.c, PC/msvcrtmodule.c
    r.port("HANDLE_converter", VoidPtr::new);
    // Modules/overlapped.c
    r.port("overlapped.c", "pointer_converter", VoidPtr::new);
    r.port("overlapped.c", "ULONG_PTR_converter", UlongPtr::new);
    // Modules/cmathmodule.c
    r.port("cmathmodule.c", "Py_complex_protected_converter", ComplexProtected::new);
    r.returnPort(
        "cmathmodule.c", "Py_complex_protected_return_converter", ComplexProtectedReturn::new);
    // Modules/_lzmamodule.c
    r.port("_lzmamodule.c", "lzma_filter_converter", LzmaFilter::new);
    // Modules/_struct.c
    r.port("_struct.c", "cache_struct_converter", CacheStruct::new);
    // Modules/_testclinic.c
    r.port("_testclinic.c", "custom_t_converter", CustomT::new);
    // Modules/binascii.c
    r.port("binascii.c", "ascii_buffer_converter", AsciiBuffer::new);
    // Objects/unicodeobject.c
    r.port("unicodeobject.c", "Py_UCS4_converter", PyUcs4::new);
    // PC/winreg.c
    r.port("winreg.c", "HKEY_converter", Hkey::new);
    r.returnPort(
        "winreg.c",
        "HKEY_return_converter",
        () ->
            new SimpleReturn(
                SimpleReturn.Check.NULL_POINTER,
                "",
                "return_value = PyHKEY_FromHKEY(_PyModule_GetState(module), _return_value);\n"));
    r.returnPort(
        "winreg.c",
        "self_return_converter",
        () ->
            new SimpleReturn(
                SimpleReturn.Check.NONE, "", "return_value = (PyObject *)_return_value;\n"));
    // Modules/_winapi.c: create_converter() makes these classes
    r.synthetic(
        "_winapi.c",
        ImmutableList.of(
            made("HANDLE", "\" F_HANDLE \""),
            made("HMODULE", "\" F_HANDLE \""),
            made("LPSECURITY_ATTRIBUTES", "\" F_POINTER \""),
            made("LPCVOID", "\" F_POINTER \""),
            made("BOOL", "i"),
            made("DWORD", "k"),
            made("UINT", "I")));
    r.returnPort("_winapi.c", "HANDLE_return_converter", WinapiHandleReturn::new);
    r.returnPort(
        "_winapi.c",
        "DWORD_return_converter",
        () ->
            new SimpleReturn(
                SimpleReturn.Check.EXPRESSION,
                "_return_value == PY_DWORD_MAX",
                "return_value = PyLong_FromUnsignedLong(_return_value);\n"));
    r.returnPort(
        "_winapi.c",
        "LPVOID_return_converter",
        () ->
            new SimpleReturn(
                SimpleReturn.Check.EXPRESSION,
                "_return_value == NULL",
                "return_value = HANDLE_TO_PYNUM(_return_value);\n"));
    // PC/msvcrtmodule.c
    r.returnPort(
        "msvcrtmodule.c",
        "HANDLE_return_converter",
        () ->
            new SimpleReturn(
                SimpleReturn.Check.EXPRESSION,
                "_return_value == NULL || _return_value == INVALID_HANDLE_VALUE",
                "return_value = PyLong_FromVoidPtr(_return_value);\n"));
    r.returnPort("msvcrtmodule.c", "byte_char_return_converter", ByteCharReturn::new);
    r.returnPort(
        "msvcrtmodule.c",
        "wchar_t_return_converter",
        () ->
            new SimpleReturn(
                SimpleReturn.Check.NONE,
                "",
                "return_value = PyUnicode_FromOrdinal(_return_value);\n"));
  }

  /** A class as {@code type(name, (CConverter,), {'type': ..., 'format_unit': ...})} makes it. */
  private static PythonBlock.ConverterClass made(String type, String formatUnit) {
    return new PythonBlock.ConverterClass(
        type + "_converter",
        "CConverter",
        ImmutableMap.of("type", new Expr.Str(type), "format_unit", new Expr.Str(formatUnit)),
        ImmutableList.of(),
        Position.of(0, 0));
  }

  /** Python's {@code str(int(bool(v)))}, or the string itself: posixmodule's {@code strify}. */
  static String strify(PyValue v) {
    if (v instanceof PyValue.Str s) {
      return s.value();
    }
    return PyValue.truthy(v) ? "1" : "0";
  }

  /** posixmodule's {@code path_t}: a path_t initialized per parameter, released in cleanup. */
  public static class PathT extends CConverter {
    private PyValue allowFd = new PyValue.Bool(false);
    private Optional<PyValue> makeWide = Optional.empty();
    private PyValue nonstrict = new PyValue.Bool(false);
    private PyValue nullable = new PyValue.Bool(false);
    private PyValue suppressValueError = new PyValue.Bool(false);

    @Override
    protected void converterInit(ConverterArgs args) {
      // path_t supports no default: it would need its own initialize()
      if (!(defaultValue instanceof PyValue.Unspecified || defaultValue instanceof PyValue.None)) {
        throw args.fail("Can't specify a default to the path_t converter!");
      }
      if (cDefault.isPresent() && !cDefault.get().equals("Py_None")) {
        throw args.fail("Can't specify a c_default to the path_t converter!");
      }
      allowFd = args.value("allow_fd").orElse(allowFd);
      makeWide = args.value("make_wide").filter(v -> !(v instanceof PyValue.None));
      nonstrict = args.value("nonstrict").orElse(nonstrict);
      nullable = args.value("nullable").orElse(nullable);
      suppressValueError = args.value("suppress_value_error").orElse(suppressValueError);
    }

    @Override
    public Optional<String> pythonType() {
      return Optional.of(
          "_typeshed.StrOrBytesPath"
              + (PyValue.truthy(allowFd) ? " | int" : "")
              + (PyValue.truthy(nullable) ? " | None" : ""));
    }

    @Override
    public void preRender() {
      String fname = function().function().name();
      if (makeWide.isEmpty()) {
        cDefault =
            Optional.of(
                "PATH_T_INITIALIZE_P(\""
                    + fname
                    + "\", \""
                    + name()
                    + "\", "
                    + strify(nullable)
                    + ", "
                    + strify(nonstrict)
                    + ", "
                    + strify(suppressValueError)
                    + ", "
                    + strify(allowFd)
                    + ")");
      } else {
        cDefault =
            Optional.of(
                "PATH_T_INITIALIZE(\""
                    + fname
                    + "\", \""
                    + name()
                    + "\", "
                    + strify(nullable)
                    + ", "
                    + strify(nonstrict)
                    + ", "
                    + strify(makeWide.get())
                    + ", "
                    + strify(suppressValueError)
                    + ", "
                    + strify(allowFd)
                    + ")");
      }
    }

    @Override
    public String cleanup() {
      return "path_cleanup(&" + name() + ");\n";
    }
  }

  /**
   * posixmodule's {@code dir_fd}: DEFAULT_DIR_FD unless given; a per-function availability macro.
   */
  public static class DirFd extends CConverter {
    public DirFd() {
      pythonType = Optional.of("int | None");
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      if (defaultValue instanceof PyValue.Unspecified || defaultValue instanceof PyValue.None) {
        cDefault = Optional.of("DEFAULT_DIR_FD");
      }
      Optional<PyValue> requires = args.value("requires");
      if (requires.isPresent() && requires.get() instanceof PyValue.Str s) {
        converter = Optional.of(s.value().toUpperCase(Locale.ROOT) + "_DIR_FD_CONVERTER");
      } else {
        converter = Optional.of("dir_fd_converter");
      }
    }
  }

  /** posixmodule's {@code FSConverter}: no default; the bytes object is released in cleanup. */
  public static class FSConverter extends CConverter {
    public FSConverter() {
      pythonType = Optional.of("_typeshed.StrOrBytesPath");
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      if (!(defaultValue instanceof PyValue.Unspecified)) {
        throw args.fail("FSConverter_converter does not support default values");
      }
      cDefault = Optional.of("NULL");
    }

    @Override
    public String cleanup() {
      return "Py_XDECREF(" + name() + ");\n";
    }
  }

  /** posixmodule's {@code confname(table=...)}. */
  public static class Confname extends CConverter {
    private String table = "";

    public Confname() {
      pythonType = Optional.of("str | int");
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      if (!args.has("table")) {
        throw args.fail(
            "converter 'confname' needs its argument 'table' (the C array of"
                + " names, e.g. confname(table='pathconf_names'))");
      }
      table = args.string("table").orElse("");
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      return snippetIn(
          "cpython", "confname", argname, "converter", converter.orElse(""), "table", table);
    }
  }

  /** {@code pid_t} with an inline {@code PyLong_AsPid} parse (resource.c, _posixsubprocess.c). */
  public static class Pid extends CConverter {
    public Pid() {
      pythonType = Optional.of("int");
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      return snippetIn("cpython", "pid", argname);
    }
  }

  /** A pointer-sized handle parsed with {@code PyLong_AsVoidPtr}. */
  public static class VoidPtr extends CConverter {
    public VoidPtr() {
      pythonType = Optional.of("int");
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      return snippetIn("cpython", "void_ptr", argname, "cast", "");
    }
  }

  /** overlapped.c's {@code ULONG_PTR}: a pointer-sized integer. */
  public static class UlongPtr extends VoidPtr {
    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      return snippetIn("cpython", "void_ptr", argname, "cast", "(uintptr_t)");
    }
  }

  /** cmath's {@code Py_complex_protected}: clears errno before the call. */
  public static class ComplexProtected extends NumberConverters.PyComplex {
    @Override
    public String modify() {
      return "errno = 0;";
    }
  }

  /** cmath's {@code Py_complex_protected} return converter: errno decides the exception. */
  public static class ComplexProtectedReturn extends CReturnConverter {
    public ComplexProtectedReturn() {
      type = "Py_complex";
      pythonType = Optional.of("complex");
    }

    @Override
    public void render(FunctionContext function, CRenderData data) {
      declare(data);
      data.returnConversion.add(
          snippets().render("cpython", "complex_protected_return", ImmutableMap.of()));
    }
  }

  /** _lzma's {@code lzma_filter}: frees the filter options unless unset. */
  public static class LzmaFilter extends CConverter {
    public LzmaFilter() {
      pythonType = Optional.of("collections.abc.Mapping[str, typing.Any]");
    }

    @Override
    public String cleanup() {
      return "if (" + name() + ".id != LZMA_VLI_UNKNOWN)\n   PyMem_Free(" + name() + ".options);\n";
    }
  }

  /** _struct's {@code cache_struct}: its converter takes the module. */
  public static class CacheStruct extends CConverter {
    public CacheStruct() {
      pythonType = Optional.of("str | bytes");
    }

    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      return snippetIn(
          "cpython",
          "converter_with_context",
          argname,
          "converter",
          converter.orElse(""),
          "ctx",
          "module");
    }

    @Override
    public String cleanup() {
      return "Py_XDECREF(" + name() + ");\n";
    }
  }

  /** winreg's {@code HKEY}: its converter takes the module state. */
  public static class Hkey extends CConverter {
    @Override
    public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
      return snippetIn(
          "cpython",
          "converter_with_context",
          argname,
          "converter",
          converter.orElse(""),
          "ctx",
          "_PyModule_GetState(module)");
    }
  }

  /** _testclinic's {@code custom_t}: a designated initializer naming the function. */
  public static class CustomT extends CConverter {
    @Override
    public void preRender() {
      cDefault =
          Optional.of(
              "{\n            .name = \"" + function().function().name() + "\",\n        }");
    }
  }

  /** binascii's {@code ascii_buffer}: releases the buffer (clinic indents by three spaces). */
  public static class AsciiBuffer extends CConverter {
    public AsciiBuffer() {
      pythonType = Optional.of("str | collections.abc.Buffer");
    }

    @Override
    public String cleanup() {
      return "if (" + name() + ".obj)\n   PyBuffer_Release(&" + name() + ");\n";
    }
  }

  /** unicodeobject's {@code Py_UCS4}: the default as a C character literal or a hex code. */
  public static class PyUcs4 extends CConverter {
    public PyUcs4() {
      pythonType = Optional.of("str");
    }

    @Override
    protected void converterInit(ConverterArgs args) {
      if (!(defaultValue instanceof PyValue.Unspecified)) {
        String ascii = PyValue.ascii(defaultValue);
        if (ascii.length() > 4 || ascii.charAt(0) != '\'') {
          if (!(defaultValue instanceof PyValue.Str s)
              || s.value().codePointCount(0, s.value().length()) != 1) {
            throw args.fail("ord() expected a character, but got " + defaultValue.repr());
          }
          ascii = "0x" + Integer.toHexString(s.value().codePointAt(0));
        }
        cDefault = Optional.of(ascii);
      }
    }
  }

  /** Return converters that declare, check one thing and convert with one line. */
  public static class SimpleReturn extends CReturnConverter {
    /** What signals an error. */
    public enum Check {
      NONE,
      EXPRESSION,
      NULL_POINTER
    }

    private final Check check;
    private final String expression;
    private final String conversion;

    public SimpleReturn(Check check, String expression, String conversion) {
      this.check = check;
      this.expression = expression;
      this.conversion = conversion;
    }

    @Override
    public void render(FunctionContext function, CRenderData data) {
      declare(data);
      if (check == Check.EXPRESSION) {
        errOccurredIf(expression, data);
      } else if (check == Check.NULL_POINTER) {
        errOccurredIfNullPointer("_return_value", data);
      }
      data.returnConversion.add(conversion);
    }
  }

  /** _winapi's {@code HANDLE} return converter: NULL returns None. */
  public static class WinapiHandleReturn extends CReturnConverter {
    @Override
    public void render(FunctionContext function, CRenderData data) {
      declare(data);
      errOccurredIf("_return_value == INVALID_HANDLE_VALUE", data);
      data.returnConversion.add("if (_return_value == NULL) {\n    Py_RETURN_NONE;\n}\n");
      data.returnConversion.add("return_value = HANDLE_TO_PYNUM(_return_value);\n");
    }
  }

  /** msvcrt's {@code byte_char}: the impl writes into a one-byte buffer. */
  public static class ByteCharReturn extends CReturnConverter {
    @Override
    public void render(FunctionContext function, CRenderData data) {
      data.declarations.add("char s[1];");
      data.returnValue = "s[0]";
      data.returnConversion.add("return_value = PyBytes_FromStringAndSize(s, 1);\n");
    }
  }
}
