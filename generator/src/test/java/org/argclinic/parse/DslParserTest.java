package org.argclinic.parse;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.BlockModel;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Decorator;
import org.argclinic.model.Expr;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Position;
import org.argclinic.model.PythonBlock;
import org.argclinic.model.Statement;
import org.argclinic.model.Version;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.junit.jupiter.api.Test;

/** What the parser accepts, and the model it builds. */
class DslParserTest {

  private static FileModel parse(String... blocks) throws Exception {
    StringBuilder text = new StringBuilder("#include \"Python.h\"\n");
    for (String b : blocks) {
      text.append(
          b.startsWith("/*[") ? b : "/*[clinic input]\n" + b + "[clinic start generated code]*/\n");
    }
    return DslParser.parse(Scanner.scan("t.c", SourceLanguage.C, text.toString()));
  }

  private static FileModel parseOk(String... blocks) throws Exception {
    FileModel m = parse(blocks);
    assertThat(m.diagnostics()).isEmpty();
    return m;
  }

  private static Function only(FileModel m) {
    assertThat(m.functions()).hasSize(1);
    return m.functions().get(0);
  }

  @Test
  void parameterLinesWithRenamesContinuationsCommentsAndLegacyConverters() throws Exception {
    Function f =
        only(
            parseOk(
                """
                module m
                m.f as m_f_impl -> int(bitwise=True)
                    # a comment between parameters
                    fmt: 'z#'
                    data as buffer: Py_buffer(accept={str, buffer}, \\
                                              c_default="{NULL, NULL}") = None

                    flag: bool(accept={int}) = True
                Summary.
                """));
    assertThat(f.cName()).isEqualTo("m_f_impl");
    assertThat(f.returnConverter())
        .isEqualTo(
            new ConverterRef(
                "int",
                false,
                ImmutableMap.of("bitwise", new Expr.Bool(true)),
                ImmutableMap.of("bitwise", "True"),
                true,
                Position.of(4, 20)));
    Parameter data = f.parameters().get(1);
    assertThat(data.name()).isEqualTo("data");
    assertThat(data.cName()).isEqualTo("buffer");
    assertThat(data.position()).isEqualTo(Position.of(7, 5));
    assertThat(data.converter().name()).isEqualTo("Py_buffer");
    assertThat(data.converter().argumentTexts())
        .containsExactly("accept", "{str, buffer}", "c_default", "\"{NULL, NULL}\"")
        .inOrder();
    assertThat(data.converter().arguments().get("accept"))
        .isEqualTo(
            new Expr.SetLit(ImmutableList.of(new Expr.Name("str"), new Expr.Name("buffer"))));
    assertThat(data.defaultValue().get().text()).isEqualTo("None");
    assertThat(data.defaultValue().get().position()).isEqualTo(Position.of(8, 59));
    Parameter fmt = f.parameters().get(0);
    assertThat(fmt.converter().legacy()).isTrue();
    assertThat(fmt.converter().name()).isEqualTo("z#");
    assertThat(fmt.cName()).isEqualTo("fmt");
    assertThat(f.parameters().get(2).kind()).isEqualTo(ParameterKind.POSITIONAL_OR_KEYWORD);
  }

  @Test
  void optionalGroupsLeftAndRightAreNumberedLikeClinic() throws Exception {
    Function f =
        only(
            parseOk(
                """
                module m
                m.f
                    [
                    [
                    a: int
                    ]
                    b: int
                    ]
                    c: int
                    [
                    d: int
                    [
                    e: int
                    ]
                    ]
                    /
                Summary.
                """));
    assertThat(f.parameters().stream().map(p -> p.name() + p.group()).collect(Collectors.toList()))
        .containsExactly("a-2", "b-1", "c0", "d1", "e2")
        .inOrder();
    assertThat(f.parameters().stream().allMatch(p -> p.kind() == ParameterKind.POSITIONAL_ONLY))
        .isTrue();
  }

  @Test
  void deprecationMarkersRecordTheirVersions() throws Exception {
    Function f =
        only(
            parseOk(
                """
                module m
                m.f
                    a: int
                    / [from 3.14]
                    b: int
                    * [from 3.15]
                    c: int
                    *
                    d: int
                Summary.
                """));
    Parameter a = f.parameters().get(0);
    assertThat(a.kind()).isEqualTo(ParameterKind.POSITIONAL_OR_KEYWORD);
    assertThat(a.deprecatedKeyword()).hasValue(new Version(3, 14));
    assertThat(f.parameters().get(1).deprecatedKeyword()).isEmpty();
    assertThat(f.parameters().get(2).deprecatedPositional()).hasValue(new Version(3, 15));
    assertThat(f.parameters().get(3).kind()).isEqualTo(ParameterKind.KEYWORD_ONLY);
  }

