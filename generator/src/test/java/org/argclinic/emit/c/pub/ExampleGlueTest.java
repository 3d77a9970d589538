package org.argclinic.emit.c.pub;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.argclinic.assemble.AssembledFile;
import org.argclinic.assemble.Assembler;
import org.argclinic.assemble.EmitOptions;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.CApi;
import org.argclinic.model.FileModel;
import org.argclinic.model.Version;
import org.argclinic.parse.DslParser;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.testing.Golden;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The glue of examples/c generated for the public and limited targets: it must equal the committed
 * headers (which the example's pytest suite builds and calls), and the limited target must refuse
 * converters its version lacks. Regenerate with {@code -Dgolden.update=true}.
 */
class ExampleGlueTest {
  static final Path EXAMPLES = Paths.get("..", "examples", "c").toAbsolutePath().normalize();
  static final Path BENCH = Paths.get("..", "bench", "c").toAbsolutePath().normalize();
  private static final boolean UPDATE = Golden.UPDATE;

  static EmitOptions publicTarget() {
    return new EmitOptions(CApi.PUBLIC, Optional.empty(), UPDATE);
  }

  /**
   * Limited output goes to examples/c/limited/, not into the sources: their checksums are public's.
   */
  static EmitOptions limitedTarget(int minor) {
    return new EmitOptions(CApi.LIMITED, Optional.empty(), true, new Version(3, minor));
  }

  /** Runs scan, parse and assemble on one example source; returns its one side file's text. */
  static String generate(String source, EmitOptions options)
      throws IOException, DiagnosticException {
    AssembledFile out = assemble(source, options);
    // Argument Clinic's destination: clinic/<basename>.h beside the source
    assertThat(out.sideFiles().keySet())
        .containsExactly(EXAMPLES.resolve("clinic/" + source + ".h").toString());
    return out.sideFiles().values().iterator().next();
  }

  static AssembledFile assemble(String source, EmitOptions options)
      throws IOException, DiagnosticException {
    return assemble(EXAMPLES.resolve(source), options);
  }

  static AssembledFile assemble(Path path, EmitOptions options)
      throws IOException, DiagnosticException {
    String text = Files.readString(path);
    FileModel model = DslParser.parse(Scanner.scan(path.toString(), SourceLanguage.C, text));
    AssembledFile out = new Assembler(options).assemble(model);
    return out;
  }

  private static void checkGolden(String source, EmitOptions options, Path header)
      throws Exception {
    Golden.check(header, generate(source, options), () -> generate(source, options));
  }

  @Test
  void publicHeadersMatchTheCommittedOnes() throws Exception {
    for (String name : new String[] {"clinicdemo", "clinicdemo_buffers", "clinicdemo_full"}) {
      // the sources are up to date: regenerating them changes nothing
      Golden.check(
          EXAMPLES.resolve(name + ".c"),
          assemble(name + ".c", publicTarget()).text(),
          () -> assemble(name + ".c", publicTarget()).text());
      checkGolden(name + ".c", publicTarget(), EXAMPLES.resolve("clinic/" + name + ".c.h"));
    }
  }

  @Test
  void benchmarkHeadersMatchTheCommittedOnes() throws Exception {
    Path source = BENCH.resolve("benchglue.c");
    Golden.check(
        source,
        assemble(source, publicTarget()).text(),
        () -> assemble(source, publicTarget()).text());
    for (var e :
        Map.of(
                BENCH.resolve("clinic/benchglue.c.h"),
                publicTarget(),
                BENCH.resolve("limited/clinic/benchglue.c.h"),
                limitedTarget(10))
            .entrySet()) {
      Golden.check(
          e.getKey(),
          assemble(source, e.getValue()).sideFiles().values().iterator().next(),
          () -> assemble(source, e.getValue()).sideFiles().values().iterator().next());
    }
  }

  @Test
  void limitedHeadersMatchTheCommittedOnes() throws Exception {
    checkGolden(
        "clinicdemo.c", limitedTarget(10), EXAMPLES.resolve("limited/clinic/clinicdemo.c.h"));
    checkGolden(
        "clinicdemo_buffers.c",
        limitedTarget(11),
        EXAMPLES.resolve("limited/clinic/clinicdemo_buffers.c.h"));
  }

  @Test
  void limitedRefusesPyBufferBefore311() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class, () -> generate("clinicdemo_buffers.c", limitedTarget(10)));
    assertThat(e.diagnostics().get(0).message())
        .contains(
            "Py_buffer, which the limited API of Python 3.10 lacks (Py_buffer is part of the"
                + " limited API of Python 3.11 and later; use --limited-version 3.11 or newer)");
    assertThat(e.diagnostics().get(0).line()).isGreaterThan(0);
  }

  /**
   * The same refusal for a Py_buffer in an optional group, whose parse code is rendered after the
   * rest of the function's: it came out as "internal error while generating this block" at the
   * block's first line (found by the bench-size parser fuzz over _ssl.c).
   */
  @Test
  void limitedRefusesPyBufferInAnOptionalGroupAtTheParameter(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("groups.c");
    Files.writeString(
        source,
        String.join(
            "\n",
            "/*[clinic input]",
            "module m",
            "[clinic start generated code]*/",
            "",
            "/*[clinic input]",
            "m.read",
            "    size: Py_ssize_t",
            "    [",
            "    buffer: Py_buffer(accept={rwbuffer})",
            "    ]",
            "    /",
            "",
            "Read.",
            "[clinic start generated code]*/",
            ""));
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> assemble(source, limitedTarget(10)));
    assertThat(e.diagnostics()).hasSize(1);
    Diagnostic d = e.diagnostics().get(0);
    assertThat(d.message())
        .isEqualTo(
            "m.read: parameter 'buffer': converter 'Py_buffer' needs Py_buffer, which the limited"
                + " API of Python 3.10 lacks (Py_buffer is part of the limited API of Python 3.11"
                + " and later; use --limited-version 3.11 or newer)");
    assertThat(d.line()).isEqualTo(9);
    assertThat(d.column()).isEqualTo(13);
  }

  @Test
  void limitedRefusesWhatNoLimitedApiHas() {
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class, () -> generate("clinicdemo_full.c", limitedTarget(13)));
    assertThat(e.diagnostics().get(0).message())
        .contains(
            "Py_complex, which the limited API of Python 3.13 lacks (Py_complex is part of no"
                + " version of the limited API; use --c-api public)");
  }

  @Test
  void limitedBefore310IsRefused() {
    DiagnosticException e =
        assertThrows(DiagnosticException.class, () -> generate("clinicdemo.c", limitedTarget(9)));
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo(
            "--limited-version 3.9 is not"
                + " supported: the limited API gained METH_FASTCALL in Python 3.10; use"
                + " --limited-version 3.10 or newer");
  }

  @Test
  void limitedHeaderGuardsTheVersion() throws Exception {
    String header = generate("clinicdemo.c", limitedTarget(12));
    assertThat(header)
        .contains(
            "#if defined(Py_LIMITED_API) ? Py_LIMITED_API+0 < 0x030c0000"
                + " : PY_VERSION_HEX < 0x030c0000\n#  error");
    assertThat(generate("clinicdemo.c", publicTarget())).doesNotContain("Py_LIMITED_API+0 <");
  }

  /**
   * abi3 projects build the same sources without Py_LIMITED_API where there is no limited API
   * (free-threaded 3.13; audioop-lts does, python/migration): limited glue compiles there when the
   * Python is at least its version, and stops with the guard's message when it is older.
   */
  @Test
  void limitedGlueCompilesWithoutLimitedApiOnNewEnoughPythons(@TempDir Path dir) throws Exception {
    String include =
        run(
                dir,
                "python3",
                "-c",
                "import sysconfig, sys; print(sysconfig.get_paths()['include']);"
                    + " print(sys.version_info.minor)")
            .out()
            .strip();
    String[] lines = include.split("\n");
    int minor = Integer.parseInt(lines[1].strip());
    Files.createDirectories(dir.resolve("clinic"));
    Files.copy(EXAMPLES.resolve("clinicdemo.c"), dir.resolve("clinicdemo.c"));
    for (int glue : new int[] {10, minor + 1}) {
      Files.writeString(
          dir.resolve("clinic/clinicdemo.c.h"), generate("clinicdemo.c", limitedTarget(glue)));
      Result r =
          run(
              dir,
              "gcc",
              "-std=c11",
              "-fsyntax-only",
              "-Wall",
              "-Wextra",
              "-Werror",
              "-I" + lines[0].strip(),
              "clinicdemo.c");
      if (glue <= minor) {
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isEqualTo(0);
      } else {
        assertThat(r.code()).isNotEqualTo(0);
        assertThat(r.err())
            .contains(
                "this glue needs Py_LIMITED_API set to 0x03"
                    + String.format("%02x", glue)
                    + "0000 or newer, or Python 3."
                    + glue
                    + "+");
      }
    }
  }

  private record Result(int code, String out, String err) {}

  private static Result run(Path dir, String... command) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.PIPE)
            .redirectError(ProcessBuilder.Redirect.PIPE)
            .start();
    CompletableFuture<String> err =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(p.waitFor(), out, err.get());
  }

  @Test
  void runtimeComesBeforeGlueKeptInTheSourceFile(@TempDir Path dir) throws Exception {
    Path source = dir.resolve("inblock.c");
    Files.writeString(
        source,
        String.join(
            "\n",
            "#include <Python.h>",
            "/*[clinic input]",
            "output preset block",
            "module m",
            "[clinic start generated code]*/",
            "/*[clinic input]",
            "m.f",
            "    a: int",
            "    b: int = 0",
            "[clinic start generated code]*/",
            "/*[clinic input]",
            "m.g",
            "    a: int",
            "    *",
            "    b: int = 0",
            "[clinic start generated code]*/",
            ""));
    AssembledFile out = assemble(source, publicTarget());
    String text = out.text();
    assertThat(text.split("#ifndef ARGCLINIC_RUNTIME_H", -1)).hasLength(2);
    assertThat(text.indexOf("#ifndef ARGCLINIC_RUNTIME_H"))
        .isLessThan(text.indexOf("ARGCLINIC_UNPACK_KEYWORDS(args"));
  }
}
