package org.argclinic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.argclinic.run.FileOutcome;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.GenerateResult;
import org.argclinic.run.Generators;
import org.argclinic.run.GithubAnnotations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Check that generated glue (with --stubs, the type stubs too) is up to date; write nothing.",
      "Prints a unified diff of what generate would change and exits 1 if anything is stale, if"
          + " output was edited by hand, if a declaration has errors, or if generate would write"
          + " outside the project (nothing outside is read either unless --allow-outside-project)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argclinic check examples/c",
      "  argclinic check --c-api core Modules Objects Python PC"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin CommonOptions options;

  @Option(
      names = "--format",
      paramLabel = "text|github",
      defaultValue = "text",
      description = "text: diffs and diagnostics; github: also GitHub Actions annotations.")
  String format;

  @Option(
      names = {"-q", "--quiet"},
      description = "Print no diffs, only diagnostics.")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    if (!format.equals("text") && !format.equals("github")) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--format: expected text or github, got '" + format + "'");
    }
    return execute(
        options.toRequest(spec.commandLine(), false),
        format,
        quiet,
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }

  /** The command itself, once its options are known (also run by {@link FastPath}). */
  static int execute(
      GenerateRequest request, String format, boolean quiet, PrintWriter out, PrintWriter err)
      throws IOException {
    GenerateResult result;
    try {
      result = Generators.standard().check(request);
    } catch (NoSuchFileException e) {
      err.println("argclinic: no such file or directory: " + e.getFile());
      return ExitCodes.USAGE;
    }
    new Reporter(err).print(result.diagnostics());
    OptionWarnings.print(request, result.files().stream().map(FileOutcome::path).toList(), err);
    for (FileOutcome f : result.files()) {
      if (f.status() == FileOutcome.Status.STALE) {
        if (!quiet) {
          out.print(f.diff());
        }
        if (f.missing()) {
          err.println(f.path() + ": missing: generate would create it");
          continue;
        }
        for (int line : f.staleLines()) {
          err.println(f.path() + ":" + line + ": stale: generated code differs");
        }
      }
    }
    if (format.equals("github")) {
      GithubAnnotations.lines(result, Path.of("").toAbsolutePath()).forEach(out::println);
    }
    return result.exitCode();
  }
}
