package org.argclinic.assemble;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.CApi;
import org.argclinic.parse.DslParser;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generating fresh blocks, directives, hand-edit protection and user errors, from DSL text. */
class AssemblerBehaviourTest {
  private static final String FRESH =
      String.join(
          "\n",
          "/*[clinic input]",
          "module m",
          "[clinic start generated code]*/",
          "",
          "/*[clinic input]",
          "m.f",
          "",
          "    a: object",
          "    /",
          "",
          "Do f.",
          "[clinic start generated code]*/",
          "{ return NULL; }",
          "");

  private static AssembledFile assemble(String path, String text, EmitOptions options)
      throws DiagnosticException {
    return new Assembler(options)
        .assemble(DslParser.parse(Scanner.scan(path, SourceLanguage.C, text)));
  }

  private static AssembledFile assemble(String text) throws DiagnosticException {
    return assemble("Modules/m.c", text, EmitOptions.core());
  }

  @Test
  void freshBlockGetsImplInBlockAndGlueInSideFile() throws Exception {
    AssembledFile out = assemble(FRESH);
    assertThat(out.text())
        .contains(
            "static PyObject *\nm_f(PyObject *module, PyObject *a)\n"
                + "/*[clinic end generated code: output=");
    assertThat(out.sideFiles().keySet()).containsExactly("Modules/clinic/m.c.h");
    String side = out.sideFiles().get("Modules/clinic/m.c.h");
    assertThat(side).startsWith("/*[clinic input]\npreserve\n[clinic start generated code]*/\n");
    assertThat(side)
        .contains(
            "#define M_F_METHODDEF    \\\n    {\"f\", (PyCFunction)m_f, METH_O, m_f__doc__},");
    assertThat(side)
        .contains(
            "PyDoc_STRVAR(m_f__doc__,\n\"f($module, a, /)\\n\"\n\"--\\n\"\n\"\\n\"\n\"Do f.\");");
  }

  @Test
  void secondRunChangesNothing() throws Exception {
    AssembledFile first = assemble(FRESH);
    AssembledFile second = assemble(first.text());
    assertThat(second.text()).isEqualTo(first.text());
    assertThat(second.sideFiles()).isEqualTo(first.sideFiles());
  }

  @Test
  void handEditedOutputIsRefusedUnlessForced() throws Exception {
    String edited =
        assemble(FRESH)
            .text()
            .replace("m_f(PyObject *module, PyObject *a)", "m_f(PyObject *module, PyObject *b)");
    DiagnosticException e = assertThrows(DiagnosticException.class, () -> assemble(edited));
    assertThat(e.diagnostics().get(0).message()).startsWith("Checksum mismatch!");
    AssembledFile forced =
        assemble("Modules/m.c", edited, new EmitOptions(CApi.CORE, Optional.empty(), true));
    assertThat(forced.text()).isEqualTo(assemble(FRESH).text());
  }

  @Test
  void presetBlockKeepsEverythingInTheBlock() throws Exception {
    AssembledFile out = assemble(FRESH.replace("module m\n", "module m\noutput preset block\n"));
    assertThat(out.sideFiles()).isEmpty();
    assertThat(out.text()).contains("#define M_F_METHODDEF");
  }

  @Test
  void bufferLeftNonEmptyIsDumpedAtTheEndWithAWarning() throws Exception {
    AssembledFile out =
        assemble(FRESH.replace("module m\n", "module m\noutput everything buffer\n"));
    assertThat(out.text())
        .contains("\n/*[clinic input]\ndump buffer\n[clinic start generated code]*/\n");
    assertThat(out.warnings()).hasSize(1);
  }

