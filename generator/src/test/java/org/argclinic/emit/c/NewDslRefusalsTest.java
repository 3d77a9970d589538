package org.argclinic.emit.c;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.argclinic.assemble.AssembledFile;
import org.argclinic.assemble.Assembler;
import org.argclinic.assemble.EmitOptions;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.CApi;
import org.argclinic.model.FileModel;
import org.argclinic.model.Version;
import org.argclinic.parse.DslParser;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.junit.jupiter.api.Test;

/**
 * The DSL of CPython 3.14 and later where a target cannot emit it: refused at generation time, at
 * the function, saying why (examples/newdsl shows what is emitted). gh-132097 (@disable fastcall),
 * gh-122943 (*args: array), gh-64490 (**kwds).
 */
class NewDslRefusalsTest {
  private static final String HEAD =
      "/*[clinic input]\nmodule m\nclass m.C \"PyObject *\" \"NULL\"\n"
          + "[clinic start generated code]*/\n";

  private static AssembledFile assemble(String block, EmitOptions options)
      throws DiagnosticException {
    String text = HEAD + "/*[clinic input]\n" + block + "\n[clinic start generated code]*/\n";
    FileModel model = DslParser.parse(Scanner.scan("m.c", SourceLanguage.C, text));
    if (model.hasErrors()) {
      throw new DiagnosticException(model.diagnostics());
    }
    return new Assembler(options).assemble(model);
  }

  private static String refusal(String block, EmitOptions options) {
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> assemble(block, options));
    return e.diagnostics().get(0).message();
  }

  private static EmitOptions pub() {
    return new EmitOptions(CApi.PUBLIC, Optional.empty(), false);
  }

  private static EmitOptions limited() {
    return new EmitOptions(CApi.LIMITED, Optional.empty(), false, new Version(3, 12));
  }

  @Test
  void arrayNeedsAnArray() throws Exception {
    assertThat(refusal("m.f\n    a: object\n    *args: array\n", pub()))
        .contains("*args: array with keyword parameters is not supported");
    String tuple = "@disable fastcall\nm.g\n    a: object\n    /\n    *args: array\n";
    assertThat(refusal(tuple, limited())).contains("which the limited API does not expose");
    // the full API has the tuple's items
    assertThat(assemble(tuple, pub()).sideFiles().values().iterator().next())
        .contains("__clinic_args = &PyTuple_GET_ITEM(args, 0) + 1;");
  }

  @Test
  void noFastcallOrKwdsWithDefiningClass() {
    assertThat(refusal("@disable fastcall\nm.C.f\n    cls: defining_class\n    a: object\n", pub()))
        .contains("@disable fastcall cannot be used with defining_class");
    assertThat(refusal("m.C.g\n    cls: defining_class\n    **kwds: dict\n", pub()))
        .contains("**kwds cannot follow defining_class");
  }

  @Test
  void kwdsIsADict() {
    assertThat(refusal("m.f\n    **kwds: object\n", pub()))
        .isEqualTo("'var_keyword_object' is not a valid converter (**kwds takes 'dict')");
  }

  @Test
  void kwdsEndsTheParameters() {
    assertThat(refusal("m.f\n    **kwds: dict\n    a: object\n", pub()))
        .isEqualTo("Encountered parameter line when not expecting parameters: a: object");
    assertThat(refusal("m.f\n    **kwds: dict = None\n", pub()))
        .isEqualTo("Var-keyword parameter can't take a default value!");
  }

  /** gh-87613: @vectorcall where tp_vectorcall and the keyword parser are available. */
  @Test
  void vectorcallOnlyWhereItApplies() throws Exception {
    String init = "@vectorcall\nm.C.__init__\n    a: object\n    b: object = None\n";
    assertThat(refusal(init, limited()))
        .contains("@vectorcall is not supported with --c-api limited");
    assertThat(refusal("@vectorcall\nm.f\n    a: object\n", pub()))
        .contains("@vectorcall applies to __new__ and __init__ only");
    assertThat(refusal("@vectorcall\nm.C.__init__\n    a: object\n    /\n", pub()))
        .contains("@vectorcall needs a __new__ / __init__ that takes keyword arguments");
    String header = assemble(init, pub()).sideFiles().values().iterator().next();
    assertThat(header)
        .contains(
            "m_C___init___vectorcall_helper(PyObject *self, PyObject *const *args,"
                + " Py_ssize_t nargs, PyObject *kwnames)");
    assertThat(header)
        .contains(
            "m_C_vectorcall(PyObject *type, PyObject *const *args, size_t nargsf,"
                + " PyObject *kwnames)");
  }
}
