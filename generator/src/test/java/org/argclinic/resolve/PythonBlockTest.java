package org.argclinic.resolve;

import static com.google.common.truth.Truth.assertThat;
import static org.argclinic.resolve.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Expr;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Position;
import org.argclinic.model.PythonBlock;
import org.argclinic.model.PythonBlock.ConverterClass;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * {@code [python input]} converter classes: attribute-only ones register directly, method-bearing
 * ones need a port; the "cpython" ports must write what CPython's generated files contain.
 */
class PythonBlockTest {
  static final Position CLASS_POS = Position.of(40, 1);

  static ConverterClass cls(String name, String base, Object... attrs) {
    return clsWithMethods(name, base, ImmutableList.of(), attrs);
  }

  static ConverterClass clsWithMethods(
      String name, String base, ImmutableList<String> methods, Object... attrs) {
    ImmutableMap.Builder<String, Expr> b = ImmutableMap.builder();
    for (int i = 0; i < attrs.length; i += 2) {
      Object v = attrs[i + 1];
      b.put((String) attrs[i], v instanceof String s ? new Expr.Str(s) : (Expr) v);
    }
    return new ConverterClass(name, base, b.buildOrThrow(), methods, CLASS_POS);
  }

  static PythonBlock block(ConverterClass... classes) {
    return new PythonBlock(ImmutableList.copyOf(classes), false, Position.of(39, 1));
  }

  static ConverterRegistry registry(String path, ConverterClass... classes)
      throws DiagnosticException {
    ConverterRegistry r = ConverterRegistry.standard();
    r.register(path, block(classes));
    return r;
  }

  static String corpus(String rel) throws IOException {
    return Files.readString(Corpus.tree().resolve(rel));
  }

  /** Renders one parameter and returns the data, as the emitter would. */
  static CRenderData render(CConverter c, Parameter p) {
    c.preRender();
    CRenderData d = new CRenderData();
    c.render(p, d);
    return d;
  }

  static String parse(CConverter c, String argname, String displayname, String fname) {
    return indent(finish(c.parseArg(argname, displayname, false).orElseThrow(), fname), 4);
  }

  @Test
  void attributeOnlyClassRegisters() throws Exception {
    ConverterRegistry r =
        registry(
            "Modules/posixmodule.c",
            cls(
                "Py_off_t_converter",
                "CConverter",
                "type",
                "Py_off_t",
                "converter",
                "Py_off_t_converter"));
    Parameter p = param("length", ref("Py_off_t"));
    CConverter c = r.resolve(function("truncate"), p);
    assertThat(c.className()).isEqualTo("Py_off_t_converter");
    assertThat(c.type()).isEqualTo("Py_off_t");
    assertThat(corpus("Modules/clinic/posixmodule.c.h"))
        .contains(parse(c, "args[1]", "argument 2", "truncate"));
    assertThat(render(c, p).declarations).containsExactly("Py_off_t length;");
  }

  @Test
  void attributeOnlySubclassOfStandardConverter() throws Exception {
    ConverterRegistry r =
        registry(
            "PC/winreg.c",
            cls("REGSAM_converter", "int_converter", "type", "REGSAM"),
            cls("DWORD_converter", "unsigned_long_converter", "type", "DWORD"));
    CConverter regsam = r.resolve(function("f"), param("access", ref("REGSAM")));
    assertThat(regsam.type()).isEqualTo("REGSAM");
    assertThat(regsam.formatUnit()).isEqualTo("i");
    CConverter dword = r.resolve(function("f"), param("n", ref("DWORD")));
    assertThat(dword.converter()).hasValue("_PyLong_UnsignedLong_Converter");
    assertThat(dword.className()).isEqualTo("DWORD_converter");
  }

  @Test
  void selfSubclassKeepsItsType() throws Exception {
    ConverterRegistry r =
        registry(
            "Objects/setobject.c",
            cls("setobject_converter", "self_converter", "type", "PySetObject *"));
    CConverter c = r.resolve(function("add", FunctionKind.METHOD), param("so", ref("setobject")));
    c.preRender();
    assertThat(c.type()).isEqualTo("PySetObject *");
  }

