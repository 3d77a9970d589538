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

/** Generates the Rust examples' glue (test-side until the CLI drives the Rust target). */
final class RustExamples {
  private RustExamples() {}

  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** A Rust source of an example and its generated files. */
  record Generated(Path source, String sourceText, Path clinicFile, String clinicText, RustSource.Result result) {}

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

  /** Writes the files when {@code -Dgolden.update=true}; returns whether they were up to date. */
  static boolean upToDate(Generated g) throws IOException {
    boolean same = Files.readString(g.source()).equals(g.sourceText())
        && Files.exists(g.clinicFile())
        && Files.readString(g.clinicFile()).equals(g.clinicText());
    if (!same && UPDATE) {
      Files.createDirectories(g.clinicFile().getParent());
      Files.writeString(g.source(), g.sourceText());
      Files.writeString(g.clinicFile(), g.clinicText());
      return true;
    }
    return same;
  }

  static Path root() {
    return Corpus.root();
  }
}
