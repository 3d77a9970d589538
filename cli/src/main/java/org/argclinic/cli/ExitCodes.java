package org.argclinic.cli;

/** The exit codes of DESIGN.md's CLI contract. */
final class ExitCodes {
  static final int OK = 0;

  /** Stale output or DSL errors. */
  static final int FAILED = 1;

  static final int USAGE = 2;

  /** A bug in argclinic itself. */
  static final int INTERNAL = 3;

  private ExitCodes() {}
}
