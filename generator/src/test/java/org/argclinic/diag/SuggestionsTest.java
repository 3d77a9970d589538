package org.argclinic.diag;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
  @Test
  void typosFindTheNameMeant() {
    assertThat(Suggestions.closest("lnog", List.of("int", "long", "long_long"))).hasValue("long");
    assertThat(Suggestions.closest("genrate", List.of("generate", "check", "model")))
        .hasValue("generate");
    assertThat(Suggestions.closest("py_buffer", List.of("Py_buffer", "Py_ssize_t")))
        .hasValue("Py_buffer");
    assertThat(Suggestions.closest("@classmthod", List.of("@classmethod", "@staticmethod")))
        .hasValue("@classmethod");
  }

  @Test
  void unrelatedNamesSuggestNothing() {
    assertThat(Suggestions.closest("integer", List.of("int", "long"))).isEmpty();
    assertThat(Suggestions.closest("x", List.of("int"))).isEmpty();
    assertThat(Suggestions.didYouMean("frobnicate", List.of("generate", "check"))).isEmpty();
  }

  @Test
  void distanceCountsASwapAsOneEdit() {
    assertThat(Suggestions.distance("lnog", "long")).isEqualTo(1);
    assertThat(Suggestions.distance("abc", "abc")).isEqualTo(0);
    assertThat(Suggestions.distance("", "ab")).isEqualTo(2);
  }
}
