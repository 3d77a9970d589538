package org.argclinic.template;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argclinic.emit.c.ViewModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** renderSlotted must give exactly what FreeMarker gives for the whole model. */
class TemplatesTest {
  private static final String BODY = "c/core/parser_body.c.ftl";

  private static String slotted(
      Templates t, String prototype, List<String> fields, boolean simple) {
    List<String> strings = new ArrayList<>();
    strings.add(prototype);
    strings.addAll(fields);
    return t.renderSlotted(
        BODY, s -> new ViewModels.ParserBody(s.get(0), s.subList(1, s.size()), simple), strings);
  }

  @Test
  void slotsAreFilledWithTheCallersStrings() {
    Templates t = Templates.builtIn();
    List<List<String>> cases =
        List.of(
            List.of("static PyObject *\nf(PyObject *m)", "a = 1;", "{{b}}", "$c ${d} \\e"),
            List.of("g(void)", "x\u00e9\u4e2d\uD83D\uDE00", "", "a = 1;"),
            List.of("h(void)", "1\u0001 marker char", "0\u00010"));
    for (List<String> c : cases) {
      for (boolean simple : new boolean[] {false, true}) {
        String whole =
            t.render(BODY, new ViewModels.ParserBody(c.get(0), c.subList(1, c.size()), simple));
        assertThat(slotted(t, c.get(0), c.subList(1, c.size()), simple)).isEqualTo(whole);
      }
    }
    // The same shape with other strings: the remembered text is refilled, not reused as is.
    assertThat(slotted(t, "p1(void)", List.of("one;"), false))
        .isNotEqualTo(slotted(t, "p2(void)", List.of("two;"), false));
  }

  @Test
  void overrideTemplatesGetTheWholeModel(@TempDir Path dir) throws Exception {
    // An override may test a string it is handed, so it is never rendered with slots.
    Files.createDirectories(dir.resolve("c/core"));
    Files.writeString(
        dir.resolve(BODY), "<#if prototype?starts_with(\"static\")>S<#else>P</#if>${prototype}");
    Templates t = Templates.of(Optional.of(dir));
    assertThat(slotted(t, "static int x", List.of(), false)).isEqualTo("Sstatic int x");
    assertThat(slotted(t, "int y", List.of(), false)).isEqualTo("Pint y");
  }
}
