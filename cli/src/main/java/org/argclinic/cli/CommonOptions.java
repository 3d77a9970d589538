package org.argclinic.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.argclinic.run.GenerateRequest;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by generate and check; maps them onto one GenerateRequest. */
final class CommonOptions {
  @Mixin SourceOptions sources;

  @Mixin TargetOptions target = new TargetOptions();

  @Option(
      names = "--stubs",
      description =
          "Also the type stub <module>.pyi of each declared module (see the stubs command).")
  boolean stubs;

  @Option(
      names = "--stubs-output",
      paramLabel = "DIR",
      description =
          "With --stubs: write stubs into DIR (default: beside each module's first source).")
  Path stubsOutput;

  GenerateRequest toRequest(CommandLine cl, boolean force) {
    return target
        .apply(cl, sources.request())
        .force(force)
        .stubs(stubs || stubsOutput != null)
        .stubsDirectory(Optional.ofNullable(stubsOutput))
        .build();
  }
}
