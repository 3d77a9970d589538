package org.argclinic.emit;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * examples/concurrency over the example modules, on CPython 3.13.5: 8 threads calling every
 * function at once with every keyword order (a free-threaded build must keep the GIL off after the
 * imports), and 4 isolated subinterpreters with the main interpreter's threads alongside; every
 * outcome must equal the serial one, and nothing may crash. The interpreters come from
 * ARGCLINIC_PYTHON_FT and ARGCLINIC_PYTHON_DEFAULT (.ci/run sets them), else the cached builds of
 * .ci/build-python; a test whose interpreter is missing is skipped with the reason. C and Rust
 * modules are separate tests, so a failure names its side.
 */
class ConcurrencyTest {
  private static final Path RUN =
      Paths.get("..", "examples", "concurrency", "run").toAbsolutePath().normalize();

  @Test
  void cExamplesOnFreeThreadedBuild() throws Exception {
    run("ft", "c");
  }

  @Test
  void cExamplesOnDefaultBuild() throws Exception {
    run("default", "c");
  }

  @Test
  void rustExamplesOnFreeThreadedBuild() throws Exception {
    run("ft", "rust");
  }

  @Test
  void rustExamplesOnDefaultBuild() throws Exception {
    run("default", "rust");
  }

  private static void run(String kind, String lang) throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder(List.of(RUN.toString(), kind, lang))
            .directory(RUN.getParent().toFile())
            .redirectErrorStream(true);
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    Process process = pb.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean done = process.waitFor(20, TimeUnit.MINUTES);
    assertWithMessage("%s %s timed out:\n%s", kind, lang, out).that(done).isTrue();
    assumeFalse(out.startsWith("SKIPPED"), out.strip());
    System.out.print(out);
    assertWithMessage("examples/concurrency/run %s %s failed:\n%s", kind, lang, out)
        .that(process.exitValue())
        .isEqualTo(0);
    assertWithMessage(out).that(out).contains("all passed");
  }
}
