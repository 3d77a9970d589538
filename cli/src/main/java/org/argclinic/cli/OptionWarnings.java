package org.argclinic.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import org.argclinic.run.GenerateRequest;
import org.argclinic.scan.SourceLanguage;

/** Options given that had nothing to act on in a run, said once each (exit code unchanged). */
final class OptionWarnings {
  private OptionWarnings() {}

  /** Warns about C options when no C file was read, and Rust options when no Rust file was. */
  static void print(GenerateRequest request, Collection<Path> files, PrintWriter err) {
    if (files.isEmpty()) {
      return;
    }
    boolean c = files.stream().anyMatch(p -> is(p, SourceLanguage.C));
    boolean rust = files.stream().anyMatch(p -> is(p, SourceLanguage.RUST));
    if (request.cApiGiven() && !c) {
      err.println("argclinic: warning: --c-api has no effect: no C source was read");
    }
    if (!request.rustFfi().equals(GenerateRequest.DEFAULT_RUST_FFI) && !rust) {
      err.println("argclinic: warning: --rust-ffi has no effect: no Rust source was read");
    }
  }

  private static boolean is(Path p, SourceLanguage language) {
    return SourceLanguage.of(p.getFileName().toString()).equals(Optional.of(language));
  }
}
