package org.argclinic.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Main.class.getPackage().getImplementationVersion();
    return new String[] {
      "argclinic " + (v == null ? "(development build)" : v),
      "DSL and core C output of CPython 3.13's Argument Clinic",
    };
  }
}
