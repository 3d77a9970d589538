package org.argclinic.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "converters", mixinStandardHelpOptions = true,
    description = "List the converters and return converters with the arguments they accept.")
final class ConvertersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    // Wired to the converter registry when the resolve stage lands.
    spec.commandLine().getErr().println("argclinic: the converter registry is not built yet");
    return ExitCodes.INTERNAL;
  }
}
