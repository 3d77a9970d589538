package org.argclinic.cli;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import org.argclinic.testing.Golden;
import org.junit.jupiter.api.Test;

/**
 * docs/DSL.md lists the converters as {@code argclinic converters --verbose} prints them, so the
 * reference follows the registry; {@code -Dgolden.update=true} rewrites the listing.
 */
class DslReferenceTest {
  private static final Path DOC = Path.of("..", "docs", "DSL.md");
  private static final String BEGIN =
      "<!-- begin: argclinic converters --verbose (DslReferenceTest keeps it current) -->\n```\n";
  private static final String END = "```\n<!-- end: argclinic converters --verbose -->";

  @Test
  void theConverterListingIsTheRegistrys() throws Exception {
    String doc = Files.readString(DOC);
    int begin = doc.indexOf(BEGIN);
    int end = doc.indexOf(END, begin);
    assertWithMessage("markers in docs/DSL.md").that(begin >= 0 && end > begin).isTrue();
    String listing = MainTest.run("converters", "--verbose").out();
    // The whole document with the listing as the registry gives it now; the update is checked
    // again from the rewritten file.
    Golden.check(
        DOC,
        doc.substring(0, begin + BEGIN.length()) + listing + doc.substring(end),
        () -> {
          String now = Files.readString(DOC);
          int b = now.indexOf(BEGIN);
          return now.substring(0, b + BEGIN.length())
              + MainTest.run("converters", "--verbose").out()
              + now.substring(now.indexOf(END, b));
        });
  }
}
