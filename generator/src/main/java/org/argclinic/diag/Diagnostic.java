package org.argclinic.diag;

/**
 * One message about user input, anchored at a source position.
 *
 * <p>Lines and columns are 1-based; column 0 means "the whole line". The path is as the user
 * named it, so that messages can be pasted back into an editor.
 */
public record Diagnostic(String path, int line, int column, Severity severity, String message) {

  public enum Severity {
    ERROR,
    WARNING;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
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
