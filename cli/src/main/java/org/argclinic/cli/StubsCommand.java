package org.argclinic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argclinic.run.FileOutcome;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.GenerateResult;
import org.argclinic.run.Generators;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "stubs",
    mixinStandardHelpOptions = true,
    description = {
      "Write the type stub <module>.pyi of each module the sources declare; no glue.",
      "Parameters, kinds and defaults are those of __text_signature__, types come from the"
          + " converters, docstrings from the declarations. Lines after a stub's \"# argclinic:"
          + " output=\" line are kept. A stub edited above that line, not written by argclinic, or"
          + " made from sources this run does not read is refused unless --force. A stub that would"
          + " land outside the project root of its module's first source (see generate) is refused"
          + " unless --allow-outside-project."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argclinic stubs examples/c",
      "  argclinic stubs --output typings src/foo.c src/foo_io.c"
    })
final class StubsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SourceOptions sources;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      description = "Write the stubs into DIR (default: beside each module's first source).")
  Path output;

  @Option(
      names = "--module",
      paramLabel = "NAME",
      description =
          "The module of declarations outside any 'module' directive (default: they get no stub).")
  String module;

  @Option(
      names = {"-f", "--force"},
      description = "Overwrite stubs argclinic would refuse to.")
  boolean force;

  @Option(
      names = {"-v", "--verbose"},
      description = "Name every stub written.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    GenerateRequest request =
        sources
            .request()
            .force(force)
            .glue(false)
            .stubs(true)
            .stubsDirectory(Optional.ofNullable(output))
            .stubsModule(Optional.ofNullable(module))
            .build();
    PrintWriter out = spec.commandLine().getOut();
    GenerateResult result;
    try {
      result = Generators.standard().generate(request);
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println("argclinic: no such file or directory: " + e.getFile());
      return ExitCodes.USAGE;
    }
    new Reporter(spec.commandLine().getErr()).print(result.diagnostics());
    if (verbose) {
      for (FileOutcome f : result.files()) {
        if (f.status() == FileOutcome.Status.WRITTEN) {
          out.println("wrote " + f.path());
        }
      }
    }
    return result.hasErrors() ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
