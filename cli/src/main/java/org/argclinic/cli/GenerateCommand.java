package org.argclinic.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.argclinic.run.FileOutcome;
import org.argclinic.run.GenerateResult;
import org.argclinic.run.Generators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Regenerate the glue of every block in place.",
        "A file is written only when its bytes change, atomically. Output edited by hand (its checksum no longer matches) is refused unless --force. A file with DSL errors is not written at all."},
    footerHeading = "%nExamples:%n",
    footer = {"  argclinic generate examples/c",
        "  argclinic generate --c-api core --force Modules/_bz2module.c"})
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions options;

  @Option(names = {"-f", "--force"}, description = "Overwrite output that was edited by hand.")
  boolean force;

  @Option(names = {"-v", "--verbose"}, description = "Name every file written.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    GenerateResult result;
    try {
      result = Generators.standard().generate(options.toRequest(spec.commandLine(), force));
    } catch (java.nio.file.NoSuchFileException e) {
      spec.commandLine().getErr().println("argclinic: no such file or directory: " + e.getFile());
      return ExitCodes.USAGE;
    }
    new Reporter(spec.commandLine().getErr()).print(result.diagnostics());
    if (verbose) {
      for (FileOutcome f : result.files()) {
        if (f.status() == FileOutcome.Status.WRITTEN) {
          spec.commandLine().getOut().println("wrote " + f.path());
        }
      }
    }
    return result.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
