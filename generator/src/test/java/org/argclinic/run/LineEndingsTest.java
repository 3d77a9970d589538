package org.argclinic.run;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.argclinic.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources written with CRLF line ends (a Windows checkout): generated like any other, written back
 * with CRLF; mixed line ends refused at the first line that differs. Before, a CRLF source's blocks
 * were not recognised and generate did nothing, silently.
 */
class LineEndingsTest {
  @TempDir Path dir;

  private final Generator generator = Generators.standard();

  private static final String SOURCE =
      """
      #include <Python.h>
      /*[clinic input]
      module m
      [clinic start generated code]*/

      #include "clinic/m.c.h"

      /*[clinic input]
      m.f
          a: int
          /

      Doc.
      [clinic start generated code]*/
      """;

  private GenerateRequest request(Path p) {
    return GenerateRequest.builder().addPath(p).defaultProjectRoot(Optional.of(dir)).build();
  }

  private static String crlf(String lf) {
    return lf.replace("\n", "\r\n");
  }

  @Test
  void crlfSourceIsGeneratedAndKeepsItsLineEnds() throws Exception {
    Path lfDir = Files.createDirectory(dir.resolve("lf"));
    Path crlfDir = Files.createDirectory(dir.resolve("crlf"));
    Path lf = lfDir.resolve("m.c");
    Path cr = crlfDir.resolve("m.c");
    Files.writeString(lf, SOURCE, UTF_8);
    Files.writeString(cr, crlf(SOURCE), UTF_8);

    assertThat(generator.generate(request(lf)).exitCode()).isEqualTo(0);
    GenerateResult r = generator.generate(request(cr));
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.files()).hasSize(2);

    // The same bytes as the LF source's output, each \n written as \r\n.
    assertThat(Files.readString(cr, UTF_8)).isEqualTo(crlf(Files.readString(lf, UTF_8)));
    assertThat(Files.readString(crlfDir.resolve("clinic/m.c.h"), UTF_8))
        .isEqualTo(crlf(Files.readString(lfDir.resolve("clinic/m.c.h"), UTF_8)));
    assertThat(Files.readString(cr, UTF_8)).contains("m_f_impl(PyObject *module, int a)\r\n");

    // Up to date afterwards: check is clean and a second generate writes nothing.
    assertThat(generator.check(request(cr)).exitCode()).isEqualTo(0);
    assertThat(
            generator.generate(request(cr)).files().stream()
                .allMatch(f -> f.status() == FileOutcome.Status.UNCHANGED))
        .isTrue();
  }

  @Test
  void mixedLineEndsAreRefusedAtTheFirstLineThatDiffers() throws Exception {
    Path f = dir.resolve("m.c");
    String[] lines = crlf(SOURCE).split("(?<=\n)");
    lines[8] = lines[8].replace("\r\n", "\n"); // line 9: "m.f"
    String mixed = String.join("", lines);
    Files.writeString(f, mixed, UTF_8);

    GenerateResult r = generator.generate(request(f));
    assertThat(r.exitCode()).isNotEqualTo(0);
    Diagnostic d = r.files().get(0).diagnostics().get(0);
    assertThat(d.line()).isEqualTo(9);
    assertThat(d.message()).contains("line ends with LF but line 1 with CRLF");
    assertThat(Files.readString(f, UTF_8)).isEqualTo(mixed);
    assertThat(Files.exists(dir.resolve("clinic"))).isFalse();

    // model reports what generate would.
    assertThat(generator.model(request(f)).get(0).diagnostics().get(0).message())
        .isEqualTo(d.message());
  }
}
