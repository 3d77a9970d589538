package org.argclinic.emit.rust;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The Rust examples on the CPython builds other people ship: free-threaded 3.13t ({@code
 * ARGCLINIC_PYTHON_FT}) and a debug build without a shared libpython ({@code
 * ARGCLINIC_PYTHON_DEBUG}), each variable naming the interpreter. Skipped when unset.
 */
class RustInterpreterBuildsTest {
  private static final Path DEMO = RustExamples.root().resolve("examples/rust");
  private static final Path ECHO = RustExamples.root().resolve("examples/echo");

  /** Builds examples/rust for {@code python}, runs its tests there; returns the module file. */
  private static Path clinicdemo(String python) throws Exception {
    String built = EchoDifferentialTest.run(DEMO, List.of("./build"), Map.of("PYTHON", python));
    assertWithMessage(built).that(built).contains("built ");
    assertWithMessage(built).that(built).doesNotContain("warning");
    String out =
        EchoDifferentialTest.run(DEMO, List.of(python, "test_clinicdemo_rust.py", "target/out"));
    assertWithMessage(out).that(out).containsMatch("(?m)^\\d+ passed, 0 failed$");
    return DEMO.resolve(built.substring(built.indexOf("built ") + 6, built.indexOf(" for ")));
  }

  /** Builds examples/echo for {@code python} and runs the differential (no mismatch). */
  private static void echo(String python, String cGlue, String outName) throws Exception {
    String built =
        EchoDifferentialTest.run(
            ECHO,
            List.of("./build"),
            Map.of("PYTHON", python, "ECHO_C_GLUE", cGlue, "ECHO_OUT", outName));
    assertWithMessage(built).that(built).doesNotContain("warning");
    String out =
        EchoDifferentialTest.run(ECHO, List.of(python, "differential.py", "target/" + outName));
    assertWithMessage(out).that(out).containsMatch("(?m)^[1-9]\\d{4,} passed, 0 failed$");
  }

  /** What {@code sys._is_gil_enabled()} says after importing {@code module} from {@code dir}. */
  private static String gilAfterImport(String python, Path dir, String module) throws Exception {
    return EchoDifferentialTest.run(
            dir,
            List.of(
                python,
                "-c",
                "import sys; sys.path.insert(0, sys.argv[1]); import "
                    + module
                    + "; print(sys._is_gil_enabled())",
                dir.toString()))
        .strip();
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "ARGCLINIC_PYTHON_FT", matches = ".+")
  void freeThreaded() throws Exception {
    String python = System.getenv("ARGCLINIC_PYTHON_FT");
    // test_clinicdemo_rust.py checks the GIL, threads, @critical_section and subinterpreters
    clinicdemo(python);
    assertThat(gilAfterImport(python, DEMO.resolve("target/out"), "clinicdemo_rust"))
        .isEqualTo("False");
    // C sides: CPython's own clinic output, and argclinic's public C glue
    echo(python, "cpython", "ft");
    assertThat(gilAfterImport(python, ECHO.resolve("target/ft"), "echo_rust")).isEqualTo("False");
    echo(python, "public", "ft-public");
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "ARGCLINIC_PYTHON_DEBUG", matches = ".+")
  void debugBuildWithoutSharedLibpython() throws Exception {
    String python = System.getenv("ARGCLINIC_PYTHON_DEBUG");
    Path module = clinicdemo(python);
    String dynamic = EchoDifferentialTest.run(DEMO, List.of("readelf", "-d", module.toString()));
    assertThat(dynamic).contains("(NEEDED)");
    assertThat(dynamic).doesNotContain("libpython");
    echo(python, "public", "debug");
  }
}
