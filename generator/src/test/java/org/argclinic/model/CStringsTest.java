package org.argclinic.model;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CStringsTest {
  @Test
  void escapesWhatACLiteralCannotHoldAsItIs() {
    assertThat(CStrings.literal("say \"hi\" \\ it's")).isEqualTo("\"say \\\"hi\\\" \\\\ it's\"");
    assertThat(CStrings.escape("it's", true)).isEqualTo("it\\'s");
    assertThat(CStrings.literal("a\nb\rc\td")).isEqualTo("\"a\\nb\\rc\\td\"");
    // octal has at most three digits: a following digit stays a digit (hex would swallow it)
    assertThat(CStrings.literal("\u00017\u00001")).isEqualTo("\"\\0017\\0001\"");
    assertThat(CStrings.literal("\u007f\u001b")).isEqualTo("\"\\177\\033\"");
    // no two question marks stay side by side: no trigraph can form
    assertThat(CStrings.literal("??= ???! ?a?")).isEqualTo("\"?\\?= ?\\?\\?! ?a?\"");
    assertThat(CStrings.literal("caf\u00e9 \uD83D\uDE00 */"))
        .isEqualTo("\"caf\u00e9 \uD83D\uDE00 */\"");
    assertThat(CStrings.escape("plain", false)).isSameInstanceAs("plain");
    assertThrows(IllegalArgumentException.class, () -> CStrings.literal("x\udc80"));
  }

  @Test
  void tellsWhatNoCStringHoldsAndWhatCPythonWritesWrongly() {
    assertThat(CStrings.problem("a\u0000b")).hasValue("a NUL character, which ends a C string");
    assertThat(CStrings.problem("\uD83D\uDE00")).isEmpty();
    assertThat(CStrings.problem("a\uD83D"))
        .hasValue("a lone surrogate (\\ud83d), which has no UTF-8 form");
    assertThat(CStrings.verbatim("it's */ caf\u00e9 ?! ??")).isTrue();
    for (String broken : new String[] {"\"", "\\", "\n", "\r", "\u0000", "??=", "a??/"}) {
      assertThat(CStrings.verbatim(broken)).isFalse();
    }
    assertThat(CStrings.trigraph("a ??) b")).hasValue("??)");
    assertThat(CStrings.trigraph("a ?? b ??")).isEmpty();
  }
}
