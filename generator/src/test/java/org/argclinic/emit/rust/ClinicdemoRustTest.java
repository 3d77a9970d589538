package org.argclinic.emit.rust;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Builds examples/rust with cargo and exercises it from Python (test_clinicdemo_rust.py). */
class ClinicdemoRustTest {
  @Test
  void buildsAndBehaves() throws Exception {
    Path demo = RustExamples.root().resolve("examples/rust");
    String built = EchoDifferentialTest.run(demo, List.of("./build"));
    assertWithMessage(built).that(built).contains("built ");
    // cargo prints warnings when it compiles (always, on a fresh clone): none are allowed
    assertWithMessage(built).that(built).doesNotContain("warning");
    String python = Files.readString(demo.resolve("target/out/python.txt")).strip();
    String out =
        EchoDifferentialTest.run(demo, List.of(python, "test_clinicdemo_rust.py", "target/out"));
    assertWithMessage(out).that(out).containsMatch("(?m)^\\d+ passed, 0 failed$");
  }
}
