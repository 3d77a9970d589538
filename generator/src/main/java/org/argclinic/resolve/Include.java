package org.argclinic.resolve;

import java.util.Optional;

/**
 * An {@code #include "file" // reason} line that generated code needs, as clinic's codegen {@code
 * Include}.
 *
 * @param filename e.g. {@code pycore_long.h}
 * @param reason the comment after the include, e.g. {@code _PyLong_UnsignedShort_Converter()}
 * @param condition a preprocessor line such as {@code #if defined(Py_BUILD_CORE) ...}; empty for an
 *     unconditional include
 */
public record Include(String filename, String reason, Optional<String> condition) {

  public static Include of(String filename, String reason) {
    return new Include(filename, reason, Optional.empty());
  }

  /** Clinic's order: conditional includes (by condition text) sort before unconditional ones. */
  public String sortKey() {
    return condition.orElse("NO_CONDITION") + "\0" + filename;
  }
}
