package org.argclinic.emit.rust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.FileModel;
import org.argclinic.parse.DslParser;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.testing.Corpus;
import org.argclinic.testing.Golden;

/**
 * Generates the Rust examples' glue as {@code ./argclinic generate} does (through RustRenderer),
 * plus the emitter's own result (which functions it skipped), for the golden tests.
 */
final class RustExamples {
  private RustExamples() {}

  /** A Rust source of an example and its generated files. */
  record Generated(
      Path source,
      String sourceText,
      Path clinicFile,
      String clinicText,
      RustSource.Result result) {}

  static Generated generate(Path source) throws IOException, DiagnosticException {
    String text = Files.readString(source, StandardCharsets.UTF_8);
    ScannedFile scanned = Scanner.scan(source.toString(), SourceLanguage.RUST, text);
    String base = source.getFileName().toString();
    FileModel model = DslParser.parse(scanned);
    if (model.hasErrors()) {
      throw new DiagnosticException(model.diagnostics());
    }
    RustSource.Result r = RustSource.generate(model, base, new RustEmitter(RustOptions.defaults()));
    Path clinic = source.resolveSibling("clinic").resolve(base);
    // The texts the CLI writes (stamp included) come from the renderer the CLI uses.
    var files = RustRenderer.render(source, model, RustOptions.defaults().ffiPath());
    return new Generated(source, files.get(source), clinic, files.get(clinic), r);
  }

  /** The committed source and its clinic file against generation (see {@link Golden}). */
  static void checkGolden(Generated g) throws Exception {
    Golden.check(g.source(), g.sourceText(), () -> generate(g.source()).sourceText());
    Golden.check(g.clinicFile(), g.clinicText(), () -> generate(g.source()).clinicText());
  }

  static Path root() {
    return Corpus.root();
  }
}
