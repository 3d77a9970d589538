package org.argclinic.assemble;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.FileModel;
import org.argclinic.parse.DslParser;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Regenerates every clinic-bearing source file of the CPython 3.13.5 corpus with {@code --c-api
 * core} and compares it, and its side files, byte for byte with what CPython's clinic wrote. The
 * number of identical files may not fall below the committed floor; per-file first differences go
 * to {@code target/conformance.txt}.
 */
class ConformanceTest {
  private static final Path FLOOR = Paths.get("src/test/resources/conformance-floor.txt");

  /** The outcome for one file: empty when identical, else a first-difference summary. */
  static String compare(Path src) {
    try {
      String text = Files.readString(src, StandardCharsets.UTF_8);
      ScannedFile scanned = Scanner.scan(src.toString(), SourceLanguage.C, text);
      FileModel model = DslParser.parse(scanned);
      AssembledFile out = new Assembler(EmitOptions.core()).assemble(model);
      String d = firstDifference(text, out.text());
      if (!d.isEmpty()) {
        Path dump = Paths.get("target/conformance-out").resolve(src.getFileName().toString());
        Files.createDirectories(dump.getParent());
        Files.writeString(dump, out.text());
        return "source: " + d;
      }
      for (Map.Entry<String, String> side : out.sideFiles().entrySet()) {
        Path p = Paths.get(side.getKey());
        String expected = Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        if (Files.exists(p) && SideFiles.verify(p.toString(), expected).isPresent()) {
          return p.getFileName() + ": existing side file would be refused as modified";
        }
        d = firstDifference(expected, side.getValue());
        if (!d.isEmpty()) {
          Path dump = Paths.get("target/conformance-out").resolve(p.getFileName().toString());
          Files.createDirectories(dump.getParent());
          Files.writeString(dump, side.getValue());
          return p.getFileName() + ": " + d;
        }
      }
      Path expectedSide = src.resolveSibling("clinic").resolve(src.getFileName() + ".h");
      if (Files.exists(expectedSide)
          && !out.sideFiles().containsKey(expectedSide.toString())
          && text.contains("clinic/" + src.getFileName() + ".h")) {
        return "side file " + expectedSide.getFileName() + " not produced";
      }
      return "";
    } catch (DiagnosticException e) {
      return "diagnostics: " + e.diagnostics().get(0).header().replace('\n', ' ');
    } catch (IOException | RuntimeException e) {
      return "exception: " + e;
    }
  }

  /** Line number and both versions of the first differing line; empty when equal. */
  static String firstDifference(String expected, String actual) {
    if (expected.equals(actual)) {
      return "";
    }
    String[] a = expected.split("\n", -1);
    String[] b = actual.split("\n", -1);
    int i = 0;
    while (i < a.length && i < b.length && a[i].equals(b[i])) {
      i++;
    }
    String ea = i < a.length ? a[i] : "<EOF>";
    String eb = i < b.length ? b[i] : "<EOF>";
    return "line " + (i + 1) + ": expected [" + ea + "] got [" + eb + "]";
  }

  @Test
  void corpusFilesRegenerateIdentically() throws IOException {
    Path tree = Corpus.tree();
    Map<String, String> results = new TreeMap<>();
    for (Path src : Corpus.sourceFiles()) {
      if (src.getParent().getFileName().toString().equals("clinic")) {
        continue;
      }
      String text = Files.readString(src, StandardCharsets.UTF_8);
      if (!text.contains("[clinic input]")) {
        continue;
      }
      results.put(tree.relativize(src).toString(), compare(src));
    }
    long identical = results.values().stream().filter(String::isEmpty).count();
    List<String> report = new ArrayList<>();
    report.add("identical: " + identical + " / " + results.size());
    results.forEach(
        (k, v) -> {
          if (!v.isEmpty()) {
            report.add(k + ": " + v);
          }
        });
    Files.createDirectories(Paths.get("target"));
    Files.write(Paths.get("target/conformance.txt"), report);
    System.out.println(
        "conformance: "
            + identical
            + " / "
            + results.size()
            + " files identical (details in target/conformance.txt)");
    int floor = Integer.parseInt(Files.readString(FLOOR).strip());
    assertWithMessage("identical files fell below the committed floor; see target/conformance.txt")
        .that(identical)
        .isAtLeast((long) floor);
  }

  @Test
  void clinicTestGoldenFileRegeneratesIdentically() throws IOException {
    Path golden = Corpus.tree().resolve("Lib/test/clinic.test.c");
    String d = compare(golden);
    Files.createDirectories(Paths.get("target"));
    Files.writeString(
        Paths.get("target/clinic-test-c.txt"), d.isEmpty() ? "identical\n" : d + "\n");
    assertWithMessage("Lib/test/clinic.test.c").that(d).isEmpty();
  }
}
