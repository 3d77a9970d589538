package org.argclinic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.Generators;
import org.argclinic.run.ModelJson;
import org.argclinic.run.ModelText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "model",
    mixinStandardHelpOptions = true,
    description = {
      "Print the typed model of the declarations; write nothing.",
      "Each function is shown as Python shows its signature, with its converters. The"
          + " declarations are also rendered in memory for the target, so every diagnostic"
          + " generate would give about them is reported here too (not those about files on"
          + " disk: hand edits, writes outside the project).",
      "Exits 1 if any declaration has errors (they are also in the JSON)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  argclinic model Modules/_bz2module.c",
      "  argclinic model --c-api limited --limited-version 3.11 src/spam.c",
      "  argclinic model --json Modules | jq '.files[].functions[].name'"
    })
final class ModelCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Source files, or directories walked for sources holding blocks.")
  List<Path> paths = new ArrayList<>();

  @Mixin TargetOptions target = new TargetOptions();

  @Mixin DocstringWidthOption docstringWidth = new DocstringWidthOption();

  @Option(
      names = "--json",
      description =
          "One JSON document: {\"files\": [{\"path\", \"language\","
              + " \"functions\", \"diagnostics\"}]}; every field is described in the README.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    GenerateRequest request =
        target
            .apply(spec.commandLine(), GenerateRequest.builder())
            .addPaths(paths)
            .checkDocstringWidth(docstringWidth.checkDocstringWidth)
            .build();
    List<FileModel> models;
    try {
      models = Generators.standard().model(request);
    } catch (NoSuchFileException e) {
      spec.commandLine().getErr().println("argclinic: no such file or directory: " + e.getFile());
      return ExitCodes.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.print(ModelJson.toJson(models));
    } else {
      for (FileModel m : models) {
        out.println(m.source().path());
        for (Function f : m.functions()) {
          out.println("  " + ModelText.line(f));
        }
      }
      new Reporter(spec.commandLine().getErr())
          .print(models.stream().flatMap(m -> m.diagnostics().stream()).toList());
    }
    OptionWarnings.print(
        request,
        models.stream().map(m -> Path.of(m.source().path())).toList(),
        spec.commandLine().getErr());
    return models.stream().anyMatch(FileModel::hasErrors) ? ExitCodes.FAILED : ExitCodes.OK;
  }
}
