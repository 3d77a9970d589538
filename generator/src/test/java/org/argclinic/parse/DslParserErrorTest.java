package org.argclinic.parse;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.FileModel;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Malformed DSL: each case of {@code malformed.txt} must give exactly its one error. */
public class DslParserErrorTest {

  /** Scans and parses {@code text}; every error diagnostic as {@code line:col: message}. */
  static List<String> errors(String text) {
    List<Diagnostic> diagnostics;
    try {
      ScannedFile scanned = Scanner.scan("test.c", SourceLanguage.C, text);
      FileModel model = DslParser.parse(scanned);
      diagnostics = model.diagnostics();
    } catch (DiagnosticException e) {
      diagnostics = e.diagnostics();
    }
    return diagnostics.stream()
        .filter(Diagnostic::isError)
        .map(d -> d.line() + ":" + d.column() + ": " + d.message())
        .collect(Collectors.toList());
  }

  /** A case's DSL as a whole block (the start and stop lines added unless present). */
  public static String wrap(String dsl) {
    return dsl.startsWith("/*[")
        ? dsl
        : "/*[clinic input]\n" + dsl + "[clinic start generated code]*/\n";
  }

  /** Every case of {@code malformed.txt}: its name, its DSL and its one expected error. */
  public static Stream<Arguments> cases() throws IOException {
    String table;
    try (InputStream in = DslParserErrorTest.class.getResourceAsStream("malformed.txt")) {
      table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Arguments> out = new ArrayList<>();
    String name = null;
    StringBuilder input = new StringBuilder();
    StringBuilder expected = null;
    for (String line : table.split("\n", -1)) {
      if (line.startsWith("=== ")) {
        add(out, name, input, expected);
        name = line.substring(4);
        input.setLength(0);
        expected = null;
      } else if (name == null) {
        continue;
      } else if (line.equals("---") && expected == null) {
        expected = new StringBuilder();
      } else if (expected != null) {
        expected.append(line).append('\n');
      } else {
        input.append(line).append('\n');
      }
    }
    add(out, name, input, expected);
    return out.stream();
  }

  private static void add(
      List<Arguments> out, String name, StringBuilder input, StringBuilder expected) {
    if (name != null) {
      out.add(Arguments.of(name, input.toString(), expected.toString().strip()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheMistakeWhereItIs(String name, String dsl, String expected) {
    assertThat(errors(wrap(dsl))).containsExactly(expected);
  }

  @Test
  void thereAreEnoughCases() throws IOException {
    assertThat(cases().count()).isAtLeast(45);
  }
}
