package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.FileModel;
import org.argclinic.scan.Checksums;
import org.argclinic.template.Templates;

/**
 * The Rust target as the orchestrator sees it: a parsed {@code .rs} file in, its new text and
 * {@code clinic/<basename>.rs} out. A function the Rust target cannot render is an error.
 */
public final class RustRenderer {
  private RustRenderer() {}

  /** As {@link #render(Path, FileModel, String, Templates)} with the built-in templates. */
  public static ImmutableMap<Path, String> render(Path source, FileModel model, String ffiPath)
      throws DiagnosticException {
    return render(source, model, ffiPath, Templates.builtIn());
  }

  /**
   * @param templates the run's templates
   */
  public static ImmutableMap<Path, String> render(
      Path source, FileModel model, String ffiPath, Templates templates)
      throws DiagnosticException {
    String base = source.getFileName().toString();
    RustSource.Result r =
        RustSource.generate(model, base, new RustEmitter(new RustOptions(ffiPath), templates));
    if (!r.skipped().isEmpty()) {
      ImmutableList.Builder<Diagnostic> d = ImmutableList.builder();
      for (RustEmitter.Skipped s : r.skipped()) {
        d.add(RustEmitter.diagnostic(source.toString(), s));
      }
      throw new DiagnosticException(d.build());
    }
    Path clinic = source.resolveSibling("clinic").resolve(base);
    // The stamp lets generate refuse to overwrite glue edited by hand.
    return ImmutableMap.of(source, r.source(), clinic, Checksums.stamped(r.clinicFile()));
  }
}
