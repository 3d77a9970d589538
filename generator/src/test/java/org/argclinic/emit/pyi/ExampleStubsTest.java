package org.argclinic.emit.pyi;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.argclinic.run.FileOutcome;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.GenerateResult;
import org.argclinic.run.Generators;
import org.argclinic.testing.Corpus;
import org.argclinic.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * The examples' stubs: committed and current, accepted by {@code mypy --strict}, and without a
 * single error from mypy's {@code stubtest} against the modules built from the examples: C with
 * public glue, C with limited glue (3.10 and 3.11, whose stubs are made from the sources each build
 * compiles), and Rust. Needs python3 with mypy ({@code python3 -m pip install mypy}), gcc and
 * cargo. {@code -Dgolden.update=true} rewrites stale committed stubs.
 */
class ExampleStubsTest {
  private static final boolean UPDATE = Golden.UPDATE;
  private static final Path ROOT = Corpus.root();
  private static final Path C = ROOT.resolve("examples/c");
  private static final Path RUST = ROOT.resolve("examples/rust");
  private static final Path WORK = Path.of("target", "stubtest").toAbsolutePath();
  private static final String PYTHON = "python3";

  @Test
  void committedStubsAreCurrent() throws Exception {
    GenerateRequest request =
        GenerateRequest.builder().addPath(ROOT.resolve("examples")).glue(false).stubs(true).build();
    if (UPDATE) {
      // Rewrites stale stubs; the check below then tells whether that reached a fixed point.
      assertThat(Generators.standard().generate(request).hasErrors()).isFalse();
    }
    GenerateResult r = Generators.standard().check(request);
    assertThat(r.hasErrors()).isFalse();
    List<String> stale =
        r.files().stream()
            .filter(f -> f.status() != FileOutcome.Status.UNCHANGED)
            .map(f -> f.path() + "\n" + f.diff())
            .toList();
    assertWithMessage(
            "stale stubs (regenerate with ./argclinic stubs examples):\n%s",
            String.join("\n", stale))
        .that(stale)
        .isEmpty();
    assertThat(
            r.files().stream()
                .map(f -> ROOT.relativize(f.path().toAbsolutePath()).toString())
                .toList())
        .containsAtLeast("examples/c/clinicdemo.pyi", "examples/rust/src/clinicdemo.pyi");
  }

  @Test
  void mypyStrictAcceptsEveryStub() throws Exception {
    List<String> stubs = new ArrayList<>();
    try (var walk = Files.walk(ROOT.resolve("examples"))) {
      walk.filter(p -> p.toString().endsWith(".pyi") && !p.toString().contains("/target/"))
          .forEach(p -> stubs.add(p.toString()));
    }
    assertThat(stubs.size()).isAtLeast(2);
    for (String stub : stubs) {
      // each alone: several examples declare modules of the same name
      String out =
          run(WORK, List.of(PYTHON, "-m", "mypy", "--strict", "--no-incremental", stub), Map.of());
      assertThat(out).contains("Success: no issues found in 1 source file");
    }
  }

  @Test
  void stubtestFindsNoErrorInTheCModules() throws Exception {
    Path stub = C.resolve("clinicdemo.pyi");
    stubtest("public", build("public", "3.10"), "clinicdemo", stub);
    // A limited build compiles fewer sources: its stub comes from those, with the module's
    // hand-written lines (a copy of the committed stub regenerated; force: it named more sources).
    stubtest(
        "limited-3.10",
        build("limited", "3.10"),
        "clinicdemo",
        limitedStub("limited-3.10", "clinicdemo.c"));
    stubtest(
        "limited-3.11",
        build("limited", "3.11"),
        "clinicdemo",
        limitedStub("limited-3.11", "clinicdemo.c", "clinicdemo_buffers.c"));
  }

  @Test
  void stubtestFindsNoErrorInTheRustModule() throws Exception {
    // built for python3, the interpreter that has mypy (stubtest imports the module)
    String built = run(RUST, List.of("./build"), Map.of("PYTHON", PYTHON));
    assertThat(built).contains("built ");
    // the module is clinicdemo_rust; its declarations say module clinicdemo
    stubtest(
        "rust", RUST.resolve("target/out"), "clinicdemo_rust", RUST.resolve("src/clinicdemo.pyi"));
  }

  private static Path build(String target, String limitedVersion) throws Exception {
    Path out = WORK.resolve(target + "-" + limitedVersion + "-build");
    run(
        C,
        List.of(
            PYTHON,
            "build.py",
            "--target",
            target,
            "--limited-version",
            limitedVersion,
            "--out",
            out.toString()),
        Map.of());
    return out;
  }

  private static Path limitedStub(String name, String... sources) throws Exception {
    Path dir = WORK.resolve(name + "-stub");
    Files.createDirectories(dir);
    Files.copy(
        C.resolve("clinicdemo.pyi"),
        dir.resolve("clinicdemo.pyi"),
        StandardCopyOption.REPLACE_EXISTING);
    GenerateRequest.Builder request =
        GenerateRequest.builder()
            .glue(false)
            .stubs(true)
            .force(true)
            .stubsDirectory(Optional.of(dir));
    for (String s : sources) {
      request.addPath(C.resolve(s));
    }
    assertThat(Generators.standard().generate(request.build()).hasErrors()).isFalse();
    String stub = Files.readString(dir.resolve("clinicdemo.pyi"));
    assertThat(stub).contains("\ntarget: str\n");
    assertThat(stub).contains(" sources=" + String.join(" ", sources) + "\n");
    return dir.resolve("clinicdemo.pyi");
  }

  /** Runs stubtest on {@code module} from {@code built} against {@code stub} (copied as module). */
  private static void stubtest(String name, Path built, String module, Path stub) throws Exception {
    Path stubs = WORK.resolve(name + "-stubtest");
    Files.createDirectories(stubs);
    Files.copy(stub, stubs.resolve(module + ".pyi"), StandardCopyOption.REPLACE_EXISTING);
    String out =
        run(
            WORK,
            List.of(PYTHON, "-m", "mypy.stubtest", "--mypy-config-file", "/dev/null", module),
            Map.of("MYPYPATH", stubs.toString(), "PYTHONPATH", built.toString()));
    assertWithMessage(name + ": " + out).that(out).contains("Success: no issues found in 1 module");
  }

  private static String run(Path dir, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    Files.createDirectories(dir);
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("timed out: %s", command).that(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
    if (p.exitValue() != 0 && out.contains("No module named mypy")) {
      throw new AssertionError(
          "these tests need mypy in " + PYTHON + ": " + PYTHON + " -m pip install mypy");
    }
    assertWithMessage("%s failed:\n%s", command, out).that(p.exitValue()).isEqualTo(0);
    return out;
  }
}
