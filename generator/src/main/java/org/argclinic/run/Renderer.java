package org.argclinic.run;

import java.nio.file.Path;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.FileModel;
import org.argclinic.template.Templates;

/**
 * The emit and assemble stages seen from the orchestrator: a parsed file in, the complete new text
 * of every file it owns out (the source itself and its side files, e.g. {@code clinic/foo.c.h}),
 * with where the source named each side file it names and the warnings generation raised.
 */
@FunctionalInterface
public interface Renderer {
  /**
   * @param templates the run's templates, built once from its request
   */
  Rendered render(Path source, FileModel model, GenerateRequest request, Templates templates)
      throws DiagnosticException;
}
