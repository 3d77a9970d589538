package org.argclinic.resolve;

import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;

/**
 * A converter rejected its arguments or default. Unchecked inside converter code so that {@code
 * converterInit} overrides stay short; the registry turns it into a {@link DiagnosticException}.
 */
public final class ConverterException extends RuntimeException {
  private final Diagnostic diagnostic;

  public ConverterException(Diagnostic diagnostic) {
    super(diagnostic.header(), null, false, false);
    this.diagnostic = diagnostic;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }

  public DiagnosticException toDiagnosticException() {
    return new DiagnosticException(diagnostic);
  }
}
