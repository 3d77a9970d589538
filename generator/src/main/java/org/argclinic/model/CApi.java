package org.argclinic.model;

import java.util.Locale;

/** Which C API the generated C glue may use (see DESIGN.md, "Contracts"). */
public enum CApi {
  /** CPython's own tree: byte-identical to CPython 3.13's clinic, internal API allowed. */
  CORE,
  /** Public C API of CPython 3.9+ only; the default outside CPython. */
  PUBLIC,
  /** {@code Py_LIMITED_API} at the requested version; builds abi3 modules. */
  LIMITED;

  /** Py_LIMITED_API 3.10: the first limited API with METH_FASTCALL. */
  public static final Version DEFAULT_LIMITED_VERSION = new Version(3, 10);

  /** The template directory of this target, under {@code org/argclinic/templates/}. */
  public String templateSet() {
    return "c/" + cliName();
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
