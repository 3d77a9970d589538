package org.argclinic.template;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argclinic.assemble.Assembler;
import org.argclinic.assemble.EmitOptions;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.CApi;
import org.argclinic.parse.DslParser;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The render cache's slotted calls give exactly what whole rendering gives: every slotted call over
 * CPython's tree (the conformance corpus and Lib/test/clinic.test.c), for each C target, is
 * rendered both ways (Templates' test mode) and compared.
 */
class SlotsConformanceTest {
  private long before;

  @BeforeEach
  void on() {
    before = Templates.checkSlots(true);
  }

  @AfterEach
  void off() {
    Templates.checkSlots(false);
  }

  @ParameterizedTest
  @EnumSource(CApi.class)
  void slottedRenderingIsWholeRendering(CApi target) throws IOException {
    List<Path> files = new ArrayList<>(Corpus.sourceFiles());
    files.add(Corpus.tree().resolve("Lib/test/clinic.test.c"));
    List<String> differences = new ArrayList<>();
    Assembler assembler = new Assembler(new EmitOptions(target, Optional.empty(), true));
    for (Path f : files) {
      String text = Files.readString(f, StandardCharsets.UTF_8);
      try {
        assembler.assemble(DslParser.parse(Scanner.scan(f.toString(), SourceLanguage.C, text)));
      } catch (DiagnosticException e) {
        // Targets other than core refuse some of CPython's converters: only differences count.
        for (Diagnostic d : e.diagnostics()) {
          if (d.message().contains("slotted rendering")) {
            differences.add(d.header() + "\n" + d.message());
          }
        }
      }
    }
    long compared = Templates.checkSlots(true) - before;
    System.out.println(
        "SlotsConformanceTest "
            + target
            + ": "
            + compared
            + " slotted calls compared over "
            + files.size()
            + " files");
    assertWithMessage("slotted calls that differ from whole rendering").that(differences).isEmpty();
    assertThat(compared).isGreaterThan(1000L);
  }
}
