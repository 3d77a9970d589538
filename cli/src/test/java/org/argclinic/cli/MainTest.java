package org.argclinic.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void helpTeachesWithExamples() {
    Run r = run("--help");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("Examples:");
    assertThat(r.out()).contains("generate");
    assertThat(r.out()).contains("Exit codes: 0 ok, 1 stale output or DSL errors, 2 usage errors.");
  }

  @Test
  void versionPrints() {
    Run r = run("--version");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).startsWith("argclinic ");
    assertThat(r.out()).contains("matches Argument Clinic of CPython 3.13.5");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run().code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
    Run bad = run("check", "--c-api", "internal", "x.c");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("expected core, public or limited, got 'internal'");
    assertThat(run("check").code()).isEqualTo(2);
    Run missing = run("check", dir.resolve("nope.c").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory");
    Run version = run("check", "--c-api", "limited", "--limited-version", "three", dir.toString());
    assertThat(version.code()).isEqualTo(2);
    assertThat(version.err()).contains("--limited-version: expected X.Y");
  }

  @Test
  void stubsWritesTypeStubsAndCheckWithStubsReportsStaleOnes() throws Exception {
    Files.createDirectory(dir.resolve(".git")); // a project: no file of it is outside
    Path f = dir.resolve("m.c");
    String source =
        "/*[clinic input]\nmodule m\n[clinic start generated code]*/\n"
            + "/*[clinic input]\nm.add -> int\n    a: int\n    b: int = 1\n    /\n\nAdd.\n"
            + "[clinic start generated code]*/\n";
    Files.writeString(f, source);
    Run stubs = run("stubs", "-v", f.toString());
    assertThat(stubs.code()).isEqualTo(0);
    assertThat(stubs.out()).isEqualTo("wrote " + dir.resolve("m.pyi") + "\n");
    assertThat(Files.readString(dir.resolve("m.pyi")))
        .contains("\ndef add(a: int, b: int = 1, /) -> int:\n    \"\"\"Add.\"\"\"\n");
    assertThat(Files.readString(f)).isEqualTo(source); // no glue
    assertThat(run("generate", f.toString()).code()).isEqualTo(0);
    assertThat(run("check", "--stubs", f.toString()).code()).isEqualTo(0);
    // the declaration changes and only the glue is regenerated: the stub is stale
    Files.writeString(f, Files.readString(f).replace("Add.", "Add a and b."));
    assertThat(run("generate", f.toString()).code()).isEqualTo(0);
    assertThat(run("check", f.toString()).code()).isEqualTo(0);
    Run stale = run("check", "--stubs", f.toString());
    assertThat(stale.code()).isEqualTo(1);
    assertThat(stale.err()).contains(dir.resolve("m.pyi") + ":7: stale: generated code differs");
    assertThat(stale.out()).contains("+    \"\"\"Add a and b.\"\"\"");
    Path out = dir.resolve("typings");
    assertThat(run("generate", "--stubs-output", out.toString(), f.toString()).code()).isEqualTo(0);
    assertThat(Files.exists(out.resolve("m.pyi"))).isTrue();
    assertThat(run("stubs", "--help").out()).contains("Examples:");
  }

  @Test
  void scanErrorsArePositionedWithCaret() throws Exception {
    Files.createDirectory(dir.resolve(".git")); // a project: no file of it is outside
    Path f = dir.resolve("bad.c");
    Files.writeString(
        f, "int a;\n/*[clinic input]\nmodule m\n[clinic start generated code]*/ junk\n");
    Run r = run("check", f.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains(f + ":4:33: error: garbage after the stop line: ' junk'");
    assertThat(r.err()).contains("\n                                ^\n");
  }

  @Test
  void convertersListsEveryStandardConverterWithArguments() {
    Run r = run("converters");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("    str(accept={str}, encoding=None, zeroes=False)\n");
    assertThat(r.out())
        .contains("    'z#'  ->  str(accept={robuffer, str, NoneType}, zeroes=True)\n");
    assertThat(r.out()).contains("Return converters:\n");
    assertThat(r.out()).contains("    path_t_converter  (posixmodule.c, cpython)\n");
    for (String name :
        new String[] {
          "bool",
          "byte",
          "char",
          "defining_class",
          "double",
          "fildes",
          "float",
          "int",
          "long",
          "long_long",
          "object",
          "Py_buffer",
          "Py_complex",
          "Py_ssize_t",
          "Py_UNICODE",
          "PyByteArrayObject",
          "PyBytesObject",
          "self",
          "short",
          "size_t",
          "slice_index",
          "str",
          "unicode",
          "unsigned_char",
          "unsigned_int",
          "unsigned_long",
          "unsigned_long_long",
          "unsigned_short"
        }) {
      assertThat(r.out()).contains("\n    " + name + "(");
    }
  }
}
