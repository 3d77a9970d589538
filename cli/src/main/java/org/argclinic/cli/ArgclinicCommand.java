package org.argclinic.cli;

import picocli.CommandLine.Command;

@Command(
    name = "argclinic",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Argument Clinic for CPython extensions, in C and Rust.",
      "",
      "Reads function signatures declared in Argument Clinic's DSL inside comments of C and"
          + " Rust sources (/*[clinic input] ... [clinic start generated code]*/) and writes the"
          + " argument-parsing glue beside them (clinic/<file>.h, clinic/<file>.rs).",
    },
    subcommands = {
      GenerateCommand.class,
      CheckCommand.class,
      StubsCommand.class,
      ModelCommand.class,
      ConvertersCommand.class,
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argclinic generate examples/c         regenerate the glue of every file under examples/c",
      "  argclinic check --c-api core Modules  print a diff and exit 1 if any glue is stale",
      "  argclinic stubs examples/c            write examples/c/clinicdemo.pyi",
      "  argclinic model --json foo.c          print the parsed declarations as JSON",
      "  argclinic converters                  list converters and their arguments",
      "",
      "Exit codes: 0 ok, 1 stale output or DSL errors, 2 usage errors.",
    })
final class ArgclinicCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
