package org.argclinic.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --check-docstring-width} (CPython 3.15's check, gh-137623) on each command that takes it:
 * the same positioned error from generate, check and model, nothing without the option.
 */
class DocstringWidthCliTest {
  @TempDir Path dir;

  private static final String ERROR =
      "w.c:5:77: error: Summary line for 'w.f' is too long! The summary line must be no longer"
          + " than 76 characters.";

  @Test
  void everyCommandReportsTheLongSummaryAtItsColumn() throws Exception {
    Files.createDirectory(dir.resolve(".git"));
    Path w = dir.resolve("w.c");
    String source =
        "/*[clinic input]\nmodule w\nw.f\n\n"
            + "A summary line that is much much much much much much much much much much much"
            + " longer than allowed.\n[clinic start generated code]*/\n";
    Files.writeString(w, source);
    for (String command : new String[] {"generate", "check", "model"}) {
      MainTest.Run r = MainTest.run(command, "--check-docstring-width", w.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).contains(dir.resolve(ERROR).toString());
    }
    assertThat(Files.readString(w)).isEqualTo(source);
    MainTest.Run plain = MainTest.run("model", w.toString());
    assertThat(plain.code()).isEqualTo(0);
    assertThat(plain.err()).doesNotContain("too long");
  }
}
