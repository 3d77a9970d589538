package org.argclinic.scan;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import org.junit.jupiter.api.Test;

/** End-marker arguments are split into words at runs of ASCII whitespace, as before. */
class ScannerArgumentsTest {
  @Test
  void splitsAtRunsOfWhitespace() {
    assertThat(Scanner.parseArguments(" output=abc \t\f input=def\u000b "))
        .containsExactly("output", "abc", "input", "def")
        .inOrder();
    assertThat(Scanner.parseArguments("checksum=0123"))
        .isEqualTo(ImmutableMap.of("checksum", "0123"));
  }

  @Test
  void lastValueWinsAndEmptyIsAWord() {
    assertThat(Scanner.parseArguments("a=1 a=2")).isEqualTo(ImmutableMap.of("a", "2"));
    // an empty argument text is one empty word, which is not name=value
    assertThrows(IllegalArgumentException.class, () -> Scanner.parseArguments("   "));
    assertThrows(IllegalArgumentException.class, () -> Scanner.parseArguments("a=1  b"));
  }
}
