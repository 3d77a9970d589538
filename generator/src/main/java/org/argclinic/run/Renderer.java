package org.argclinic.run;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.FileModel;

/**
 * The emit and assemble stages seen from the orchestrator: a parsed file in, the complete new
 * text of every file it owns out (the source itself and its side files, e.g. {@code
 * clinic/foo.c.h}).
 */
@FunctionalInterface
public interface Renderer {
  ImmutableMap<Path, String> render(Path source, FileModel model, GenerateRequest request)
      throws DiagnosticException;
}
