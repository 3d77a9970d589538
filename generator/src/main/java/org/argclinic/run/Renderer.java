package org.argclinic.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.FileModel;

/**
 * The emit and assemble stages seen from the orchestrator: a parsed file in, the complete new
 * text of every file it owns out (the source itself and its side files, e.g. {@code
 * clinic/foo.c.h}), with the warnings generation raised.
 */
@FunctionalInterface
public interface Renderer {
  Output render(Path source, FileModel model, GenerateRequest request) throws DiagnosticException;

  /** The new text of each file, and warnings about the source (they do not stop the run). */
  record Output(ImmutableMap<Path, String> files, ImmutableList<Diagnostic> warnings) {
    public static Output of(ImmutableMap<Path, String> files) {
      return new Output(files, ImmutableList.of());
    }
  }
}
