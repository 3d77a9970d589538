package org.argclinic.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  /**
   * The CPython release whose Argument Clinic this one matches: its DSL, and with --c-api core byte
   * for byte its output (ConformanceTest regenerates that release's whole tree).
   */
  static final String CPYTHON_CLINIC = "3.13.5";

  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "argclinic " + (v == null ? "(development build)" : v),
      "matches Argument Clinic of CPython "
          + CPYTHON_CLINIC
          + " (its DSL; with --c-api core, its output byte for byte)",
    };
  }
}
