package org.argclinic.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point. {@link #run} takes its streams so tests drive the real CLI in-process. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    System.exit(code);
  }

  /** Runs the CLI; returns the exit code (0 ok, 1 stale or DSL errors, 2 usage). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new ArgclinicCommand());
    cl.setUsageHelpWidth(100);
    cl.setOut(out);
    cl.setErr(err);
    cl.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    cl.setParameterExceptionHandler((ex, a) -> {
      CommandLine c = ex.getCommandLine();
      c.getErr().println("argclinic: " + ex.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
      return ExitCodes.USAGE;
    });
    cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
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
