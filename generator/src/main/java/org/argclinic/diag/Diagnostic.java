package org.argclinic.diag;

import java.util.List;
import java.util.Locale;

/**
 * One message about user input, anchored at a source position.
 *
 * <p>Lines and columns are 1-based; column 0 means "the whole line". The path is as the user named
 * it, so that messages can be pasted back into an editor.
 *
 * @param sourceLine the text of the line as it was read, when the file may have changed since (a
 *     warning about a file that was then rewritten); empty when the printer reads the file
 */
public record Diagnostic(
    String path, int line, int column, Severity severity, String message, String sourceLine) {

  public Diagnostic(String path, int line, int column, Severity severity, String message) {
    this(path, line, column, severity, message, "");
  }

  /** This diagnostic with the text of its line taken from {@code lines} (the file as read). */
  public Diagnostic withSourceLine(List<String> lines) {
    return line >= 1 && line <= lines.size()
        ? new Diagnostic(path, line, column, severity, message, lines.get(line - 1))
        : this;
  }

  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public static Diagnostic error(String path, int line, int column, String message) {
    return new Diagnostic(path, line, column, Severity.ERROR, message);
  }

  public static Diagnostic warning(String path, int line, int column, String message) {
    return new Diagnostic(path, line, column, Severity.WARNING, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:col: error: message}, the form editors and CI annotators understand. */
  public String header() {
    return path + ":" + line + ":" + Math.max(column, 1) + ": " + severity.label() + ": " + message;
  }
}
