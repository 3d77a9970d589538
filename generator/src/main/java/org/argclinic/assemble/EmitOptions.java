package org.argclinic.assemble;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to emit a file.
 *
 * @param cApi which C API the glue may use; selects the template set ({@code c/core}, ...)
 * @param templatesOverride a directory whose templates replace the built-in ones of the same name
 * @param force overwrite generated output even where its checksum shows a hand edit
 */
public record EmitOptions(CApi cApi, Optional<Path> templatesOverride, boolean force) {
  /** The C API target: {@code core} is CPython's own tree, byte-identical to its clinic. */
  public enum CApi {
    CORE,
    PUBLIC,
    LIMITED;

    public String templateSet() {
      return "c/" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static EmitOptions core() {
    return new EmitOptions(CApi.CORE, Optional.empty(), false);
  }
}
