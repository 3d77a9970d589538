package org.argclinic.diag;

import java.io.PrintWriter;
import java.util.List;

/**
 * Prints diagnostics as {@code path:line:col: error: message}, then the source line and a caret.
 */
public final class DiagnosticPrinter {
  private DiagnosticPrinter() {}

  /**
   * @param lines the source file's lines (without line ends), or an empty list when the text is not
   *     at hand; then only the header is printed
   */
  public static void print(PrintWriter out, Diagnostic d, List<String> lines) {
    out.println(d.header());
    if (!d.sourceLine().isEmpty() || (d.line() >= 1 && d.line() <= lines.size())) {
      String src = d.sourceLine().isEmpty() ? lines.get(d.line() - 1) : d.sourceLine();
      out.println(src);
      StringBuilder caret = new StringBuilder();
      int col = Math.max(d.column(), 1);
      // Keep tabs so the caret lines up under the same glyph in a terminal.
      for (int i = 0; i < col - 1 && i < src.length(); i++) {
        caret.append(src.charAt(i) == '\t' ? '\t' : ' ');
      }
      caret.append('^');
      out.println(caret);
    }
  }
}
