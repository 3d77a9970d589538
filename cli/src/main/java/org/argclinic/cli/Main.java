package org.argclinic.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.Set;
import org.argclinic.diag.Suggestions;
import org.argclinic.model.CApi;
import org.argclinic.run.Generators;
import picocli.CommandLine;

/** Entry point. {@link #run} takes its streams so tests drive the real CLI in-process. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // This process is the CLI's own: FreeMarker's messages are never logged (template errors are
    // rethrown and reported), so it need not start a logging library (JUL's set-up is ~5 ms).
    if (System.getProperty("org.freemarker.loggerLibrary") == null) {
      System.setProperty("org.freemarker.loggerLibrary", "none");
    }
    Thread warmUp = startWarmUp(args);
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    if (warmUp != null && Boolean.getBoolean("argclinic.training")) {
      try {
        warmUp.join(); // the training run archives what the warm-up loads
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    System.exit(code);
  }

  /**
   * While the command line is parsed and the files are walked, a second core renders a bundled
   * sample, so the generator's classes, templates and converter registry are ready (and partly
   * compiled) when the first file comes. Only generate and check gain; the C API named on the
   * command line (a guess: the parser still validates it) is warmed up.
   */
  private static Thread startWarmUp(String[] args) {
    if (args.length == 0
        || !(args[0].equals("generate") || args[0].equals("check"))
        || Boolean.getBoolean("argclinic.noWarmUp")) {
      return null;
    }
    CApi cApi = CApi.PUBLIC;
    for (int i = 1; i < args.length; i++) {
      String value =
          args[i].startsWith("--c-api=")
              ? args[i].substring("--c-api=".length())
              : args[i].equals("--c-api") && i + 1 < args.length ? args[i + 1] : null;
      for (CApi c : CApi.values()) {
        if (c.cliName().equals(value)) {
          cApi = c;
        }
      }
    }
    // The launcher's class-data-sharing training run sets this: every target's classes are then
    // loaded, and archived, whichever one the training command names.
    boolean training = Boolean.getBoolean("argclinic.training");
    CApi chosen = cApi;
    Thread t =
        new Thread(
            () -> {
              for (CApi c : training ? CApi.values() : new CApi[] {chosen}) {
                Generators.warmUp(c);
              }
            },
            "argclinic-warm-up");
    t.setDaemon(true);
    t.start();
    return t;
  }

  /**
   * For a first word that is no command ({@code argclinic genrate x.c}): which command was meant,
   * and the commands there are.
   */
  private static Optional<String> unknownCommand(CommandLine.ParameterException ex) {
    CommandLine c = ex.getCommandLine();
    if (!(ex instanceof CommandLine.UnmatchedArgumentException u)
        || c.getParent() != null
        || u.getUnmatched().isEmpty()
        || u.getUnmatched().get(0).startsWith("-")) {
      return Optional.empty();
    }
    String word = u.getUnmatched().get(0);
    Set<String> commands = c.getSubcommands().keySet();
    return Optional.of(
        "unknown command '"
            + word
            + "'"
            + Suggestions.didYouMean(word, commands)
            + " (the commands are "
            + String.join(", ", commands)
            + ")");
  }

  /** Runs the CLI; returns the exit code (0 ok, 1 stale or DSL errors, 2 usage). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    Optional<FastPath.Invocation> fast = FastPath.parse(args);
    if (fast.isPresent()) {
      return FastPath.execute(fast.get(), out, err);
    }
    CommandLine cl = new CommandLine(new ArgclinicCommand());
    cl.setUsageHelpWidth(100);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    cl.setParameterExceptionHandler(
        (ex, a) -> {
          CommandLine c = ex.getCommandLine();
          Optional<String> unknown = unknownCommand(ex);
          if (unknown.isPresent()) {
            c.getErr().println("argclinic: " + unknown.get());
            c.getErr().println("Try 'argclinic --help' for more information.");
            return ExitCodes.USAGE;
          }
          c.getErr().println("argclinic: " + ex.getMessage());
          c.getErr()
              .println(
                  "Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
          return ExitCodes.USAGE;
        });
    cl.setExecutionExceptionHandler(
        (ex, c, parseResult) -> {
          // A bug of ours, never a user's mistake: say so briefly, no stack trace.
          c.getErr().println("argclinic: internal error: " + ex);
          return ExitCodes.INTERNAL;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
