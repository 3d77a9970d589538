package org.argclinic.scan;

import java.util.Locale;
import java.util.Optional;

/**
 * The languages whose sources may hold blocks. C and Rust share the block-comment markers; they
 * differ in what the generated glue is written in.
 */
public enum SourceLanguage {
  C,
  RUST;

  /** The language a file name implies, if argclinic reads such files. */
  public static Optional<SourceLanguage> of(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".c")
        || n.endsWith(".h")
        || n.endsWith(".cc")
        || n.endsWith(".cpp")
        || n.endsWith(".hpp")) {
      return Optional.of(C);
    }
    if (n.endsWith(".rs")) {
      return Optional.of(RUST);
    }
    return Optional.empty();
  }
}