  @Test
  void badDestinationTypeIsAPositionedError() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> assemble(FRESH.replace("module m\n", "module m\ndestination d new bogus\n")));
    assertThat(e.diagnostics().get(0).message()).contains("Invalid destination type 'bogus'");
    assertThat(e.diagnostics().get(0).line()).isGreaterThan(0);
  }

  @Test
  void limitedApiIsDetectedPerFile() throws Exception {
    String text =
        "#define Py_LIMITED_API 0x030d0000\n"
            + FRESH.replace("    a: object\n    /\n", "    a: object\n    b: object = None\n");
    String side = assemble(text).sideFiles().get("Modules/clinic/m.c.h");
    assertThat(side).contains("PyArg_ParseTupleAndKeywords(args, kwargs, \"O|O:f\", _keywords,");
    assertThat(
            assemble(
                    FRESH.replace(
                        "    a: object\n    /\n", "    a: object\n    b: object = None\n"))
                .sideFiles()
                .get("Modules/clinic/m.c.h"))
        .contains("_PyArg_UnpackKeywords(");
  }

  @Test
  void templateOverrideDirectoryReplacesABuiltInTemplate(@TempDir Path dir) throws Exception {
    Path t = dir.resolve("c/core/definition.c.ftl");
    Files.createDirectories(t.getParent());
    // A copy of the built-in template with one piece changed.
    Files.writeString(
        t,
        Files.readString(Path.of("../templates/c/core/definition.c.ftl"))
            .replace(
                "PyDoc_STRVAR({c_basename}__doc__,\n{docstring});",
                "PyDoc_STRVAR({c_basename}__doc__, \"overridden\");"));
    String side =
        assemble("Modules/m.c", FRESH, new EmitOptions(CApi.CORE, Optional.of(dir), false))
            .sideFiles()
            .get("Modules/clinic/m.c.h");
    assertThat(side).contains("PyDoc_STRVAR(m_f__doc__, \"overridden\");");
  }

  @Test
  void onlyAPreserveBlockSideFileMayBeOverwritten() throws Exception {
    String side = assemble(FRESH).sideFiles().get("Modules/clinic/m.c.h");
    assertThat(SideFiles.verify("clinic/m.c.h", side)).isEmpty();
    assertThat(SideFiles.verify("clinic/m.c.h", "// mine\n" + side)).isPresent();
    assertThat(SideFiles.verify("clinic/m.c.h", "int x;\n")).isPresent();
  }

  @Test
  void parametersMarkerWithTrailingTextIsAPositionedError() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> assemble(FRESH.replace("Do f.", "Do f.\n\n{parameters} and more")));
    assertThat(e.diagnostics().get(0).message()).contains("{parameters}");
  }

  @Test
  void functionThatCannotUseTheLimitedApiFallsBackWithAWarning() throws Exception {
    String text =
        "#define Py_LIMITED_API 0x030d0000\n"
            + FRESH.replace("    a: object\n    /\n", "    *args: object\n");
    AssembledFile out = assemble(text);
    assertThat(out.warnings()).hasSize(1);
    assertThat(out.warnings().get(0).message()).isEqualTo("Function m.f cannot use limited C API");
  }

  @Test
  void coreWarnsWhereALengthIsLeftUninitialisedAndTheOtherTargetsInitialiseIt() throws Exception {
    String text =
        FRESH.replace(
            "    a: object\n    /\n",
            "    a: object\n    raw: str(zeroes=True, accept={robuffer, str}) = \"\u00e9t\u00e9\"\n"
                + "    n: str(zeroes=True, accept={robuffer, str, NoneType}) = None\n    /\n");
    AssembledFile core = assemble(text);
    String side = core.sideFiles().get("Modules/clinic/m.c.h");
    // byte for byte what CPython's clinic writes, so a warning says what the impl must not do
    assertThat(side)
        .contains("    const char *raw = \"\u00e9t\u00e9\";\n    Py_ssize_t raw_length;\n");
    assertThat(core.warnings()).hasSize(2);
    assertThat(core.warnings().get(0).severity()).isEqualTo(Diagnostic.Severity.WARNING);
    assertThat(core.warnings().get(0).line()).isEqualTo(9);
    assertThat(core.warnings().get(0).column()).isEqualTo(5);
    assertThat(core.warnings().get(0).message())
        .startsWith(
            "'raw_length' is left uninitialised when 'raw' is omitted (as CPython's clinic writes"
                + " it, which --c-api core keeps): the impl must not read it then");
    assertThat(core.warnings().get(1).line()).isEqualTo(10);
    assertThat(core.warnings().get(1).message()).contains("must not read it while 'n' is NULL");
    for (CApi api : new CApi[] {CApi.PUBLIC, CApi.LIMITED}) {
      AssembledFile other = assemble("m.c", text, new EmitOptions(api, Optional.empty(), false));
      assertThat(other.warnings()).isEmpty();
      String glue = other.sideFiles().values().iterator().next();
      // UTF-8 bytes of the default
      assertThat(glue)
          .contains("    const char *raw = \"\u00e9t\u00e9\";\n    Py_ssize_t raw_length = 5;\n");
      assertThat(glue).contains("    const char *n = NULL;\n    Py_ssize_t n_length = 0;\n");
    }
  }

  @Test
  void aCDefaultIsMeasuredAtRunTime() throws Exception {
    String text =
        FRESH.replace(
            "    a: object\n    /\n",
            "    a: object\n"
                + "    raw: str(zeroes=True, accept={robuffer}, c_default=\"PREFIX\") = \"p\"\n"
                + "    /\n");
    String glue =
        assemble("m.c", text, new EmitOptions(CApi.PUBLIC, Optional.empty(), false))
            .sideFiles()
            .values()
            .iterator()
            .next();
    assertThat(glue)
        .contains(
            "    const char *raw = PREFIX;\n"
                + "    Py_ssize_t raw_length = raw ? (Py_ssize_t)strlen(raw) : 0;\n");
  }

  @Test
  void setLinePrefixAndSuffixDecorateEveryOutputLine() throws Exception {
    String text =
        FRESH.replace(
            "module m\n",
            "module m\n"
                + "output preset block\n"
                + "set line_prefix \"P \"\n"
                + "set line_suffix \"{block comment start}S{block comment end}\"\n");
    String out = assemble(text).text();
    assertThat(out).contains("\nP #define M_F_METHODDEF    \\/*S*/\n");
    assertThat(out).contains("\nP /*S*/\n");
  }

  @Test
  void printoutWritesItsWordsIntoTheBlock() throws Exception {
    String out = assemble(FRESH.replace("module m\n", "module m\nprintout hello   world\n")).text();
    assertThat(out)
        .contains(
            "[clinic start generated code]*/\nhello world\n/*[clinic end generated code: output=");
  }

  @Test
  void fileDestinationNamesItsSideFileFromTheSourcePath() throws Exception {
    String text =
        FRESH.replace(
            "module m\n",
            "module m\n"
                + "destination mine new file '{dirname}/gen/{basename}.inc'\n"
                + "output everything mine\n");
    AssembledFile out = assemble(text);
    assertThat(out.sideFiles().keySet()).containsExactly("Modules/gen/m.c.inc");
    // everything: the docstring prototype and the METH_O impl itself move there too
    assertThat(out.sideFiles().get("Modules/gen/m.c.inc")).contains("PyDoc_VAR(m_f__doc__);\n");
    assertThat(out.sideFiles().get("Modules/gen/m.c.inc"))
        .contains("static PyObject *\nm_f(PyObject *module, PyObject *a)\n");
  }

  @Test
  void outputPushAndPopRestoreTheDestinations() throws Exception {
    String text =
        FRESH.replace(
            "module m\n", "module m\noutput push\noutput everything suppress\noutput pop\n");
    assertThat(assemble(text).sideFiles()).isEqualTo(assemble(FRESH).sideFiles());
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> assemble(FRESH.replace("module m\n", "module m\noutput pop\n")));
    assertThat(e.diagnostics().get(0).message()).contains("output pop");
  }
}
