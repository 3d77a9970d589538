package org.argclinic.parse;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.Segment;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Damaged corpus blocks (a line dropped, doubled, cut short, or a character inserted) must give
 * diagnostics, never an exception.
 */
class DslParserRobustnessTest {
  private static final String NOISE = "[]*/\\=:()\"'#,.@- \tx0é{}";
  private static final int MUTATIONS_PER_FILE =
      Integer.getInteger("argclinic.robustness.mutations", 20);

  @Test
  void damagedBlocksNeverThrow() throws Exception {
    Random random = new Random(20261125);
    List<String> crashes = new ArrayList<>();
    int parsed = 0;
    for (Path p : Corpus.sourceFiles()) {
      if (p.getParent().getFileName().toString().equals("clinic")) {
        continue;
      }
      String text = Files.readString(p, StandardCharsets.UTF_8);
      ScannedFile file = Scanner.scan(p.toString(), SourceLanguage.C, text);
      List<Segment.Block> blocks = file.blocks();
      if (blocks.isEmpty()) {
        continue;
      }
      for (int m = 0; m < MUTATIONS_PER_FILE; m++) {
        Segment.Block b = blocks.get(random.nextInt(blocks.size()));
        String mutated = mutate(b.input(), random);
        String damaged =
            text.replace(
                b.text(),
                b.startMarker() + mutated + b.stopMarker() + b.output() + b.endMarker().orElse(""));
        try {
          DslParser.parse(Scanner.scan(p.toString(), SourceLanguage.C, damaged));
          parsed++;
        } catch (DiagnosticException e) {
          // The scanner may reject the damage; that is a diagnostic too.
        } catch (RuntimeException e) {
          crashes.add(p.getFileName() + ":" + b.startLine() + ": " + e + "\n" + mutated);
        }
      }
    }
    assertThat(crashes).isEmpty();
    assertThat(parsed).isGreaterThan(1000);
  }

  private static String mutate(String input, Random random) {
    List<String> lines = new ArrayList<>(List.of(input.split("\n", -1)));
    int i = random.nextInt(lines.size());
    String line = lines.get(i);
    switch (random.nextInt(5)) {
      case 0 -> lines.remove(i);
      case 1 -> lines.add(i, line);
      case 2 -> lines.set(i, line.substring(0, random.nextInt(line.length() + 1)));
      case 3 -> {
        int at = random.nextInt(line.length() + 1);
        char c = NOISE.charAt(random.nextInt(NOISE.length()));
        lines.set(i, line.substring(0, at) + c + line.substring(at));
      }
      default -> lines.set(i, line.strip());
    }
    return String.join("\n", lines);
  }
}
