package org.argclinic.emit.rust;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Builds examples/echo as a C module and as a Rust module from the same declarations and calls both
 * with the same generated calls: results, exception types and messages must be identical.
 */
class EchoDifferentialTest {
  /** The reference corpus (CPython's own clinic builds the reference C side). */
  private static Path corpus;

  private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

  static String run(Path dir, List<String> command) throws IOException, InterruptedException {
    return run(dir, command, Map.of());
  }

  static String run(Path dir, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    if (corpus != null) {
      pb.environment().put("ARGCLINIC_CORPUS", corpus.toString());
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("timed out: %s", command).that(p.waitFor(20, TimeUnit.MINUTES)).isTrue();
    assertWithMessage("%s failed:\n%s", command, out).that(p.exitValue()).isEqualTo(0);
    return out;
  }

  /** Differential run against echo_c built with the given C glue; returns the summary output. */
  private static String differential(String glue) throws Exception {
    corpus = Corpus.tree();
    Path echo = RustExamples.root().resolve("examples/echo");
    String out = "target/" + glue;
    String built = run(echo, List.of("./build"), Map.of("ECHO_C_GLUE", glue, "ECHO_OUT", glue));
    assertThat(built).contains("(" + glue + " glue)");
    assertWithMessage(built).that(built).doesNotContain("warning");
    String interpreter = Files.readString(echo.resolve(out + "/python.txt")).strip();
    return run(echo, List.of(interpreter, "differential.py", out, "--calls", "20000"));
  }

  private static void assertNoMismatch(String out) {
    Matcher m = SUMMARY.matcher(out);
    assertWithMessage(out).that(m.find()).isTrue();
    assertWithMessage(out).that(Integer.parseInt(m.group(2))).isEqualTo(0);
    assertThat(Integer.parseInt(m.group(1))).isAtLeast(10_000);
  }

  /** echo_c from CPython 3.13's own clinic: the behaviour both targets promise. */
  @Test
  void rustGlueMatchesCpythonClinic() throws Exception {
    assertNoMismatch(differential("cpython"));
  }

  /**
   * echo_c from argclinic's public C target: the same behaviour, through the public C API only
   * (int() overflow named "C int" whatever the value, unsigned converters that read an int
   * subclass's value rather than compare it, getargs' own messages where CPython parses with
   * getargs).
   */
  @Test
  void rustGlueMatchesPublicCGlue() throws Exception {
    assertNoMismatch(differential("public"));
  }
}
