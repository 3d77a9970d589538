package org.argclinic.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argclinic.run.GenerateRequest;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What a command reads (the paths, the filters of directory walks, the template overrides) and
 * whether it may write outside the project.
 */
final class SourceOptions {
  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Source files, or directories walked for .c .h .cc .cpp .hpp .rs files holding blocks.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description =
          "A directory of templates that override the built-in ones (same relative paths).")
  Path templates;

  @Option(
      names = "--include",
      paramLabel = "GLOB",
      description = "Only files matching this glob (relative to a walked directory); repeatable.")
  List<String> includes = new ArrayList<>();

  @Option(
      names = "--exclude",
      paramLabel = "GLOB",
      description = "Skip files matching this glob (relative to a walked directory); repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(
      names = "--allow-outside-project",
      description = {
        "Let blocks and stubs write outside the project, and check read there. Without it, a file"
            + " that would land outside the project root (through '..', an absolute path or a"
            + " symbolic link such as a clinic/ directory linked elsewhere) is an error and nothing"
            + " of its source (or that stub) is written. The project root is the nearest directory"
            + " above the source holding .git, .hg or .svn; without one, the current directory."
      })
  boolean allowOutsideProject;

  @Mixin DocstringWidthOption docstringWidth = new DocstringWidthOption();

  /** A request builder holding these options. */
  GenerateRequest.Builder request() {
    return GenerateRequest.builder()
        .addPaths(paths)
        .addIncludes(includes)
        .addExcludes(excludes)
        .templatesDirectory(Optional.ofNullable(templates))
        .allowOutsideProject(allowOutsideProject)
        .checkDocstringWidth(docstringWidth.checkDocstringWidth);
  }
}
