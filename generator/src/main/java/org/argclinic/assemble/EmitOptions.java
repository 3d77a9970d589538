package org.argclinic.assemble;

import java.nio.file.Path;
import java.util.Optional;
import org.argclinic.model.Version;

/**
 * How to emit a file.
 *
 * @param cApi which C API the glue may use; selects the template set ({@code c/core}, ...)
 * @param templatesOverride a directory whose templates replace the built-in ones of the same name
 * @param force overwrite generated output even where its checksum shows a hand edit
 * @param limitedVersion with {@link CApi#LIMITED}: the Py_LIMITED_API version the glue targets
 */
public record EmitOptions(CApi cApi, Optional<Path> templatesOverride, boolean force,
    Version limitedVersion) {
  /** Py_LIMITED_API 3.10: the first limited API with METH_FASTCALL. */
  public static final Version DEFAULT_LIMITED_VERSION = new Version(3, 10);

  public EmitOptions(CApi cApi, Optional<Path> templatesOverride, boolean force) {
    this(cApi, templatesOverride, force, DEFAULT_LIMITED_VERSION);
  }

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
