package org.argclinic.testing;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Committed generated files (examples, bench glue, stubs, the converter listing) against what
 * generation gives now. By default a difference fails. With {@code -Dgolden.update=true} the file
 * is rewritten, and then generated again from the files as they now are: the update must reach a
 * fixed point (a rewritten source whose regeneration changes it again, or output that differs from
 * run to run, fails), so the update mode checks something too.
 */
public final class Golden {
  public static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private Golden() {}

  /** Generation, run again after an update. */
  @FunctionalInterface
  public interface Generation {
    String text() throws Exception;
  }

  /**
   * @param file the committed file
   * @param generated what generation gives for it now
   * @param again generation of the same file, run again (from the files on disk) after an update
   */
  public static void check(Path file, String generated, Generation again) throws Exception {
    if (UPDATE) {
      if (!Files.exists(file)
          || !Files.readString(file, StandardCharsets.UTF_8).equals(generated)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, generated, StandardCharsets.UTF_8);
      }
      assertWithMessage("%s regenerated after the update (no fixed point)", file)
          .that(again.text())
          .isEqualTo(generated);
      return;
    }
    String committed = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertWithMessage("%s is stale: regenerate it with -Dgolden.update=true", file)
        .that(generated)
        .isEqualTo(committed);
  }
}
