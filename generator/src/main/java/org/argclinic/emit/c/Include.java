package org.argclinic.emit.c;

import java.util.Optional;

/**
 * A header the generated glue needs: {@code #include "pycore_modsupport.h"  // _PyArg_CheckPositional()}.
 *
 * @param filename the header, e.g. {@code pycore_long.h}
 * @param reason the comment naming what it is included for
 * @param condition a whole {@code #if ...} line guarding it, if any
 */
public record Include(String filename, String reason, Optional<String> condition) {
  /** Conditional includes sort before unconditional ones, then by file name. */
  String sortKey() {
    return condition.orElse("NO_CONDITION") + "\u0000" + filename;
  }
}
