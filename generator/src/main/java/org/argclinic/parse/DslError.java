package org.argclinic.parse;

/**
 * A mistake in one block: stops parsing that block (as Argument Clinic stops at its first error)
 * and becomes one diagnostic; the parser then continues with the next block.
 */
final class DslError extends Exception {
  final int line;
  final int column;

  DslError(int line, int column, String message) {
    super(message, null, false, false);
    this.line = line;
    this.column = column;
  }
}
