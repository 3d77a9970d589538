package org.argclinic.resolve;

import static com.google.common.truth.Truth.assertThat;
import static org.argclinic.resolve.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.Expr;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Position;
import org.junit.jupiter.api.Test;

/** Argument validation, defaults and rendering of the standard converters. */
class ResolveTest {
  private final ConverterRegistry reg = ConverterRegistry.standard();

  private CConverter resolve(Parameter p) throws DiagnosticException {
    return reg.resolve(function("f"), p);
  }

  private Diagnostic error(Parameter p) {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> resolve(p));
    assertThat(e.diagnostics()).hasSize(1);
    return e.diagnostics().get(0);
  }

  private static final Position CONV = POS;
  private static final Position DEFAULT = Position.of(3, 20);

  private void assertError(Parameter p, Position at, String message) {
    Diagnostic d = error(p);
    assertThat(d.message()).isEqualTo(message);
    assertThat(d.path()).isEqualTo("test.c");
    assertThat(d.line()).isEqualTo(at.line());
    assertThat(d.column()).isEqualTo(at.column());
    assertThat(d.isError()).isTrue();
  }

  @Test
  void unknownConverter() {
    assertError(
        param("a", ref("integer")),
        CONV,
        "'integer' is not a valid converter ('argclinic converters' lists them all)");
    assertError(
        param("a", ref("lnog")),
        CONV,
        "'lnog' is not a valid converter; did you mean 'long'? ('argclinic converters' lists them"
            + " all)");
  }

  @Test
  void unknownLegacyConverter() {
    assertError(
        param("a", legacy("O!")),
        CONV,
        "'O!' is not a valid legacy converter; did you mean 'O'? ('argclinic converters' lists them"
            + " all)");
  }

  @Test
  void illegalAccept() {
    assertError(
        param("a", ref("int", "accept", types("float"))),
        CONV,
        "int_converter: illegal 'accept' argument {float}; the legal forms are int,"
            + " int(accept={str}) or int(type='T')");
    assertError(
        param("a", ref("bool", "accept", types("str"))),
        CONV,
        "bool_converter: illegal 'accept' argument {str}; the legal forms are bool or"
            + " bool(accept={int})");
    assertError(
        param("a", ref("Py_ssize_t", "accept", types("str"))),
        CONV,
        "Py_ssize_t_converter: illegal 'accept' argument {str}; the legal forms are Py_ssize_t,"
            + " Py_ssize_t(accept={int, NoneType}) or Py_ssize_t(allow_negative=False)");
    assertError(
        param("a", ref("slice_index", "accept", types("NoneType"))),
        CONV,
        "slice_index_converter: illegal 'accept' argument {NoneType}; the legal forms are"
            + " slice_index or slice_index(accept={int})");
  }

  @Test
  void strIllegalCombination() {
    assertError(
        param("a", ref("str", "accept", types("bytes"))),
        CONV,
        "str_converter: illegal combination of arguments (accept={bytes}); 'argclinic converters"
            + " --verbose' lists the 10 legal forms of str");
    assertError(
        param("a", ref("str", "accept", types("robuffer", "str"), "encoding", str("x"))),
        CONV,
        "str_converter: illegal combination of arguments (accept={robuffer, str},"
            + " encoding); 'argclinic converters --verbose' lists the 10 legal forms of str");
  }

  @Test
  void strEncodingRejectsDefaults() {
    assertError(
        param("a", ref("str", "encoding", str("utf-8")), dflt("'x'", str("x"))),
        CONV,
        "str_converter: Argument Clinic doesn't support default values for encoded strings");
  }

  @Test
  void strFormatUnits() throws DiagnosticException {
    assertThat(resolve(param("a", ref("str"))).formatUnit()).isEqualTo("s");
    assertThat(resolve(param("a", ref("str", "encoding", str("utf-8")))).formatUnit())
        .isEqualTo("es");
    assertThat(
            resolve(param("a", ref("str", "encoding", str("utf-8"), "zeroes", bool(true))))
                .formatUnit())
        .isEqualTo("es#");
    assertThat(
            resolve(
                    param(
                        "a",
                        ref(
                            "str",
                            "encoding",
                            str("utf-8"),
                            "accept",
                            types("bytes", "bytearray", "str"))))
                .formatUnit())
        .isEqualTo("et");
    assertThat(
            resolve(
                    param(
                        "a",
                        ref(
                            "str",
                            "encoding",
                            str("utf-8"),
                            "accept",
                            types("str", "bytes", "bytearray"),
                            "zeroes",
                            bool(true))))
                .formatUnit())
        .isEqualTo("et#");
    assertThat(resolve(param("a", ref("str", "accept", types("robuffer")))).formatUnit())
        .isEqualTo("y");
    assertThat(
            resolve(param("a", ref("str", "accept", types("robuffer"), "zeroes", bool(true))))
                .formatUnit())
        .isEqualTo("y#");
    assertThat(
            resolve(
                    param(
                        "a", ref("str", "accept", types("str", "robuffer"), "zeroes", bool(true))))
                .formatUnit())
        .isEqualTo("s#");
    assertThat(resolve(param("a", ref("str", "accept", types("NoneType", "str")))).formatUnit())
        .isEqualTo("z");
    assertThat(
            resolve(
                    param(
                        "a",
                        ref(
                            "str",
                            "accept",
                            types("NoneType", "str", "robuffer"),
                            "zeroes",
                            bool(true))))
                .formatUnit())
        .isEqualTo("z#");
    CConverter es = resolve(param("a", ref("str", "encoding", str("utf-8"))));
    assertThat(es.type()).isEqualTo("char *");
    assertThat(es.cDefault()).hasValue("NULL");
    assertThat(es.encoding()).hasValue("utf-8");
  }

  @Test
  void legacyUnitsMapToConverters() throws DiagnosticException {
    String[][] table = {
      {"p", "bool_converter", "p"},
      {"c", "char_converter", "c"},
      {"b", "unsigned_char_converter", "b"},
      {"B", "unsigned_char_converter", "B"},
      {"h", "short_converter", "h"},
      {"i", "int_converter", "i"},
      {"C", "int_converter", "C"},
      {"l", "long_converter", "l"},
      {"L", "long_long_converter", "L"},
      {"f", "float_converter", "f"},
      {"d", "double_converter", "d"},
      {"D", "Py_complex_converter", "D"},
      {"O", "object_converter", "O"},
      {"s", "str_converter", "s"},
      {"s#", "str_converter", "s#"},
      {"y", "str_converter", "y"},
      {"y#", "str_converter", "y#"},
      {"z", "str_converter", "z"},
      {"z#", "str_converter", "z#"},
      {"S", "PyBytesObject_converter", "S"},
      {"Y", "PyByteArrayObject_converter", "Y"},
      {"U", "unicode_converter", "U"},
      {"u", "Py_UNICODE_converter", "O&"},
      {"u#", "Py_UNICODE_converter", "u#"},
      {"Z", "Py_UNICODE_converter", "O&"},
      {"Z#", "Py_UNICODE_converter", "Z#"},
      {"y*", "Py_buffer_converter", "y*"},
      {"s*", "Py_buffer_converter", "s*"},
      {"z*", "Py_buffer_converter", "z*"},
      {"w*", "Py_buffer_converter", "w*"}
    };
    for (String[] row : table) {
      CConverter c = resolve(param("a", legacy(row[0])));
      assertThat(c.className()).isEqualTo(row[1]);
      assertThat(c.formatUnit()).isEqualTo(row[2]);
    }
    for (String absent :
        new String[] {"es", "es#", "et", "et#", "O&", "O!", "n", "k", "K", "H", "I"}) {
      assertThat(reg.legacyConverter(absent)).isEmpty();
    }
  }

  @Test
  void unexpectedKeywordArgument() {
    assertError(
        param("a", ref("int", "bitwise", bool(true))),
        CONV,
        "converter 'int' takes no argument 'bitwise'; it takes accept={int}, type=None,"
            + " c_default, py_default, unused ('argclinic converters --verbose' lists each"
            + " converter's arguments)");
    assertError(
        param("a", ref("int", "acept", types("str"))),
        CONV,
        "converter 'int' takes no argument 'acept'; did you mean 'accept'? It takes"
            + " accept={int}, type=None, c_default, py_default, unused ('argclinic converters"
            + " --verbose' lists each converter's arguments)");
  }

  @Test
  void annotationIsRejected() {
    assertError(
        param("a", ref("int", "annotation", str("x"))),
        CONV,
        "The 'annotation' parameter is not currently permitted.");
  }

  @Test
  void objectConverterAndSubclassOf() {
    assertError(
        param("a", ref("object", "converter", str("c"), "subclass_of", str("&T"))),
        CONV,
        "object: Cannot pass in both 'converter' and 'subclass_of'");
  }

  @Test
  void defaultOfWrongType() {
    assertError(
        param("a", ref("int"), dflt("'x'", str("x"))),
        DEFAULT,
        "int_converter: default value 'x' for field 'a' is not of type 'int'");
    assertError(
        param("a", ref("double"), dflt("0", integer(0))),
        DEFAULT,
        "double_converter: default value 0 for field 'a' is not of type 'float'");
    assertError(
        param("a", ref("str"), dflt("1", integer(1))),
        DEFAULT,
        "str_converter: default value 1 for field 'a' is not of type 'str, Null, NoneType'");
    assertError(
        param("a", ref("bool"), dflt("1", integer(1))),
        DEFAULT,
        "bool_converter: default value 1 for field 'a' is not of type 'bool'");
  }

  @Test
  void charDefaultMustBeOneByte() {
    assertError(
        param("a", ref("char"), dflt("b'ab'", new Expr.Bytes("ab"))),
        CONV,
        "char_converter: illegal default value b'ab'");
  }

  @Test
  void pyBufferDefaultMustBeNone() {
    assertError(
        param("a", ref("Py_buffer"), dflt("b''", new Expr.Bytes(""))),
        CONV,
        "The only legal default value for Py_buffer is None.");
  }

  @Test
  void unsupportedDefaults() {
    assertError(
        param(
            "a",
            ref("object"),
            dflt("f(x)", new Expr.Call(name("f"), ImmutableList.of(name("x"))))),
        DEFAULT,
        "Unsupported expression as default value: 'f(x)'");
    assertError(
        param("a", ref("int"), dflt("sys.maxsize", new Expr.Attribute(name("sys"), "maxsize"))),
        DEFAULT,
        "When you specify a named constant ('sys.maxsize') as your default value, "
            + "you MUST specify a valid c_default.");
    assertError(
        param("a", ref("int"), dflt("1 << 3", new Expr.Binary("<<", integer(1), integer(3)))),
        DEFAULT,
        "When you specify an expression ('1 << 3') as your default value, "
            + "you MUST specify a valid c_default.");
    assertError(
        param("a", ref("object"), dflt("FOO", name("FOO"))),
        DEFAULT,
        "When you specify a named constant ('FOO') as your default value, "
            + "you MUST specify a valid c_default.");
    assertError(
        param("a", ref("int", "py_default", str("3"))),
        CONV,
        "You can't specify py_default without specifying a default value!");
    assertError(
        param("a", ref("object", "c_default", str("X")), dflt("unspecified", name("unspecified"))),
        DEFAULT,
        "'unspecified' is not a legal default value!");
  }

  @Test
  void defaultsBecomeCAndPythonText() throws DiagnosticException {
    CConverter c = resolve(param("a", ref("object"), dflt("None", new Expr.None())));
    assertThat(c.cDefault()).hasValue("Py_None");
    assertThat(c.pyDefault()).hasValue("None");
    c = resolve(param("a", ref("object"), dflt("NULL", name("NULL"))));
    assertThat(c.cDefault()).hasValue("NULL");
    assertThat(c.pyDefault()).hasValue("<unrepresentable>");
    assertThat(c.defaultValue()).isEqualTo(PyValue.NULL);
    c = resolve(param("a", ref("int"), dflt("-1", new Expr.Unary("-", integer(1)))));
    assertThat(c.cDefault()).hasValue("-1");
    c = resolve(param("a", ref("int"), dflt("0x10", integer(16))));
    assertThat(c.pyDefault()).hasValue("16");
    c = resolve(param("a", ref("double"), dflt("1e-5", new Expr.Float(1e-5, "1e-5"))));
    assertThat(c.pyDefault()).hasValue("1e-05");
    c = resolve(param("a", ref("double"), dflt("1e3", new Expr.Float(1e3, "1e3"))));
    assertThat(c.cDefault()).hasValue("1000.0");
    c = resolve(param("a", ref("str"), dflt("'it''s'", str("it's"))));
    assertThat(c.pyDefault()).hasValue("\"it's\"");
    assertThat(c.cDefault()).hasValue("\"it's\"");
    c =
        resolve(
            param(
                "a",
                ref("Py_ssize_t", "c_default", str("PY_SSIZE_T_MAX")),
                dflt("sys.maxsize", new Expr.Attribute(name("sys"), "maxsize"))));
    assertThat(c.cDefault()).hasValue("PY_SSIZE_T_MAX");
    assertThat(c.pyDefault()).hasValue("sys.maxsize");
    c =
        resolve(
            param(
                "a",
                ref("object", "c_default", str("NULL"), "py_default", str("<x>")),
                dflt("x", name("x"))));
    assertThat(c.pyDefault()).hasValue("<x>");
    assertThat(c.defaultValue()).isEqualTo(PyValue.UNKNOWN);
    c =
        resolve(
            param(
                "a",
                ref("str", "accept", types("str", "NoneType")),
                dflt("None", new Expr.None())));
    assertThat(c.cDefault()).hasValue("NULL");
  }

  @Test
  void boolDefaultsAsClinicWritesThem() throws DiagnosticException {
    CConverter c = resolve(param("a", ref("bool"), dflt("True", bool(true))));
    assertThat(c.cDefault()).hasValue("1");
    c = resolve(param("a", ref("bool", "c_default", str("-2")), dflt("True", bool(true))));
    assertThat(c.cDefault()).hasValue("-2");
    c = resolve(param("a", ref("bool"), dflt("False", bool(false))));
    assertThat(c.cDefault()).hasValue("0");
  }

  @Test
  void charDefaultsAsClinicWritesThem() throws DiagnosticException {
    String[][] table = {
      {"A", "'A'"},
      {"\u0007", "'\\x07'"},
      {"\t", "'\\t'"},
      {"\"", "'\"'"},
      {"'", "'\\''"},
      {"\\", "'\\\\'"},
      {"\0", "'\\x00'"},
      {"\u00ff", "'\\xff'"}
    };
    for (String[] row : table) {
      CConverter c = resolve(param("a", ref("char"), dflt("b'?'", new Expr.Bytes(row[0]))));
      assertThat(c.cDefault()).hasValue(row[1]);
    }
  }

  @Test
  void varargGetsNullDefault() throws DiagnosticException {
    CConverter c =
        resolve(param("args", ref("object"), Optional.empty(), ParameterKind.VAR_POSITIONAL));
    assertThat(c.defaultValue()).isEqualTo(PyValue.NULL);
    assertThat(c.cDefault()).hasValue("NULL");
    assertThat(c.parserName()).isEqualTo("__clinic_args");
  }

  @Test
  void cKeywordsAreRenamed() throws DiagnosticException {
    CConverter c = resolve(param("default", ref("object")));
    assertThat(c.name()).isEqualTo("default_value");
    assertThat(c.pyName()).isEqualTo("default");
  }

  @Test
  void renderBufferWithCleanup() throws DiagnosticException {
    Parameter p = param("data", ref("Py_buffer"));
    CConverter c = resolve(p);
    CRenderData d = new CRenderData();
    c.render(p, d);
    assertThat(d.declarations).containsExactly("Py_buffer data = {NULL, NULL};");
    assertThat(d.implParameters).containsExactly("Py_buffer *data");
    assertThat(d.implArguments).containsExactly("&data");
    assertThat(d.keywords).containsExactly("");
    assertThat(d.formatUnits).containsExactly("y*");
    assertThat(d.parseArguments).containsExactly("&data");
    assertThat(d.cleanup)
        .containsExactly(
            "/* Cleanup for data */\nif (data.obj) {\n   PyBuffer_Release(&data);\n}\n");
  }

  @Test
  void renderOptionalKeywordOnlyWithLength() throws DiagnosticException {
    Parameter p =
        param(
            "s",
            ref("str", "accept", types("str", "robuffer"), "zeroes", bool(true)),
            dflt("''", str("")),
            ParameterKind.KEYWORD_ONLY);
    CConverter c = resolve(p);
    CRenderData d = new CRenderData();
    c.render(p, d);
    assertThat(d.declarations).containsExactly("const char *s = \"\";\nPy_ssize_t s_length;");
    assertThat(d.formatUnits).containsExactly("|", "$", "s#").inOrder();
    assertThat(d.keywords).containsExactly("s");
    assertThat(d.parseArguments).containsExactly("&s", "&s_length").inOrder();
    assertThat(d.implParameters).containsExactly("const char *s", "Py_ssize_t s_length").inOrder();
  }

  @Test
  void groupUsesIgnoredDefault() throws DiagnosticException {
    Parameter p =
        new Parameter(
            "x",
            "x",
            ParameterKind.POSITIONAL_ONLY,
            ref("int"),
            Optional.empty(),
            1,
            "",
            Optional.empty(),
            Optional.empty(),
            POS);
    CConverter c = resolve(p);
    CRenderData d = new CRenderData();
    c.render(p, d);
    assertThat(d.declarations).containsExactly("int x = 0;");
  }

  @Test
  void encodedStringIsFreedAfterParsing() throws DiagnosticException {
    Parameter p = param("a", ref("str", "encoding", str("idna")));
    CConverter c = resolve(p);
    CRenderData d = new CRenderData();
    c.render(p, d);
    assertThat(d.postParsing).containsExactly("/* Post parse cleanup for a */\nPyMem_FREE(a);\n");
    assertThat(d.parseArguments).containsExactly("\"idna\"", "&a").inOrder();
  }

  @Test
  void includesFollowClinic() throws DiagnosticException {
    CConverter c = resolve(param("a", ref("unsigned_int")));
    assertThat(c.includes()).isEmpty();
    c.parseArg("arg", "argument", false);
    assertThat(c.includes())
        .containsExactly(Include.of("pycore_long.h", "_PyLong_UnsignedInt_Converter()"));
    c = resolve(param("a", ref("Py_buffer")));
    c.parseArg("arg", "argument", false);
    assertThat(c.includes())
        .containsExactly(Include.of("pycore_modsupport.h", "_PyArg_BadArgument()"));
    c = resolve(param("a", ref("Py_ssize_t")));
    c.parseArg("arg", "argument", true);
    assertThat(c.includes()).isEmpty();
    c.parseArg("arg", "argument", false);
    assertThat(c.includes()).containsExactly(Include.of("pycore_abstract.h", "_PyNumber_Index()"));
  }

  @Test
  void selfConverterFollowsFunctionKind() {
    CConverter self = reg.automaticSelf(function("f"));
    self.preRender();
    assertThat(self.name()).isEqualTo("module");
    assertThat(self.type()).isEqualTo("PyObject *");
    CConverter cls = reg.automaticSelf(function("f", FunctionKind.CLASSMETHOD));
    cls.preRender();
    assertThat(cls.name()).isEqualTo("type");
    assertThat(cls.type()).isEqualTo("PyTypeObject *");
    CConverter st = reg.automaticSelf(function("f", FunctionKind.STATICMETHOD));
    st.preRender();
    assertThat(st.showInSignature()).isFalse();
    assertThat(st.signatureName()).hasValue("null");
  }

  @Test
  void cloneOfNewKeepsTheOriginalSelfName() {
    CConverter self =
        reg.automaticSelf(
            function("depr_star_new_clone", FunctionKind.METHOD),
            function("__new__", FunctionKind.NEW));
    self.preRender();
    assertThat(self.name()).isEqualTo("type");
    assertThat(self.type()).isEqualTo("PyObject *");
  }

  @Test
  void returnConverters() throws DiagnosticException {
    CReturnConverter obj = reg.resolveReturn(function("f"));
    assertThat(obj.type()).isEqualTo("PyObject *");
    CReturnConverter init = reg.resolveReturn(function("__init__", FunctionKind.INIT));
    assertThat(init.type()).isEqualTo("int");
    CReturnConverter ui =
        reg.resolveReturn(withReturn("f", FunctionKind.PLAIN, ref("unsigned_int")));
    CRenderData d = new CRenderData();
    ui.render(function("f"), d);
    assertThat(d.declarations).containsExactly("unsigned int _return_value;");
    assertThat(d.returnConversion)
        .containsExactly(
            "if ((_return_value == (unsigned int)-1) && PyErr_Occurred()) {\n    goto exit;\n}\n",
            "return_value = PyLong_FromUnsignedLong((unsigned long)_return_value);\n")
        .inOrder();
    assertThat(d.returnValue).isEqualTo("_return_value");
  }

  @Test
  void returnConverterErrors() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> reg.resolveReturn(withReturn("f", FunctionKind.PLAIN, ref("str"))));
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo("No available return converter called 'str'");
    e =
        assertThrows(
            DiagnosticException.class,
            () -> reg.resolveReturn(withReturn("f", FunctionKind.PLAIN, legacy("i"))));
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo("Legacy converter 'i' not allowed as a return converter");
    e =
        assertThrows(
            DiagnosticException.class,
            () -> reg.resolveReturn(withReturn("__init__", FunctionKind.INIT, ref("int"))));
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo("__init__ methods cannot define a return type");
    e =
        assertThrows(
            DiagnosticException.class,
            () -> reg.resolveReturn(withReturn("g", FunctionKind.GETTER, ref("int"))));
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo("@getter method cannot define a return type");
  }

  @Test
  void describeListsEveryKind() {
    var rows = reg.describe();
    assertThat(rows)
        .contains(
            new ConverterRegistry.Description(
                "converter", "str", "accept={str}, encoding=None, zeroes=False", "builtin"));
    assertThat(rows)
        .contains(
            new ConverterRegistry.Description(
                "legacy", "'z#'", "str(accept={robuffer, str, NoneType}, zeroes=True)", "builtin"));
    assertThat(rows).contains(new ConverterRegistry.Description("legacy", "'i'", "int", "builtin"));
    assertThat(rows).contains(new ConverterRegistry.Description("return", "size_t", "", "builtin"));
    long converters =
        rows.stream()
            .filter(r -> r.kind().equals("converter") && r.origin().equals("builtin"))
            .count();
    long legacies = rows.stream().filter(r -> r.kind().equals("legacy")).count();
    long returns = rows.stream().filter(r -> r.kind().equals("return")).count();
    // 3.13's 28 and CPython 3.15's uint8, uint16, uint32, uint64
    assertThat(converters).isEqualTo(32);
    assertThat(legacies).isEqualTo(30);
    assertThat(returns).isEqualTo(10);
    assertThat(rows)
        .contains(
            new ConverterRegistry.Description(
                "port", "path_t_converter", "posixmodule.c", "cpython"));
  }

  @Test
  void thirdPartyProviderIsLoaded() throws DiagnosticException {
    assertThat(reg.describe())
        .contains(
            new ConverterRegistry.Description("converter", "thirdparty_u8", "", "thirdparty"));
    CConverter c = resolve(param("x", ref("thirdparty_u8")));
    assertThat(c.type()).isEqualTo("uint8_t");
    assertThat(c.className()).isEqualTo("thirdparty_u8_converter");
    assertThat(c.parseArg("arg", "argument", false))
        .hasValue(
            "x = PyLong_AsUnsignedLong(arg);\n"
                + "if (x == (uint8_t)-1 && PyErr_Occurred()) {{\n"
                + "    goto exit;\n"
                + "}}");
  }
}
