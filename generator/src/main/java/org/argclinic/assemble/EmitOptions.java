package org.argclinic.assemble;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.argclinic.model.CApi;
import org.argclinic.model.Version;

/**
 * How to emit a file.
 *
 * @param cApi which C API the glue may use; selects the template set ({@code c/core}, ...)
 * @param templatesOverride a directory whose templates replace the built-in ones of the same name
 * @param force overwrite generated output even where its checksum shows a hand edit
 * @param limitedVersion with {@link CApi#LIMITED}: the Py_LIMITED_API version the glue targets
 */
public record EmitOptions(
    CApi cApi, Optional<Path> templatesOverride, boolean force, Version limitedVersion) {
  public EmitOptions(CApi cApi, Optional<Path> templatesOverride, boolean force) {
    this(cApi, templatesOverride, force, CApi.DEFAULT_LIMITED_VERSION);
  }

  // Explicit, so a cold run does not bootstrap the record's generated methods (assemblers are
  // cached per options).
  @Override
  public boolean equals(Object o) {
    return o instanceof EmitOptions e
        && cApi == e.cApi
        && force == e.force
        && templatesOverride.equals(e.templatesOverride)
        && limitedVersion.equals(e.limitedVersion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cApi, templatesOverride, force, limitedVersion);
  }

  public static EmitOptions core() {
    return new EmitOptions(CApi.CORE, Optional.empty(), false);
  }
}
