package org.argclinic.diag;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The one checked failure of every stage that reads user input. It carries every diagnostic the
 * stage could find, so that a run reports all mistakes at once.
 */
public final class DiagnosticException extends Exception {
  private final ImmutableList<Diagnostic> diagnostics;

  public DiagnosticException(List<Diagnostic> diagnostics) {
    super(
        diagnostics.isEmpty() ? "no diagnostics" : diagnostics.get(0).header(), null, false, false);
    this.diagnostics = ImmutableList.copyOf(diagnostics);
  }

  public DiagnosticException(Diagnostic diagnostic) {
    this(ImmutableList.of(diagnostic));
  }

  public ImmutableList<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
