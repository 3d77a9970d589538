package org.argclinic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
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
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Regenerate the glue of every block in place (with --stubs, the type stubs too).",
      "A file is written only when its bytes change, atomically. Output edited by hand (its"
          + " checksum no longer matches) is refused unless --force. A file with DSL errors is not"
          + " written at all.",
      "Writes stay inside the project: a block whose output would land outside the project root (a"
          + " destination path with '..' or an absolute path, a clinic/ directory or a source that"
          + " is a symbolic link leading out) is an error, and none of that source's files are"
          + " written; a stub landing outside the project root of its module's first source is"
          + " refused the same way. --allow-outside-project lifts both. A source that is a symbolic"
          + " link is written through: the link stays and the file it leads to changes."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argclinic generate examples/c",
      "  argclinic generate --c-api core --force Modules/_bz2module.c",
      "  argclinic generate --allow-outside-project /tmp/scratch.c  (in no repository, not under .)"
    })
final class GenerateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions options;

  @Option(
      names = {"-f", "--force"},
      description = "Overwrite output that was edited by hand.")
  boolean force;

  @Option(
      names = {"-v", "--verbose"},
      description = "Name every file written.")
  boolean verbose;

  @Override
  public Integer call() throws IOException {
    return execute(
        options.toRequest(spec.commandLine(), force),
        verbose,
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  /** The command itself, once its options are known (also run by {@link FastPath}). */
  static int execute(GenerateRequest request, boolean verbose, PrintWriter out, PrintWriter err)
      throws IOException {
    GenerateResult result;
    try {
      result = Generators.standard().generate(request);
    } catch (NoSuchFileException e) {
      err.println("argclinic: no such file or directory: " + e.getFile());
      return ExitCodes.USAGE;
    }
    new Reporter(err).print(result.diagnostics());
    OptionWarnings.print(request, result.files().stream().map(FileOutcome::path).toList(), err);
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
