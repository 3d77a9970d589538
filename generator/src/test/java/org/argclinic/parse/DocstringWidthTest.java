package org.argclinic.parse;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.CApi;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CPython 3.15's docstring width check (gh-137623, Tools/clinic/libclinic/dsl_parser.py
 * format_docstring), off unless asked for, and what {@code --c-api core} writes for the converters
 * newer than 3.13 (what CPython 3.15's clinic writes: gh-133583, gh-135763).
 */
class DocstringWidthTest {
  private static final String HEAD =
      "/*[clinic input]\nmodule m\nclass m.C \"PyObject *\" \"NULL\""
          + "\n[clinic start generated code]*/\n";
  private static final String LONG = "x".repeat(77);

  private static List<Diagnostic> run(Path dir, String dsl, boolean check, CApi api)
      throws Exception {
    Path file = dir.resolve("m.c");
    Files.writeString(file, HEAD + dsl);
    GenerateRequest r =
        GenerateRequest.builder()
            .addPath(file)
            .cApi(api)
            .checkDocstringWidth(check)
            .defaultProjectRoot(Optional.of(dir))
            .build();
    return Generators.standard().generate(r).diagnostics();
  }

  private static String block(String decorators, String name, String doc) {
    return "/*[clinic input]\n"
        + decorators
        + name
        + "\n\n"
        + doc
        + "\n[clinic start generated code]*/\n";
  }

  @Test
  void aLongSummaryIsAnErrorAtItsFirstCharacterPastTheLimit(@TempDir Path dir) throws Exception {
    List<Diagnostic> ds = run(dir, block("", "m.f", LONG), true, CApi.PUBLIC);
    assertThat(ds).hasSize(1);
    Diagnostic d = ds.get(0);
    assertThat(d.isError()).isTrue();
    assertThat(d.message())
        .isEqualTo(
            "Summary line for 'm.f' is too long! The summary line"
                + " must be no longer than 76 characters.");
    assertThat(d.line()).isEqualTo(8);
    assertThat(d.column()).isEqualTo(77);
  }

  @Test
  void theCheckIsOffByDefault(@TempDir Path dir) throws Exception {
    assertThat(run(dir, block("", "m.f", LONG), false, CApi.PUBLIC)).isEmpty();
  }

  @Test
  void methodsHaveSeventyTwoColumns(@TempDir Path dir) throws Exception {
    String doc = "x".repeat(73);
    assertThat(run(dir, block("", "m.f", doc), true, CApi.PUBLIC)).isEmpty();
    List<Diagnostic> ds = run(dir, block("", "m.C.g", doc), true, CApi.PUBLIC);
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).message()).contains("no longer than 72 characters");
  }

  @Test
  void aLongBodyLineWarnsAndTheDecoratorsRelaxBoth(@TempDir Path dir) throws Exception {
    String doc = "Summary.\n\nshort\n" + LONG;
    List<Diagnostic> ds = run(dir, block("", "m.f", doc), true, CApi.PUBLIC);
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).isError()).isFalse();
    assertThat(ds.get(0).message())
        .isEqualTo(
            "Docstring lines for 'm.f' are too long! Lines"
                + " should be no longer than 76 characters.");
    assertThat(ds.get(0).line()).isEqualTo(11);
    String both =
        block("@permit_long_summary\n@permit_long_docstring_body\n", "m.f", LONG + "\n\n" + LONG);
    assertThat(run(dir, both, true, CApi.PUBLIC)).isEmpty();
  }

  @Test
  void aDecoratorWithNothingToPermitWarns(@TempDir Path dir) throws Exception {
    List<Diagnostic> ds =
        run(dir, block("@permit_long_summary\n", "m.f", "Short."), true, CApi.PUBLIC);
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).isError()).isFalse();
    assertThat(ds.get(0).message())
        .isEqualTo("Remove the @permit_long_summary decorator from 'm.f'!");
    assertThat(ds.get(0).line()).isEqualTo(6);
  }

  @Test
  void aDecoratorTwiceIsAnError(@TempDir Path dir) throws Exception {
    List<Diagnostic> ds =
        run(
            dir,
            block(
                "@permit_long_docstring_body\n" + "@permit_long_docstring_body\n", "m.f", "Short."),
            false,
            CApi.PUBLIC);
    assertThat(ds).hasSize(1);
    assertThat(ds.get(0).message()).isEqualTo("Called @permit_long_docstring_body twice!");
    assertThat(ds.get(0).line()).isEqualTo(7);
  }

  @Test
  void coreWritesWhatCPython315Writes(@TempDir Path dir) throws Exception {
    String dsl =
        "/*[clinic input]\n"
            + "m.f\n\n"
            + "    a: uint16\n"
            + "    count as n: Py_ssize_t(allow_negative=False)\n"
            + "    o: Py_ssize_t(accept={int, NoneType}, allow_negative=False) = None\n"
            + "    /\n\n"
            + "Doc.\n"
            + "[clinic start generated code]*/\n";
    assertThat(run(dir, dsl, false, CApi.CORE)).isEmpty();
    String out = Files.readString(dir.resolve("clinic/m.c.h"));
    assertThat(out).contains("#include \"pycore_long.h\"          // _PyLong_UInt16_Converter()");
    assertThat(out).contains("    if (!_PyLong_UInt16_Converter(args[0], &a)) {\n");
    assertThat(out)
        .contains(
            "        n = ival;\n        if (n < 0) {\n"
                + "            PyErr_SetString(PyExc_ValueError,\n"
                + "                            \"n cannot be negative\");\n"
                + "            goto exit;\n        }\n    }\n");
    assertThat(out).contains("if (!_Py_convert_optional_to_non_negative_ssize_t(args[2], &o)) {");
  }
}
