package org.argclinic.emit.c;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The view models key the render cache: equal content must mean equal keys, and only then. */
class ViewModelsTest {
  @Test
  void equalContentIsEqual() {
    assertThat(new ViewModels.ParseStep("k", "t", "o", 2))
        .isEqualTo(new ViewModels.ParseStep("k", "t", "o", 2));
    assertThat(new ViewModels.ParseStep("k", "t", "o", 2).hashCode())
        .isEqualTo(new ViewModels.ParseStep("k", "t", "o", 2).hashCode());
    assertThat(new ViewModels.ParserBody("p", List.of("a"), false))
        .isEqualTo(new ViewModels.ParserBody("p", List.of("a"), false));
    assertThat(new ViewModels.Warning("k", 3, 14, "0x030e00C0", "m", "c", "e"))
        .isEqualTo(new ViewModels.Warning("k", 3, 14, "0x030e00C0", "m", "c", "e"));
    assertThat(
            new ViewModels.OptionGroups(
                "n",
                List.of(new ViewModels.OptionCase(1, "i", "a", List.of("g"))),
                "f",
                "m.f",
                0,
                1))
        .isEqualTo(
            new ViewModels.OptionGroups(
                "n",
                List.of(new ViewModels.OptionCase(1, "i", "a", List.of("g"))),
                "f",
                "m.f",
                0,
                1));
  }

  @Test
  void anyDifferentComponentIsNotEqual() {
    ViewModels.ParseStep s = new ViewModels.ParseStep("k", "t", "o", 2);
    assertThat(s).isNotEqualTo(new ViewModels.ParseStep("x", "t", "o", 2));
    assertThat(s).isNotEqualTo(new ViewModels.ParseStep("k", "x", "o", 2));
    assertThat(s).isNotEqualTo(new ViewModels.ParseStep("k", "t", "x", 2));
    assertThat(s).isNotEqualTo(new ViewModels.ParseStep("k", "t", "o", 3));
    assertThat(s).isNotEqualTo(new ViewModels.ParseStep("k", "t", "o", "2", "s", true));
    assertThat(new ViewModels.ParserDeclaration(true, 1, false))
        .isNotEqualTo(new ViewModels.ParserDeclaration(false, 1, false));
    assertThat(new ViewModels.Prototype("k", "a")).isNotEqualTo(new ViewModels.Prototype("k", "b"));
  }
}
