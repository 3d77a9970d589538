package org.argclinic.run;

import com.google.common.collect.ImmutableList;
import org.argclinic.diag.Diagnostic;

/** The outcome of a run over every file it read. */
public record GenerateResult(ImmutableList<FileOutcome> files) {

  public boolean hasErrors() {
    return files.stream()
        .anyMatch(
            f ->
                f.status() == FileOutcome.Status.FAILED
                    || f.diagnostics().stream().anyMatch(Diagnostic::isError));
  }

  public boolean hasStale() {
    return files.stream().anyMatch(f -> f.status() == FileOutcome.Status.STALE);
  }

  public ImmutableList<Diagnostic> diagnostics() {
    return files.stream()
        .flatMap(f -> f.diagnostics().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** 0 when nothing is wrong or stale, 1 otherwise (the CLI's exit code contract). */
  public int exitCode() {
    return hasErrors() || hasStale() ? 1 : 0;
  }
}
