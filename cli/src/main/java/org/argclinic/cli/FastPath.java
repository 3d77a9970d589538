package org.argclinic.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.argclinic.model.CApi;
import org.argclinic.model.Version;
import org.argclinic.run.GenerateRequest;

/**
 * The common {@code generate} and {@code check} command lines, parsed without picocli: loading
 * picocli and reading its annotations take longer than a tenth of a second, a good part of a
 * whole-tree run (issue 7). Anything this parser does not fully understand (help, version, other
 * commands, unknown or clustered options, {@code @files}, a bad value) is left to picocli, which
 * gives the same result or the proper usage error; {@code FastPathTest} checks that both agree.
 */
final class FastPath {
  /** A parsed command line: run it with {@link #execute}. */
  record Invocation(
      String command, GenerateRequest request, boolean quiet, boolean verbose, String format) {}

  private FastPath() {}

  /** The invocation {@code args} stand for, or empty to let picocli parse them. */
  static Optional<Invocation> parse(String[] args) {
    if (args.length < 2 || !(args[0].equals("generate") || args[0].equals("check"))) {
      return Optional.empty();
    }
    boolean check = args[0].equals("check");
    List<Path> paths = new ArrayList<>();
    List<String> includes = new ArrayList<>();
    List<String> excludes = new ArrayList<>();
    String cApi = null;
    String limitedVersion = null;
    String rustFfi = GenerateRequest.DEFAULT_RUST_FFI;
    Optional<Path> templates = Optional.empty();
    String format = "text";
    boolean quiet = false;
    boolean force = false;
    boolean verbose = false;
    boolean allowOutsideProject = false;
    boolean checkDocstringWidth = false;
    boolean options = true;
    // picocli refuses a single-valued option given twice: leave that to it.
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!options || !a.startsWith("-") || a.equals("-")) {
        if (a.isEmpty() || a.startsWith("@")) {
          return Optional.empty(); // picocli expands @files
        }
        paths.add(Path.of(a));
        continue;
      }
      if (a.equals("--")) {
        options = false;
        continue;
      }
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      String canonical =
          switch (name) {
            case "-q" -> "--quiet";
            case "-f" -> "--force";
            case "-v" -> "--verbose";
            default -> name;
          };
      if (!canonical.equals("--include")
          && !canonical.equals("--exclude")
          && !seen.add(canonical)) {
        return Optional.empty();
      }
      switch (name) {
        case "--allow-outside-project" -> {
          if (value != null) {
            return Optional.empty();
          }
          allowOutsideProject = true;
          continue;
        }
        case "--check-docstring-width" -> {
          if (value != null) {
            return Optional.empty();
          }
          checkDocstringWidth = true;
          continue;
        }
        case "-q", "--quiet", "-f", "--force", "-v", "--verbose" -> {
          if (value != null) {
            return Optional.empty();
          }
          if (check && (name.equals("-q") || name.equals("--quiet"))) {
            quiet = true;
          } else if (!check && (name.equals("-f") || name.equals("--force"))) {
            force = true;
          } else if (!check && (name.equals("-v") || name.equals("--verbose"))) {
            verbose = true;
          } else {
            return Optional.empty();
          }
          continue;
        }
        default -> {}
      }
      if (value == null) {
        if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
          return Optional.empty();
        }
        value = args[++i];
      }
      switch (name) {
        case "--c-api" -> cApi = value;
        case "--limited-version" -> limitedVersion = value;
        case "--rust-ffi" -> rustFfi = value;
        case "--templates" -> templates = Optional.of(Path.of(value));
        case "--include" -> includes.add(value);
        case "--exclude" -> excludes.add(value);
        case "--format" -> {
          if (!check) {
            return Optional.empty();
          }
          format = value;
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    Optional<CApi> api = cApi == null ? Optional.empty() : cApi(cApi);
    // A bad value, or a version without --c-api limited: picocli gives the usage error.
    if (paths.isEmpty()
        || (cApi != null && api.isEmpty())
        || (limitedVersion != null
            && GenerateRequest.limitedVersionProblem(limitedVersion, api.orElse(null)).isPresent())
        || !(format.equals("text") || format.equals("github"))) {
      return Optional.empty();
    }
    GenerateRequest.Builder b = GenerateRequest.builder();
    api.ifPresent(b::cApi);
    if (limitedVersion != null) {
      b.limitedVersion(Version.parse(limitedVersion).orElseThrow());
    }
    GenerateRequest request =
        b.addPaths(paths)
            .addIncludes(includes)
            .addExcludes(excludes)
            .rustFfi(rustFfi)
            .templatesDirectory(templates)
            .force(force)
            .allowOutsideProject(allowOutsideProject)
            .checkDocstringWidth(checkDocstringWidth)
            .build();
    return Optional.of(new Invocation(args[0], request, quiet, verbose, format));
  }

  private static Optional<CApi> cApi(String name) {
    for (CApi c : CApi.values()) {
      if (c.cliName().equals(name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Runs an invocation as picocli would have run its command; returns the exit code. */
  static int execute(Invocation inv, PrintWriter out, PrintWriter err) {
    int code;
    try {
      code =
          inv.command().equals("check")
              ? CheckCommand.execute(inv.request(), inv.format(), inv.quiet(), out, err)
              : GenerateCommand.execute(inv.request(), inv.verbose(), out, err);
    } catch (Exception e) {
      // As Main's execution-exception handler: a bug of ours, said briefly, no stack trace.
      err.println("argclinic: internal error: " + e);
      code = ExitCodes.INTERNAL;
    }
    out.flush();
    err.flush();
    return code;
  }
}
