package org.argclinic.run;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.argclinic.diag.Diagnostic;

/**
 * What a run did, or would do, to one file.
 *
 * @param path the file (a source file or a side file such as {@code clinic/foo.c.h})
 * @param status unchanged, written, stale (check mode), or failed
 * @param diff with {@link Status#STALE} or {@link Status#WRITTEN}: a unified diff of the change
 * @param staleLines 1-based lines in the old text where a changed region begins
 * @param diagnostics what went wrong or deserves a warning
 * @param missing with {@link Status#STALE} or {@link Status#WRITTEN}: the file did not exist (a
 *     side file never generated, or deleted)
 */
public record FileOutcome(
    Path path,
    Status status,
    String diff,
    ImmutableList<Integer> staleLines,
    ImmutableList<Diagnostic> diagnostics,
    boolean missing) {

  /** The outcome for a file that existed before the run. */
  public FileOutcome(
      Path path,
      Status status,
      String diff,
      ImmutableList<Integer> staleLines,
      ImmutableList<Diagnostic> diagnostics) {
    this(path, status, diff, staleLines, diagnostics, false);
  }

  public enum Status {
    UNCHANGED,
    WRITTEN,
    STALE,
    FAILED
  }

  public static FileOutcome failed(Path path, ImmutableList<Diagnostic> diagnostics) {
    return new FileOutcome(path, Status.FAILED, "", ImmutableList.of(), diagnostics);
  }
}
