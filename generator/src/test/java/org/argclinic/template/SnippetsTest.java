package org.argclinic.template;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/**
 * clinic's {@code normalize_snippet} (textwrap.dedent, then textwrap.indent); the expected values
 * are what Python 3 gives for the same input.
 */
class SnippetsTest {
  @Test
  void tabsAndSpacesHaveNoMarginInCommon() {
    // textwrap.dedent('\tx\n  y\n') == '\tx\n  y\n': a tab is not two spaces.
    assertThat(Snippets.dedent("\tx\n  y\n")).isEqualTo("\tx\n  y\n");
    // textwrap.dedent('  \tx\n  \ty\n') == 'x\ny\n': the same characters are a margin.
    assertThat(Snippets.dedent("  \tx\n  \ty\n")).isEqualTo("x\ny\n");
  }

  @Test
  void normalizeStripsTheEndsAsPythonsRstripDoes() {
    // normalize_snippet('\n\n    a = 1;  \n\tb;\n\n') == '    a = 1;  \n\tb;'
    assertThat(Snippets.normalize("\n\n    a = 1;  \n\tb;\n\n")).isEqualTo("    a = 1;  \n\tb;");
    // normalize_snippet('\n    if (x) {\n        y;\n    }   \n', indent=4)
    assertThat(Snippets.normalize("\n    if (x) {\n        y;\n    }   \n", 4))
        .isEqualTo("    if (x) {\n        y;\n    }");
  }
}