  @Test
  void explicitSelfAndDefiningClassArePositionalOnlyAndKept() throws Exception {
    Function f =
        only(
            parseOk(
                """
                module m
                class m.C "CObject *" "&C_Type"
                [clinic start generated code]*/
                /*[clinic input]
                m.C.f
                    self as me: self(type="CObject *")
                    cls: defining_class
                    x: object
                Summary.
                """));
    assertThat(f.kind()).isEqualTo(FunctionKind.METHOD);
    assertThat(
            f.parameters().stream()
                .map(p -> p.cName() + ":" + p.kind())
                .collect(Collectors.toList()))
        .containsExactly("me:POSITIONAL_ONLY", "cls:POSITIONAL_ONLY", "x:POSITIONAL_OR_KEYWORD")
        .inOrder();
  }

  @Test
  void docstringsAreDedentedAndKeptAsClinicKeepsThem() throws Exception {
    Function f =
        only(
            parseOk(
                """
                module m
                m.f
                    a: int
                        First line of a.

                          Indented more.
                    b: int
                Summary line.

                Body   \s
                  indented.
                # not part of it
                {parameters}
                """));
    assertThat(f.parameters().get(0).docstring()).isEqualTo("First line of a.\n\n  Indented more.");
    assertThat(f.parameters().get(1).docstring()).isEmpty();
    // Clinic strips trailing spaces and keeps the blank line the block's last line end makes.
    assertThat(f.docstring()).isEqualTo("Summary line.\n\nBody\n  indented.\n{parameters}\n");
  }

  @Test
  void directivesAndDecoratorsAreKeptInOrder() throws Exception {
    FileModel m =
        parseOk(
            """
            output push
            destination mine new buffer
            output impl_definition mine
            set line_prefix "// "
            dump mine
            printout hello world
            output pop
            module m
            class m.C "CObject *" "&C_Type"
            @critical_section self other
            @text_signature "($self, x, /)"
            m.C.f
                x: object
            Summary.
            """);
    BlockModel b = m.blocks().get(0);
    assertThat(
            b.statements().stream()
                .map(
                    s ->
                        s instanceof Statement.Directive d
                            ? d.name() + d.arguments()
                            : s.getClass().getSimpleName())
                .collect(Collectors.toList()))
        .containsExactly(
            "output[push]",
            "destination[mine, new, buffer]",
            "output[impl_definition, mine]",
            "set[line_prefix, // ]",
            "dump[mine]",
            "printout[hello, world]",
            "output[pop]",
            "ModuleDecl",
            "ClassDecl",
            "FunctionDecl")
        .inOrder();
    Statement.ClassDecl c = (Statement.ClassDecl) b.statements().get(8);
    assertThat(c.fullName()).isEqualTo("m.C");
    assertThat(c.typedef()).isEqualTo("CObject *");
    assertThat(c.typeObject()).isEqualTo("&C_Type");
    Function f = only(m);
    assertThat(f.decorators())
        .containsExactly(
            new Decorator(
                "critical_section", ImmutableList.of("self", "other"), Position.of(12, 1)),
            new Decorator("text_signature", ImmutableList.of("($self, x, /)"), Position.of(13, 1)))
        .inOrder();
  }

  @Test
  void clonesCopyParametersAcrossBlocksAndMayChangeNewIntoMethod() throws Exception {
    FileModel m =
        parseOk(
            """
            module m
            class m.C "CObject *" "&C_Type"
            @classmethod
            m.C.__new__ as c_new
                a: int
                b: object = None
            Create a C.
            """,
            """
            m.make = m.C.__new__
            Make a C.
            """,
            """
            @staticmethod
            m.C.s
                x: int
            Static.
            """,
            """
            @staticmethod
            m.C.t = m.C.s
            Static too.
            """);
    List<Function> fs = m.functions();
    assertThat(fs.get(0).kind()).isEqualTo(FunctionKind.NEW);
    assertThat(fs.get(0).cName()).isEqualTo("c_new");
    Function make = fs.get(1);
    assertThat(make.kind()).isEqualTo(FunctionKind.PLAIN);
    assertThat(make.cName()).isEqualTo("m_make");
    assertThat(make.clonedFrom()).hasValue("m.C.__new__");
    assertThat(make.parameters()).isEqualTo(fs.get(0).parameters());
    assertThat(make.docstring()).isEqualTo("Make a C.\n");
    Function t = fs.get(3);
    assertThat(t.kind()).isEqualTo(FunctionKind.STATICMETHOD);
    assertThat(t.className()).hasValue("C");
    assertThat(t.decorators().stream().map(Decorator::name).collect(Collectors.toList()))
        .containsExactly("staticmethod");
  }

  @Test
  void newWithoutAsDropsNewFromTheCName() throws Exception {
    Function f =
        only(
            parseOk(
                """
                module m
                class m.C "CObject *" "&C_Type"
                @classmethod
                m.C.__new__
                """));
    assertThat(f.cName()).isEqualTo("m_C");
    assertThat(f.name()).isEqualTo("__new__");
    assertThat(f.docstring()).isEmpty();
  }

