package org.argclinic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticPrinter;

/** Prints diagnostics with their source line and a caret, reading each file once. */
final class Reporter {
  private final PrintWriter err;
  private final Map<String, List<String>> lines = new HashMap<>();

  Reporter(PrintWriter err) {
    this.err = err;
  }

  void print(Iterable<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      DiagnosticPrinter.print(err, d, lines.computeIfAbsent(d.path(), Reporter::read));
    }
  }

  private static List<String> read(String path) {
    try {
      return Files.readString(Path.of(path), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}
