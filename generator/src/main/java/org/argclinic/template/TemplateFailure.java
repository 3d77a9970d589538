package org.argclinic.template;

import org.argclinic.diag.Diagnostic;

/**
 * A template that does not parse or fails while rendering (an override with a mistake, most often):
 * unchecked, because it surfaces deep inside the emitters, and positioned in the template file, so
 * that generation reports it as any other error.
 */
public final class TemplateFailure extends RuntimeException {
  private final Diagnostic diagnostic;

  TemplateFailure(Diagnostic diagnostic, Throwable cause) {
    super(
        diagnostic.path()
            + ":"
            + diagnostic.line()
            + ":"
            + diagnostic.column()
            + ": "
            + diagnostic.message(),
        cause);
    this.diagnostic = diagnostic;
  }

  /** The error, at the template file (the override's path, or the built-in template's name). */
  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
