package org.argclinic.cli;

import static com.google.common.truth.Truth.assertThat;

import java.util.Optional;
import org.argclinic.run.GenerateRequest;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The picocli-free parse of common command lines must mean exactly what picocli makes of them. */
class FastPathTest {
  /** What picocli parses {@code args} into, in FastPath's terms. */
  private static FastPath.Invocation picocli(String... args) {
    CommandLine cl = new CommandLine(new ArgclinicCommand());
    CommandLine.ParseResult pr = cl.parseArgs(args).subcommand();
    Object cmd = pr.commandSpec().userObject();
    if (cmd instanceof CheckCommand c) {
      return new FastPath.Invocation(
          "check",
          c.options.toRequest(pr.commandSpec().commandLine(), false),
          c.quiet,
          false,
          c.format);
    }
    GenerateCommand g = (GenerateCommand) cmd;
    GenerateRequest r = g.options.toRequest(pr.commandSpec().commandLine(), g.force);
    return new FastPath.Invocation("generate", r, false, g.verbose, "text");
  }

  private static void agrees(String... args) {
    Optional<FastPath.Invocation> fast = FastPath.parse(args);
    assertThat(fast).isPresent();
    assertThat(fast.get()).isEqualTo(picocli(args));
  }

  @Test
  void commonCommandLinesMeanWhatPicocliMakesOfThem() {
    agrees("check", "-q", "--c-api", "core", "Modules", "Objects", "Python", "PC");
    agrees("check", "Modules", "--c-api=limited", "--limited-version", "3.12", "--quiet");
    agrees("check", "--format", "github", "a.c");
    agrees("check", "--c-api", "limited", "a.c");
    agrees("generate", "--c-api", "core", "--force", "-v", "x.c", "y");
    agrees("generate", "--include", "**/*.c", "--include", "*.h", "--exclude=b/**", "dir");
    agrees("generate", "--templates", "tpl", "--rust-ffi", "pyo3_ffi", "--", "-odd.c");
    agrees("generate", "--allow-outside-project", "a.c");
    agrees("check", "-q", "--allow-outside-project", "a.c");
  }

  @Test
  void anythingElseIsLeftToPicocli() {
    for (String[] args :
        new String[][] {
          {"check"},
          {"model", "x.c"},
          {"check", "--help"},
          {"check", "-qx", "a.c"},
          {"check", "--c-api", "nope", "a.c"},
          {"check", "--c-api", "core"},
          {"check", "--c-api", "core", "--c-api", "public", "a.c"},
          {"generate", "-q", "a.c"},
          {"check", "--force", "a.c"},
          {"check", "@args.txt"},
          {"check", "--format", "xml", "a.c"},
          {"check", "--limited-version", "3", "a.c"},
          {"check", "--include"},
          {"check", "--limited-version", "3.11", "a.c"},
          {"check", "--c-api", "public", "--limited-version", "3.11", "a.c"},
          {"generate", "--c-api", "limited", "--limited-version", "3.9", "a.c"},
          {"generate", "--verbose", "--verbose", "a.c"},
          {"check", "--stubs", "a.c"},
          {"generate", "--stubs-output", "typings", "a.c"},
          {"stubs", "a.c"},
          {"check", "--allow-outside-project", "--allow-outside-project", "a.c"},
          {"generate", "--allow-outside-project=true", "a.c"}
        }) {
      assertThat(FastPath.parse(args)).isEmpty();
    }
  }
}
