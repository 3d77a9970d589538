package org.argclinic.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.argclinic.resolve.ConverterForms;
import org.argclinic.resolve.ConverterRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "converters",
    mixinStandardHelpOptions = true,
    description =
        "List the converters, legacy format units and return converters with the "
            + "arguments they accept.",
    footerHeading = "%nExamples:%n",
    footer = {"  argclinic converters", "  argclinic converters --verbose"})
final class ConvertersCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @picocli.CommandLine.Option(
      names = {"-v", "--verbose"},
      description =
          "Also list, under each converter whose arguments combine in fixed ways, every"
              + " legal combination and what the parameter then accepts.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ConverterRegistry.Description> all = ConverterRegistry.standard().describe();
    section(out, "Converters", all, "converter");
    section(out, "Legacy format units", all, "legacy");
    section(out, "Return converters", all, "return");
    out.println(
        "Java ports of converter classes that sources declare with methods in [python input]");
    out.println(
        "blocks; they apply where a file declares a class of that name (SPI: "
            + "org.argclinic.resolve.spi.ConverterProvider):");
    all.stream()
        .filter(d -> d.kind().equals("port"))
        .sorted(Comparator.comparing(d -> d.name().toLowerCase(Locale.ROOT)))
        .forEach(
            d -> out.println("    " + d.name() + "  (" + d.arguments() + ", " + d.origin() + ")"));
    out.println();
    out.println("All converters also accept (c_default=None, py_default=None, unused=False).");
    out.println("All return converters also accept (py_default=None).");
    return ExitCodes.OK;
  }

  private void section(
      PrintWriter out, String title, List<ConverterRegistry.Description> all, String kind) {
    out.println(title + ":");
    all.stream()
        .filter(d -> d.kind().equals(kind))
        .sorted(Comparator.comparing(d -> d.name().toLowerCase(Locale.ROOT)))
        .forEach(
            d -> {
              out.println(
                  "    "
                      + d.name()
                      + (kind.equals("legacy")
                          ? "  ->  " + d.arguments()
                          : "(" + d.arguments() + ")"));
              if (verbose && kind.equals("converter")) {
                ConverterForms.of(d.name()).forEach(f -> out.println("        " + f));
              }
            });
    out.println();
  }
}
