package org.argclinic.parse;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argclinic.diag.Diagnostic;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.BlockModel;
import org.argclinic.model.Decorator;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Position;
import org.argclinic.scan.Segment;

/**
 * The docstring line-length check of CPython 3.15's clinic (gh-137623), which argclinic runs only
 * when asked ({@code --check-docstring-width}): CPython 3.13 sources were written without it. As in
 * CPython, a summary line longer than the limit is an error unless the function carries
 * {@code @permit_long_summary}; a longer line in the rest of the docstring is a warning unless it
 * carries {@code @permit_long_docstring_body}; a decorator with nothing to permit is a warning. The
 * limit is 72 characters for methods and 76 for functions, {@code __new__} and {@code __init__}
 * (what pydoc's indentation leaves of 80 columns). Parameter docstrings are not measured, as in
 * CPython. Each finding points at the first character past the limit.
 */
public final class DocstringWidth {
  private DocstringWidth() {}

  /** The widest line a docstring of {@code f} may have. */
  public static int limit(Function f) {
    return f.className().isPresent() && !f.kind().newOrInit() ? 72 : 76;
  }

  /** Every finding in the functions of {@code model}, errors and warnings, in source order. */
  public static ImmutableList<Diagnostic> check(FileModel model) {
    List<Diagnostic> found = new ArrayList<>();
    String path = model.source().path();
    for (BlockModel b : model.blocks()) {
      for (Function f : b.functions()) {
        check(path, b.block(), f, found);
      }
    }
    return ImmutableList.copyOf(found);
  }

  private static void check(String path, Segment.Block block, Function f, List<Diagnostic> out) {
    boolean renders =
        !(f.docstring().isEmpty()
            && (f.kind().newOrInit()
                || f.kind() == FunctionKind.GETTER
                || f.kind() == FunctionKind.SETTER));
    if (!renders) {
      return;
    }
    int width = limit(f);
    String[] lines = f.docstring().split("\n", -1);
    List<Position> at = linePositions(block, f);
    String name = ExprPrinter.reprStr(f.fullName());
    Optional<Decorator> summary = f.decorator("permit_long_summary");
    if (length(lines[0]) > width) {
      if (summary.isEmpty()) {
        Position p = past(at, 0, lines[0], width, f);
        out.add(
            Diagnostic.error(
                path,
                p.line(),
                p.column(),
                "Summary line for "
                    + name
                    + " is too long! The summary line must be no longer than "
                    + width
                    + " characters."));
      }
    } else if (summary.isPresent()) {
      out.add(unneeded(path, summary.get(), name));
    }
    int longest = -1;
    for (int i = 1; i < lines.length; i++) {
      if (length(lines[i]) > width) {
        longest = i;
        break;
      }
    }
    Optional<Decorator> body = f.decorator("permit_long_docstring_body");
    if (longest > 0) {
      if (body.isEmpty()) {
        Position p = past(at, longest, lines[longest], width, f);
        out.add(
            Diagnostic.warning(
                path,
                p.line(),
                p.column(),
                "Docstring lines for "
                    + name
                    + " are too long! Lines should be no longer than "
                    + width
                    + " characters."));
      }
    } else if (body.isPresent()) {
      out.add(unneeded(path, body.get(), name));
    }
  }

  private static Diagnostic unneeded(String path, Decorator d, String name) {
    return Diagnostic.warning(
        path,
        d.position().line(),
        d.position().column(),
        "Remove the @" + d.name() + " decorator from " + name + "!");
  }

  private static int length(String line) {
    return line.codePointCount(0, line.length());
  }

  /** Where line {@code n} of the docstring passes {@code width}: one past its last legal column. */
  private static Position past(List<Position> at, int n, String line, int width, Function f) {
    if (n >= at.size()) {
      return f.position();
    }
    Position start = at.get(n);
    return Position.of(start.line(), start.column() + line.offsetByCodePoints(0, width));
  }

  /**
   * Where each docstring line of {@code f} is in the file. A block holds one function and its
   * docstring is the block's last stanza: it starts at the first line after the function line that
   * is indented no deeper than the function line (parameter lines and their docstrings are deeper);
   * from there every line but comments is a docstring line, blank leading lines aside, as the
   * parser reads them.
   */
  static List<Position> linePositions(Segment.Block block, Function f) {
    List<Position> positions = new ArrayList<>();
    String[] lines = block.input().split("\n", -1);
    int first = block.inputStartLine();
    int indent = f.position().column() - 1;
    boolean inDocstring = false;
    for (int i = f.position().line() - first + 1; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      String stripped = line.strip();
      if (stripped.startsWith("#")) {
        continue;
      }
      int lead = line.length() - line.stripLeading().length();
      if (!inDocstring) {
        if (stripped.isEmpty() || lead > indent) {
          continue;
        }
        inDocstring = true;
      }
      if (positions.isEmpty() && stripped.isEmpty()) {
        continue;
      }
      positions.add(Position.of(first + i, indent + 1));
    }
    return positions;
  }
}
