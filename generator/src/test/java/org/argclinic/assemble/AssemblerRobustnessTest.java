package org.argclinic.assemble;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.parse.DslParser;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Mangled declarations must end in diagnostics, never in an internal error: each corpus file is
 * regenerated several times, each time with one line of one block dropped, duplicated or given a
 * different converter.
 */
class AssemblerRobustnessTest {
  private static final String[] CONVERTERS = {
    "object",
    "int",
    "Py_ssize_t",
    "str",
    "Py_buffer",
    "bool",
    "double",
    "unicode",
    "self",
    "defining_class"
  };

  @Test
  void mangledDeclarationsGiveDiagnosticsNotInternalErrors() throws Exception {
    Random random = new Random(3);
    List<String> internal = new ArrayList<>();
    int runs = 0;
    int rejected = 0;
    for (Path src : Corpus.sourceFiles()) {
      String text = Files.readString(src, StandardCharsets.UTF_8);
      if (!text.contains("[clinic input]") || src.getParent().endsWith("clinic")) {
        continue;
      }
      int blocks = text.split("\\[clinic input\\]", -1).length - 1;
      for (int round = 0; round < 5; round++) {
        String mangled = mangle(text, random, random.nextInt(blocks));
        runs++;
        try {
          new Assembler(EmitOptions.core())
              .assemble(DslParser.parse(Scanner.scan(src.toString(), SourceLanguage.C, mangled)));
        } catch (DiagnosticException e) {
          rejected++;
          for (Diagnostic d : e.diagnostics()) {
            if (d.message().startsWith("internal error")) {
              internal.add(d.header());
            }
          }
        } catch (RuntimeException e) {
          internal.add(src + ": " + e);
        }
      }
    }
    System.out.println("robustness: " + runs + " mangled files, " + rejected + " rejected");
    assertWithMessage(runs + " mangled files, " + rejected + " rejected; internal errors")
        .that(internal)
        .isEmpty();
    // The mangling must reach the emitter, not only the parser: most variants still generate.
    assertWithMessage("variants that generated").that(runs - rejected).isGreaterThan(runs / 4);
  }

  /** Changes one line inside the DSL of clinic block number {@code target}. */
  private static String mangle(String text, Random random, int target) {
    int seen = 0;
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    boolean inBlock = false;
    List<String> block = new ArrayList<>();
    for (String line : lines) {
      if (!inBlock && line.strip().equals("/*[clinic input]")) {
        inBlock = true;
        out.append(line).append('\n');
        block.clear();
        continue;
      }
      if (inBlock && line.startsWith("[clinic start generated code]*/")) {
        inBlock = false;
        if (!block.isEmpty() && seen++ == target) {
          int i = random.nextInt(block.size());
          switch (random.nextInt(3)) {
            case 0 -> block.remove(i);
            case 1 -> block.add(i, block.get(i));
            default ->
                block.set(
                    i,
                    block
                        .get(i)
                        .replaceFirst(
                            ":\\s*\\w+", ": " + CONVERTERS[random.nextInt(CONVERTERS.length)]));
          }
        }
        for (String b : block) {
          out.append(b).append('\n');
        }
        out.append(line).append('\n');
        continue;
      }
      if (inBlock) {
        block.add(line);
      } else {
        out.append(line).append('\n');
      }
    }
    return out.substring(0, out.length() - 1);
  }
}