  @Test
  void formatUnitOfDeclaredClassBecomesLegacy() throws Exception {
    ConverterRegistry r =
        registry(
            "Modules/posixmodule.c",
            cls(
                "pid_t_converter",
                "CConverter",
                "type",
                "pid_t",
                "format_unit",
                "\" _Py_PARSE_PID \""));
    assertThat(r.legacyConverter("\" _Py_PARSE_PID \"")).isPresent();
    CConverter c = r.resolve(function("getpgid"), param("pid", ref("pid_t")));
    assertThat(c.parseArg("arg", "argument", false)).isEmpty();
  }

  @Test
  void methodsWithoutPortAreReported() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () ->
                registry(
                    "mod.c",
                    clsWithMethods(
                        "fancy_converter",
                        "CConverter",
                        ImmutableList.of("parse_arg"),
                        "type",
                        "int"),
                    cls("plain_converter", "CConverter", "type", "int"),
                    clsWithMethods(
                        "odd_return_converter", "CReturnConverter", ImmutableList.of("render"))));
    assertThat(e.diagnostics()).hasSize(2);
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo("converter fancy_converter defines methods and needs a Java port");
    assertThat(e.diagnostics().get(0).line()).isEqualTo(40);
    assertThat(e.diagnostics().get(0).path()).isEqualTo("mod.c");
    assertThat(e.diagnostics().get(1).message())
        .isEqualTo("converter odd_return_converter defines methods and needs a Java port");
  }

  @Test
  void unknownBaseIsReported() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> registry("mod.c", cls("x_converter", "nonesuch_converter")));
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo("name 'nonesuch_converter' is not defined");
  }

  @Test
  void portsAreTiedToTheirFile() {
    // _winapi's HANDLE_return_converter port does not apply to another file
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () ->
                registry(
                    "other.c",
                    clsWithMethods(
                        "HANDLE_return_converter",
                        "CReturnConverter",
                        ImmutableList.of("render"),
                        "type",
                        "HANDLE")));
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo("converter HANDLE_return_converter defines methods and needs a Java port");
  }

  @Test
  void posixPathAndDirFd() throws Exception {
    ConverterRegistry r =
        registry(
            "Modules/posixmodule.c",
            clsWithMethods(
                "path_t_converter",
                "CConverter",
                ImmutableList.of("converter_init", "pre_render", "cleanup"),
                "type",
                "path_t",
                "impl_by_reference",
                bool(true),
                "parse_by_reference",
                bool(true),
                "converter",
                "path_converter"),
            clsWithMethods(
                "dir_fd_converter",
                "CConverter",
                ImmutableList.of("converter_init"),
                "type",
                "int"));
    FunctionContext stat = function("stat");
    Parameter path = param("path", ref("path_t", "allow_fd", bool(true)));
    CConverter pc = r.resolve(stat, path);
    CRenderData d = render(pc, path);
    String h = corpus("Modules/clinic/posixmodule.c.h");
    assertThat(h).contains("    " + d.declarations.get(0) + "\n");
    assertThat(d.declarations.get(0))
        .isEqualTo("path_t path = PATH_T_INITIALIZE_P(\"stat\", \"path\", 0, 0, 0, 1);");
    assertThat(d.implParameters).containsExactly("path_t *path");
    assertThat(h).contains(indent(d.cleanup.get(0), 4));
    Parameter dirFd =
        param(
            "dir_fd",
            ref("dir_fd", "requires", str("fstatat")),
            dflt("None", new Expr.None()),
            ParameterKind.KEYWORD_ONLY);
    CConverter dc = r.resolve(stat, dirFd);
    assertThat(render(dc, dirFd).declarations).containsExactly("int dir_fd = DEFAULT_DIR_FD;");
    assertThat(h)
        .contains(
            indent(
                finish(dc.parseArg("args[1]", "argument 'dir_fd'", false).orElseThrow(), "stat"),
                8));
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> r.resolve(stat, param("p", ref("path_t"), dflt("'x'", str("x")))));
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo("Can't specify a default to the path_t converter!");
  }

  @Test
  void posixConfname() throws Exception {
    ConverterRegistry r =
        registry(
            "Modules/posixmodule.c",
            clsWithMethods(
                "confname_converter",
                "CConverter",
                ImmutableList.of("converter_init", "parse_arg"),
                "type",
                "int",
                "converter",
                "conv_confname"));
    CConverter c =
        r.resolve(
            function("fpathconf"), param("name", ref("confname", "table", str("pathconf_names"))));
    assertThat(corpus("Modules/clinic/posixmodule.c.h"))
        .contains(parse(c, "args[1]", "argument 2", "fpathconf"));
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> r.resolve(function("f"), param("name", ref("confname"))));
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo(
            "converter 'confname' needs its argument 'table' (the C array of names, e.g."
                + " confname(table='pathconf_names'))");
  }

  @Test
  void pidAndHandles() throws Exception {
    ConverterRegistry res =
        registry(
            "Modules/resource.c",
            clsWithMethods(
                "pid_t_converter",
                "CConverter",
                ImmutableList.of("parse_arg"),
                "type",
                "pid_t",
                "format_unit",
                "\" _Py_PARSE_PID \""));
    CConverter pid = res.resolve(function("prlimit"), param("pid", ref("pid_t")));
    assertThat(corpus("Modules/clinic/resource.c.h"))
        .contains(parse(pid, "args[0]", "argument 1", "prlimit"));

    ConverterRegistry ov =
        registry(
            "Modules/overlapped.c",
            clsWithMethods(
                "pointer_converter",
                "CConverter",
                ImmutableList.of("parse_arg"),
                "format_unit",
                "\"F_POINTER\""),
            cls("HANDLE_converter", "pointer_converter", "type", "HANDLE"),
            clsWithMethods(
                "ULONG_PTR_converter",
                "pointer_converter",
                ImmutableList.of("parse_arg"),
                "type",
                "ULONG_PTR"));
    String h = corpus("Modules/clinic/overlapped.c.h");
    CConverter handle =
        ov.resolve(function("CreateIoCompletionPort"), param("FileHandle", ref("HANDLE")));
    assertThat(handle.type()).isEqualTo("HANDLE");
    assertThat(h).contains(parse(handle, "args[0]", "argument 1", "CreateIoCompletionPort"));
    CConverter key =
        ov.resolve(function("CreateIoCompletionPort"), param("CompletionKey", ref("ULONG_PTR")));
    assertThat(h).contains(parse(key, "args[2]", "argument 3", "CreateIoCompletionPort"));
    // a ported class still inherits its Python base's attributes
    assertThat(key.formatUnit()).isEqualTo("\"F_POINTER\"");
    List<String> args = new ArrayList<>();
    key.parseArgument(args);
    assertThat(args).containsExactly("&CompletionKey");

    ConverterRegistry ms =
        registry(
            "PC/msvcrtmodule.c",
            clsWithMethods(
                "HANDLE_converter",
                "CConverter",
                ImmutableList.of("parse_arg"),
                "type",
                "void *",
                "format_unit",
                "\"_Py_PARSE_UINTPTR\""));
    CConverter mh = ms.resolve(function("open_osfhandle"), param("handle", ref("HANDLE")));
    assertThat(corpus("PC/clinic/msvcrtmodule.c.h"))
        .contains(parse(mh, "args[0]", "argument 1", "open_osfhandle"));
  }

  @Test
  void contextConverters() throws Exception {
    ConverterRegistry st =
        registry(
            "Modules/_struct.c",
            clsWithMethods(
                "cache_struct_converter",
                "CConverter",
                ImmutableList.of("parse_arg", "cleanup"),
                "type",
                "PyStructObject *",
                "converter",
                "cache_struct_converter",
                "c_default",
                "NULL",
                "broken_limited_capi",
                bool(true)));
    Parameter p =
        param(
            "format",
            new ConverterRef(
                "cache_struct", false, ImmutableMap.of(), ImmutableMap.of(), false, POS));
    p =
        new Parameter(
            "format",
            "s_object",
            ParameterKind.POSITIONAL_ONLY,
            p.converter(),
            Optional.empty(),
            0,
            "",
            Optional.empty(),
            Optional.empty(),
            POS);
    CConverter cs = st.resolve(function("calcsize"), p);
    assertThat(cs.brokenLimitedCapi()).isTrue();
    String h = corpus("Modules/clinic/_struct.c.h");
    assertThat(h).contains(parse(cs, "arg", "argument", "calcsize"));
    assertThat(render(cs, p).declarations).containsExactly("PyStructObject *s_object = NULL;");
    assertThat(h).contains(indent(render(cs, p).cleanup.get(0), 4));

    ConverterRegistry wr =
        registry(
            "PC/winreg.c",
            clsWithMethods(
                "HKEY_converter",
                "CConverter",
                ImmutableList.of("parse_arg"),
                "type",
                "HKEY",
                "converter",
                "clinic_HKEY_converter",
                "broken_limited_capi",
                bool(true)));
    CConverter hk = wr.resolve(function("ConnectRegistry"), param("key", ref("HKEY")));
    assertThat(corpus("PC/clinic/winreg.c.h")).contains(parse(hk, "args[1]", "argument 2", "x"));
  }

  @Test
  void cleanupsAndDefaults() throws Exception {
    ConverterRegistry bin =
        registry(
            "Modules/binascii.c",
            clsWithMethods(
                "ascii_buffer_converter",
                "CConverter",
                ImmutableList.of("cleanup"),
                "type",
                "Py_buffer",
                "converter",
                "ascii_buffer_converter",
                "impl_by_reference",
                bool(true),
                "c_default",
                "{NULL, NULL}"));
    Parameter data = param("data", ref("ascii_buffer"));
    CConverter ab = bin.resolve(function("a2b_uu"), data);
    CRenderData d = render(ab, data);
    String h = corpus("Modules/clinic/binascii.c.h");
    assertThat(h).contains(indent(d.cleanup.get(0), 4));
    assertThat(h).contains("    " + d.declarations.get(0) + "\n");

    ConverterRegistry uni =
        registry(
            "Objects/unicodeobject.c",
            clsWithMethods(
                "Py_UCS4_converter",
                "CConverter",
                ImmutableList.of("converter_init"),
                "type",
                "Py_UCS4",
                "converter",
                "convert_uc"));
    Parameter fill = param("fillchar", ref("Py_UCS4"), dflt("' '", str(" ")));
    assertThat(render(uni.resolve(function("center"), fill), fill).declarations)
        .containsExactly("Py_UCS4 fillchar = ' ';");
    Parameter odd = param("c", ref("Py_UCS4"), dflt("'\\u20ac'", str("\u20ac")));
    assertThat(uni.resolve(function("f"), odd).cDefault()).hasValue("0x20ac");

    ConverterRegistry tc =
        registry(
            "Modules/_testclinic.c",
            clsWithMethods(
                "custom_t_converter",
                "CConverter",
                ImmutableList.of("pre_render"),
                "type",
                "custom_t",
                "converter",
                "custom_converter"));
    Parameter path = param("path", ref("custom_t"));
    CRenderData cd = render(tc.resolve(function("clone_with_conv_f1"), path), path);
    assertThat(corpus("Modules/clinic/_testclinic.c.h"))
        .contains(indent(cd.declarations.get(0), 4));
  }

  @Test
  void cmathProtected() throws Exception {
    ConverterRegistry r =
        registry(
            "Modules/cmathmodule.c",
            clsWithMethods(
                "Py_complex_protected_converter",
                "Py_complex_converter",
                ImmutableList.of("modify")),
            clsWithMethods(
                "Py_complex_protected_return_converter",
                "CReturnConverter",
                ImmutableList.of("render"),
                "type",
                "Py_complex"));
    Parameter z = param("z", ref("Py_complex_protected"));
    CRenderData d = render(r.resolve(function("acos"), z), z);
    CReturnConverter ret =
        r.resolveReturn(withReturn("acos", FunctionKind.PLAIN, ref("Py_complex_protected")));
    ret.render(function("acos"), d);
    assertThat(d.declarations)
        .containsExactly("Py_complex z;", "Py_complex _return_value;")
        .inOrder();
    String h = corpus("Modules/clinic/cmathmodule.c.h");
    assertThat(h).contains(indent(d.modifications.get(0), 4));
    assertThat(h).contains(indent(d.returnConversion.get(0), 4));
  }

  @Test
  void winregReturnConverters() throws Exception {
    ConverterRegistry r =
        registry(
            "PC/winreg.c",
            clsWithMethods(
                "HKEY_return_converter",
                "CReturnConverter",
                ImmutableList.of("render"),
                "type",
                "HKEY"),
            clsWithMethods(
                "self_return_converter",
                "CReturnConverter",
                ImmutableList.of("render"),
                "type",
                "PyHKEYObject *"));
    String h = corpus("PC/clinic/winreg.c.h");
    CRenderData d = new CRenderData();
    r.resolveReturn(withReturn("ConnectRegistry", FunctionKind.PLAIN, ref("HKEY")))
        .render(function("ConnectRegistry"), d);
    assertThat(d.declarations).containsExactly("HKEY _return_value;");
    assertThat(h).contains(indent(String.join("", d.returnConversion), 4));
    CRenderData s = new CRenderData();
    r.resolveReturn(withReturn("__enter__", FunctionKind.METHOD, ref("self")))
        .render(function("__enter__"), s);
    assertThat(s.declarations).containsExactly("PyHKEYObject *_return_value;");
    assertThat(h).contains(indent(String.join("", s.returnConversion), 4));
  }

  @Test
  void winapiSyntheticClasses() throws Exception {
    ConverterRegistry r =
        registry(
            "Modules/_winapi.c",
            cls("LPCWSTR_converter", "Py_UNICODE_converter", "type", "LPCWSTR"),
            clsWithMethods(
                "DWORD_return_converter",
                "CReturnConverter",
                ImmutableList.of("render"),
                "type",
                "DWORD"));
    CConverter h = r.resolve(function("CloseHandle"), param("handle", ref("HANDLE")));
    assertThat(h.formatUnit()).isEqualTo("\" F_HANDLE \"");
    assertThat(h.parseArg("arg", "argument", false)).isEmpty();
    assertThat(r.resolve(function("f"), param("x", ref("DWORD"))).formatUnit()).isEqualTo("k");
    assertThat(r.resolve(function("f"), param("x", ref("LPCWSTR"))).type()).isEqualTo("LPCWSTR");
    CRenderData d = new CRenderData();
    r.resolveReturn(withReturn("GetLastError", FunctionKind.PLAIN, ref("DWORD")))
        .render(function("GetLastError"), d);
    assertThat(corpus("Modules/clinic/_winapi.c.h"))
        .contains(indent(String.join("", d.returnConversion), 4));
  }

  @Test
  void posixReturnConverterSubclass() throws Exception {
    ConverterRegistry r =
        registry(
            "Modules/posixmodule.c",
            cls(
                "dev_t_return_converter",
                "unsigned_long_return_converter",
                "type",
                "dev_t",
                "conversion_fn",
                "_PyLong_FromDev",
                "unsigned_cast",
                "(dev_t)"));
    CRenderData d = new CRenderData();
    r.resolveReturn(withReturn("makedev", FunctionKind.PLAIN, ref("dev_t")))
        .render(function("makedev"), d);
    assertThat(d.declarations).containsExactly("dev_t _return_value;");
    assertThat(corpus("Modules/clinic/posixmodule.c.h"))
        .contains(indent(String.join("", d.returnConversion), 4));
  }
}
