package org.argclinic.cli;

import java.util.concurrent.Callable;
import org.argclinic.resolve.ConverterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "converters", mixinStandardHelpOptions = true,
    description = "List the converters and return converters with the arguments they accept.")
final class ConvertersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(ConverterRegistry.standard().listing());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
