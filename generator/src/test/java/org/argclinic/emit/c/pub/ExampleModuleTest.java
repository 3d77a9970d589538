package org.argclinic.emit.c.pub;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Builds examples/c (gcc -Wall -Wextra -Werror, once per target: public, limited 3.10 as abi3,
 * limited 3.11) and runs its pytest suite, which imports each build and checks values, exception
 * types and messages, and compares errors with CPython's own clinic path. Needs python3 with pytest
 * and gcc; fails on any failure. ARGCLINIC_PYTHONS (comma-separated interpreter paths) runs the
 * suite under each of them instead, e.g. 3.9 to 3.13.
 */
class ExampleModuleTest {
  @Test
  void exampleModuleBuildsAndPassesItsTestsForEveryTarget() throws Exception {
    for (String python : pythons()) {
      runSuite(python);
    }
  }

  private static void runSuite(String python) throws Exception {
    Path tests = ExampleGlueTest.EXAMPLES.resolve("tests");
    Path build =
        Paths.get("target", "clinicdemo-build", Integer.toHexString(python.hashCode()))
            .toAbsolutePath();
    Files.createDirectories(build);
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(python, "-m", "pytest", "-q", "-p", "no:cacheprovider", tests.toString()))
            .directory(ExampleGlueTest.EXAMPLES.toFile())
            .redirectErrorStream(true);
    pb.environment().put("CLINICDEMO_BUILD_DIR", build.toString());
    pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
    Process process = pb.start();
    byte[] output = process.getInputStream().readAllBytes();
    boolean done = process.waitFor(10, TimeUnit.MINUTES);
    String text = new String(output, StandardCharsets.UTF_8);
    assertWithMessage(python + ": pytest timed out:\n" + text).that(done).isTrue();
    assertWithMessage(python + ": pytest failed:\n" + text).that(process.exitValue()).isEqualTo(0);
    assertWithMessage(text).that(text).contains(" passed");
  }

  private static List<String> pythons() {
    String configured = System.getenv("ARGCLINIC_PYTHONS");
    if (configured == null || configured.isBlank()) {
      return List.of("python3");
    }
    return List.of(configured.split(","));
  }
}