  @Test
  void everyBlockWithAnErrorIsReportedAndTheOthersStillParse() throws Exception {
    FileModel m =
        parse(
            """
            module m
            m.f
                a: int
                a: int
            """,
            """
            m.g
                b: int = 1
            Summary.
            """,
            """
            m.h
                c: int = foo()
            """);
    assertThat(m.diagnostics().stream().map(Diagnostic::header).collect(Collectors.toList()))
        .containsExactly(
            "t.c:6:5: error: You can't have two parameters named 'a'!",
            "t.c:15:14: error: Unsupported expression as default value: 'foo()'")
        .inOrder();
    assertThat(m.functions().stream().map(Function::fullName).collect(Collectors.toList()))
        .containsExactly("m.g");
    assertThat(m.hasErrors()).isTrue();
  }

  @Test
  void nonAsciiInADocstringIsAWarning() throws Exception {
    FileModel m =
        parse(
            """
            module m
            m.f
            Résumé.
            """);
    assertThat(m.hasErrors()).isFalse();
    assertThat(m.diagnostics())
        .containsExactly(
            Diagnostic.warning(
                "t.c", 5, 2, "Non-ascii characters are not allowed in docstrings: 'é', 'é'"));
  }

  @Test
  void defaultsKeepTheirTextAndParsedValue() throws Exception {
    Function f =
        only(
            parseOk(
                """
                module m
                m.f
                    a: int = -1
                    b: Py_ssize_t(c_default="PY_SSIZE_T_MAX") = sys.maxsize
                    c: int(c_default="1 << 4") = 1 << 4
                    d: object = NULL
                    e: str = "x\\ty"
                    f: double = 1.5e3
                    g: object(c_default="NULL") = ()
                Summary.
                """));
    List<Parameter> p = f.parameters();
    assertThat(p.get(0).defaultValue().get().expr())
        .isEqualTo(new Expr.Unary("-", new Expr.Int(BigInteger.ONE)));
    assertThat(p.get(1).defaultValue().get().expr())
        .isEqualTo(new Expr.Attribute(new Expr.Name("sys"), "maxsize"));
    assertThat(p.get(2).defaultValue().get().text()).isEqualTo("1 << 4");
    assertThat(p.get(3).defaultValue().get().expr()).isEqualTo(new Expr.Name("NULL"));
    assertThat(p.get(4).defaultValue().get().expr()).isEqualTo(new Expr.Str("x\ty"));
    assertThat(p.get(5).defaultValue().get().expr()).isEqualTo(new Expr.Float(1500.0, "1.5e3"));
    assertThat(p.get(6).defaultValue().get().expr())
        .isEqualTo(new Expr.TupleLit(ImmutableList.of()));
  }

  @Test
  void pythonBlocksDeclareConvertersWithoutRunningPython() throws Exception {
    FileModel m =
        parseOk(
            """
            /*[python input]
            class Obj_converter(self_converter):
                type = "ObjObject *"

            class fd_converter(int_converter):
                converter = 'fd_conv'
                c_default = c_ignored_default = "-1"
                doc = \"\"\"
            several
            lines\"\"\"

                def parse_arg(self, argname, displayname, *, limited_capi):
                    return self.format_code(\"\"\"
            if (x) {{
                goto exit;
            }}
            \"\"\", argname=argname)

                def cleanup(self):
                    return ''
            [python start generated code]*/
            """,
            """
            module m
            class m.C "ObjObject *" "&Obj_Type"
            m.C.f
                me: Obj
            Summary.
            """,
            """
            /*[python input]
            print('/* generated */')
            [python start generated code]*/
            """);
    PythonBlock py = m.blocks().get(0).python().get();
    assertThat(py.otherCode()).isFalse();
    assertThat(py.converterClasses()).hasSize(2);
    PythonBlock.ConverterClass fd = py.converterClasses().get(1);
    assertThat(fd.converterName()).isEqualTo("fd");
    assertThat(fd.base()).isEqualTo("int_converter");
    assertThat(fd.attributes())
        .containsExactly(
            "converter", new Expr.Str("fd_conv"),
            "c_default", new Expr.Str("-1"),
            "c_ignored_default", new Expr.Str("-1"),
            "doc", new Expr.Str("\nseveral\nlines"))
        .inOrder();
    assertThat(fd.methods()).containsExactly("parse_arg", "cleanup").inOrder();
    // A subclass of self_converter makes an explicit self.
    Parameter me = only(m).parameters().get(0);
    assertThat(me.kind()).isEqualTo(ParameterKind.POSITIONAL_ONLY);
    assertThat(m.blocks().get(2).python().get().otherCode()).isTrue();
  }

  @Test
  void getterAndSetterKinds() throws Exception {
    FileModel m =
        parseOk(
            """
            module m
            class m.C "CObject *" "&C_Type"
            @getter
            m.C.x
            The x.
            """,
            """
            @setter
            m.C.x
            """);
    assertThat(m.functions().stream().map(Function::kind).collect(Collectors.toList()))
        .containsExactly(FunctionKind.GETTER, FunctionKind.SETTER)
        .inOrder();
    assertThat(m.functions().get(1).returnConverter().name()).isEqualTo("object");
  }
}
