package org.argclinic.assemble;

import java.util.List;
import java.util.Optional;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.Segment;
import org.argclinic.scan.SourceLanguage;

/** The check a side file passes before generation overwrites it. */
public final class SideFiles {
  private SideFiles() {}

  /**
   * Checks that an existing side file is one that generation wrote, which is safe to overwrite: a
   * single {@code preserve} block and nothing around it. Argument Clinic refuses to overwrite any
   * other file ("Modified destination file"); {@code --force} skips the check.
   */
  public static Optional<Diagnostic> verify(String path, String existingText) {
    try {
      ScannedFile f = Scanner.scan(path, SourceLanguage.C, existingText);
      List<Segment> segments = f.segments();
      if (segments.size() == 1
          && segments.get(0) instanceof Segment.Block b
          && b.input().equals("preserve\n")) {
        return Optional.empty();
      }
    } catch (DiagnosticException e) {
      // unreadable: treat as modified
    }
    return Optional.of(
        Diagnostic.error(path, 1, 0, "Modified destination file '" + path + "'; not overwriting!"));
  }
}
