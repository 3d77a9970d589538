package org.argclinic.emit.rust;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.FileModel;
import org.argclinic.parse.DslParser;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.junit.jupiter.api.Test;

class RustEmitterTest {
  private static ImmutableMap<Path, String> render(String dsl, String ffi)
      throws DiagnosticException {
    String text =
        "/*[clinic input]\nmodule m\n[clinic start generated code]*/\n\n/*[clinic input]\n"
            + dsl
            + "\n[clinic start generated code]*/\n";
    FileModel model = DslParser.parse(Scanner.scan("src/m.rs", SourceLanguage.RUST, text));
    return RustRenderer.render(Path.of("src/m.rs"), model, ffi);
  }

  @Test
  void ffiCrateIsASetting() throws Exception {
    ImmutableMap<Path, String> out = render("m.f\n    a: int\n    /\n\nDoc.", "cpython_sys::ffi");
    assertThat(out.get(Path.of("src/clinic/m.rs"))).contains("pub use cpython_sys::ffi as ffi;");
  }

  @Test
  void glueForAnotherFfiCrateDiffersOnlyInTheCrateName() throws Exception {
    String dsl = "m.f\n    a: int\n    /\n    b: str = 'x'\n    *\n    c: object = None\n\nDoc.";
    String pyo3 = render(dsl, "pyo3_ffi").get(Path.of("src/clinic/m.rs"));
    String bindgen = render(dsl, "argclinic_cpython_sys").get(Path.of("src/clinic/m.rs"));
    // the last line is the checksum stamp, which follows the text
    assertThat(withoutLastLine(bindgen))
        .isEqualTo(
            withoutLastLine(pyo3)
                .replace("pub use pyo3_ffi as ffi;", "pub use argclinic_cpython_sys as ffi;"));
  }

  private static String withoutLastLine(String text) {
    return text.substring(0, text.stripTrailing().lastIndexOf('\n'));
  }

  @Test
  void keywordParserIsConstantDataWithoutObjects() throws Exception {
    String glue =
        render("m.f\n    a: int\n    /\n    b: int = 0\n    *\n    c: int = 1\n\nDoc.", "pyo3_ffi")
            .get(Path.of("src/clinic/m.rs"));
    // the names are text the parser matches keywords against, constants in the parser's
    // static; the only state is the write-once call-site memo, in a static of its own
    assertThat(glue)
        .contains(
            "static PARSER: clinic::Parser = clinic::Parser::new(\n        \"f\",\n"
                + "        &[\"\", \"b\", \"c\"],\n        1, 1, 2, 0,\n"
                + "        { static MEMO: clinic::Memo = clinic::Memo::new(); &MEMO },\n    );");
    assertThat(glue).doesNotContain("Intern");
    assertThat(glue).doesNotContain("OnceLock");
    assertThat(glue).doesNotContain("static mut");
  }

  @Test
  void implSignatureStaysInTheBlockWithRustTypes() throws Exception {
    ImmutableMap<Path, String> out =
        render(
            "m.f -> Py_ssize_t\n"
                + "    type: int\n"
                + "    data: Py_buffer\n"
                + "    /\n"
                + "    name: str(accept={str, NoneType}) = None\n"
                + "    extra: object = NULL\n\n"
                + "Doc.",
            "pyo3_ffi");
    assertThat(out.get(Path.of("src/m.rs")))
        .contains(
            "fn m_f_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, r#type:"
                + " i32, data: &[u8], name: Option<&str>, extra: Option<*mut"
                + " clinic::ffi::PyObject>) -> clinic::Result<isize>\n"
                + "/*[clinic end generated code: output=");
    assertThat(out.get(Path.of("src/clinic/m.rs")))
        .contains(
            "c\"f($module, type, data, /, name=None, extra=<unrepresentable>)\\n"
                + "\\\n"
                + "--\\n"
                + "\\\n"
                + "\\n"
                + "\\\n"
                + "Doc.\"");
  }

  @Test
  void functionsWithoutRustGlueAreErrorsWithTheirReason() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> render("m.f\n    s: str(encoding='utf-8')\n    /\n\nDoc.", "pyo3_ffi"));
    assertThat(e.diagnostics()).hasSize(1);
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo("no Rust glue for m.f: str(encoding=...) allocates an encoded copy");
    assertThat(e.diagnostics().get(0).line()).isEqualTo(6);
  }
}
