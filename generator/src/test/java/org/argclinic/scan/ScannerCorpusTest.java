package org.argclinic.scan;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;

class ScannerCorpusTest {

  @Test
  void everyCorpusFileRoundTripsAndEveryInputChecksumMatches() throws Exception {
    int files = 0;
    int blocks = 0;
    List<String> mismatches = new ArrayList<>();
    for (Path p : Corpus.sourceFiles()) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      ScannedFile f = Scanner.scan(p.toString(), SourceLanguage.C, text);
      assertThat(f.text()).isEqualTo(text);
      if (!f.hasBlocks()) {
        continue;
      }
      boolean generated = p.getParent().getFileName().toString().equals("clinic");
      if (!generated) {
        files++;
      }
      for (Segment.Block b : f.blocks()) {
        if (!generated && b.dslName().equals("clinic")) {
          blocks++;
        }
        if (!b.hasEndMarker()) {
          mismatches.add(p + ":" + b.startLine() + ": no end marker");
          continue;
        }
        String input = b.endArguments().get("input");
        if (input != null && !input.equals(Checksums.of(b.input(), input.length()))) {
          mismatches.add(p + ":" + b.startLine() + ": input checksum");
        }
        String output = b.endArguments().getOrDefault("output", b.endArguments().get("checksum"));
        if (!output.equals(Checksums.of(b.output(), output.length()))) {
          mismatches.add(p + ":" + b.startLine() + ": output checksum");
        }
      }
    }
    assertThat(mismatches).isEmpty();
    // Source files (outside the generated clinic/ directories) and their [clinic input] blocks.
    assertThat(files).isEqualTo(138);
    assertThat(blocks).isEqualTo(2282);
  }
}
