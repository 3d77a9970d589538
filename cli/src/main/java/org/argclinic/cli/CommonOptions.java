package org.argclinic.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argclinic.run.GenerateRequest;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by generate and check; maps them onto one GenerateRequest. */
final class CommonOptions {
  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Source files, or directories walked for .c .h .cc .cpp .hpp .rs files holding blocks.")
  List<Path> paths = new ArrayList<>();

  @picocli.CommandLine.Mixin TargetOptions target = new TargetOptions();

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Only files matching this glob (relative to a walked directory); repeatable.")
  List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Skip files matching this glob (relative to a walked directory); repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--allow-outside-project",
      description = {"Let blocks write outside the project, and check read there. Without it, a"
          + " file that would land outside the project root (through '..', an absolute path or a"
          + " symbolic link such as a clinic/ directory linked elsewhere) is an error and nothing"
          + " of its source is written. The project root is the nearest directory above the"
          + " source holding .git, .hg or .svn; without one, the current directory."})
  boolean allowOutsideProject;

  GenerateRequest toRequest(CommandLine cl, boolean force) {
    return target.apply(cl, GenerateRequest.builder())
        .addPaths(paths)
        .addIncludes(includes)
        .addExcludes(excludes)
        .force(force)
        .allowOutsideProject(allowOutsideProject)
        .build();
  }
}
