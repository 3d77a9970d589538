package org.argclinic.run;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import org.argclinic.diag.Diagnostic;

/**
 * Turns a {@link GenerateResult} into GitHub Actions workflow commands ({@code ::error
 * file=...,line=...::message}), so {@code check --format github} marks each stale block and each
 * DSL error on the pull request's diff.
 */
public final class GithubAnnotations {
  private GithubAnnotations() {}

  /**
   * One line per diagnostic and per stale block ({@link StaleBlocks}; stale files are read again to
   * find their blocks), in the order of the result.
   *
   * @param base paths under it are printed relative to it (GitHub wants repository-relative paths);
   *     others are printed as they are
   */
  public static ImmutableList<String> lines(GenerateResult result, Path base) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    for (FileOutcome f : result.files()) {
      for (Diagnostic d : f.diagnostics()) {
        out.add(
            command(
                d.isError() ? "error" : "warning",
                relative(Path.of(d.path()), base),
                d.line(),
                d.column(),
                d.message()));
      }
      if (f.status() == FileOutcome.Status.STALE && f.missing()) {
        out.add(
            command(
                "error",
                relative(f.path(), base),
                0,
                0,
                "generated file is missing; run `argclinic generate` on its source"));
      } else if (f.status() == FileOutcome.Status.STALE) {
        String file = relative(f.path(), base);
        for (StaleBlocks.Location loc : StaleBlocks.of(f)) {
          String what =
              loc.label().isEmpty() ? "generated code" : "generated code of '" + loc.label() + "'";
          out.add(
              command(
                  "error",
                  file,
                  loc.line(),
                  0,
                  what + " is out of date; run `argclinic generate " + file + "`"));
        }
      }
    }
    return out.build();
  }

  private static String command(String kind, String file, int line, int column, String message) {
    StringBuilder b = new StringBuilder("::").append(kind).append(" file=").append(property(file));
    // Line 0 means "the whole file": GitHub then annotates the file without a line.
    if (line >= 1) {
      b.append(",line=").append(line);
      if (column >= 1) {
        b.append(",col=").append(column);
      }
    }
    b.append(",title=argclinic::").append(data(message));
    return b.toString();
  }

  private static String relative(Path p, Path base) {
    Path abs = p.toAbsolutePath().normalize();
    Path b = base.toAbsolutePath().normalize();
    return (abs.startsWith(b) ? b.relativize(abs) : p).toString().replace('\\', '/');
  }

  /** Escapes a message: GitHub ends a command at a newline and decodes %XX. */
  static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** Escapes a property value, where ':' and ',' also delimit. */
  static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }
}
