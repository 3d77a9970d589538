package org.argclinic.scan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;

/**
 * Splits a source file into verbatim text and blocks, recognising markers exactly where Argument
 * Clinic does: a start line {@code /*[NAME input]} (leading white space allowed), a stop line
 * {@code [NAME start generated code]*}{@code /} at the start of a line, and an optional end marker
 * {@code /*[NAME end generated code: ARGS]*}{@code /} after the output.
 *
 * <p>Every byte is kept: {@link ScannedFile#text()} returns the input unchanged.
 */
public final class Scanner {
  private static final Pattern START =
      Pattern.compile("/\\*\\[(\\w+) input\\]\\n?", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern END =
      Pattern.compile("/\\*\\[(\\w+) end generated code: (.+)\\]\\*/\\n?");

  /** Text every start line holds: a cheap test before the regular expression. */
  private static final String START_HINT = "/*[";

  /** Text every end marker holds. */
  private static final String END_HINT = " end generated code: ";

  private Scanner() {}

  /** Line offsets of a text, so lines are cut out only where a marker may be. */
  private static final class LineIndex {
    private final String text;

    /** starts[k] is the offset of line k; starts[size] is text.length(). */
    private final int[] starts;

    private final int size;

    LineIndex(String text) {
      this.text = text;
      int[] s = new int[64];
      int n = 0;
      int start = 0;
      while (start < text.length()) {
        if (n + 1 >= s.length) {
          s = Arrays.copyOf(s, s.length * 2);
        }
        s[n++] = start;
        int nl = text.indexOf('\n', start);
        start = nl < 0 ? text.length() : nl + 1;
      }
      s[n] = text.length();
      this.starts = s;
      this.size = n;
    }

    int size() {
      return size;
    }

    String get(int line) {
      return text.substring(starts[line], starts[line + 1]);
    }

    /** Lines [from, to) joined, with their line ends. */
    String range(int from, int to) {
      return text.substring(starts[from], starts[to]);
    }

    /** The first line at or after {@code from} that contains {@code a} or {@code b}, or -1. */
    int nextLineContaining(String a, String b, int from) {
      int x = nextLineContaining(a, from);
      if (x == from) {
        return x;
      }
      int y = nextLineContaining(b, from);
      return x < 0 ? y : y < 0 ? x : Math.min(x, y);
    }

    /** The first line at or after {@code from} that contains {@code hint}, or -1. */
    int nextLineContaining(String hint, int from) {
      if (from >= size) {
        return -1;
      }
      int at = text.indexOf(hint, starts[from]);
      if (at < 0) {
        return -1;
      }
      int k = Arrays.binarySearch(starts, from, size, at);
      return k >= 0 ? k : -k - 2;
    }
  }

  public static ScannedFile scan(String path, SourceLanguage language, String text)
      throws DiagnosticException {
    LineIndex lines = new LineIndex(text);
    List<Segment> segments = new ArrayList<>();
    List<Diagnostic> errors = new ArrayList<>();
    int verbatimFrom = 0; // first line of the pending verbatim run
    for (int start = nextStart(lines, 0); start >= 0; start = nextStart(lines, verbatimFrom)) {
      if (start > verbatimFrom) {
        segments.add(new Segment.Verbatim(lines.range(verbatimFrom, start), verbatimFrom + 1));
      }
      verbatimFrom = block(path, lines, start, segments, errors);
    }
    if (lines.size() > verbatimFrom) {
      segments.add(new Segment.Verbatim(lines.range(verbatimFrom, lines.size()), verbatimFrom + 1));
    }
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
    return new ScannedFile(path, language, ImmutableList.copyOf(segments));
  }

  /** The first start line at or after {@code from}, or -1. */
  private static int nextStart(LineIndex lines, int from) {
    int i = from;
    while (i < lines.size()) {
      // Only lines holding "/*[" can start a block: jump from one to the next instead of
      // matching every line of the file.
      int candidate = lines.nextLineContaining(START_HINT, i);
      if (candidate < 0) {
        return -1;
      }
      if (startName(lines.get(candidate)).isPresent()) {
        return candidate;
      }
      i = candidate + 1;
    }
    return -1;
  }

  /**
   * Adds the block that starts at line {@code start} (a verbatim segment instead when it has no
   * stop line); returns the first line after it.
   */
  private static int block(
      String path, LineIndex lines, int start, List<Segment> segments, List<Diagnostic> errors) {
    String name = startName(lines.get(start)).orElseThrow();
    String stop = "[" + name + " start generated code]*/";
    Stop s = findStop(path, lines, stop, start + 1, errors);
    if (s.line() < 0) {
      String input = lines.range(start + 1, s.next());
      errors.add(
          Diagnostic.error(
              path,
              start + 1,
              1,
              "unterminated block: '"
                  + Lines.stripEnd(lines.get(start)).strip()
                  + "' has no stop line '"
                  + stop
                  + "'"));
      // Keep the bytes so the file still round-trips; the caller refuses to write it.
      segments.add(new Segment.Verbatim(lines.get(start) + input, start + 1));
      return s.next();
    }
    String input = lines.range(start + 1, s.line());
    // Output runs up to the end marker; with no end marker before the next block (or EOF)
    // the block has no output yet and those lines stay verbatim.
    Optional<End> end = findEnd(lines, name, s.next());
    String output = end.isPresent() ? lines.range(s.next(), end.get().line()) : "";
    ImmutableMap<String, String> args = ImmutableMap.of();
    if (end.isPresent()) {
      try {
        args = parseArguments(end.get().arguments());
      } catch (IllegalArgumentException e) {
        errors.add(
            Diagnostic.error(
                path, end.get().line() + 1, 1, "mangled end marker: " + e.getMessage()));
      }
    }
    segments.add(
        new Segment.Block(
            name,
            start + 1,
            lines.get(start),
            input,
            lines.get(s.line()),
            output,
            end.map(e -> lines.get(e.line())),
            args,
            end.map(e -> e.line() + 1).orElse(0)));
    return end.isPresent() ? end.get().line() + 1 : s.next();
  }

  /**
   * Where a block's stop line is ({@code line}; -1 when another block or the end of the file comes
   * first) and where scanning goes on ({@code next}).
   */
  private record Stop(int line, int next) {}

  private static Stop findStop(
      String path, LineIndex lines, String stop, int from, List<Diagnostic> errors) {
    int i = from;
    while (i < lines.size()) {
      // Lines holding neither the stop text nor "/*[" are input: skip to the next one that may.
      int next = lines.nextLineContaining(stop, START_HINT, i);
      if (next < 0) {
        return new Stop(-1, lines.size());
      }
      i = next;
      String l = lines.get(i);
      if (l.startsWith(stop)) {
        String rest = l.substring(stop.length());
        if (!rest.isBlank()) {
          int garbage = rest.length() - rest.stripLeading().length();
          errors.add(
              Diagnostic.error(
                  path,
                  i + 1,
                  stop.length() + garbage + 1,
                  "garbage after the stop line: '" + Lines.stripEnd(rest) + "'"));
        }
        return new Stop(i, i + 1);
      }
      if (l.stripLeading().startsWith(stop)) {
        errors.add(
            Diagnostic.error(path, i + 1, 1, "white space is not allowed before the stop line"));
        return new Stop(i, i + 1);
      }
      if (startName(l).isPresent()) {
        return new Stop(-1, i);
      }
      i++;
    }
    return new Stop(-1, i);
  }

  /** A block's end marker: its line and the text of its arguments. */
  private record End(int line, String arguments) {}

  /** The end marker of block {@code name} at or after {@code from}, before any other block. */
  private static Optional<End> findEnd(LineIndex lines, String name, int from) {
    int j = from;
    while (j < lines.size()) {
      int next = lines.nextLineContaining(END_HINT, START_HINT, j);
      if (next < 0) {
        return Optional.empty();
      }
      j = next;
      String l = lines.get(j);
      if (l.contains(END_HINT)) {
        Matcher m = END.matcher(l.stripLeading());
        if (m.matches() && m.group(1).equals(name)) {
          return Optional.of(new End(j, m.group(2)));
        }
      }
      j++;
      if (startName(l).isPresent()) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The DSL name of a start line, as Argument Clinic recognises it. */
  static Optional<String> startName(String line) {
    if (!line.contains(START_HINT)) {
      return Optional.empty();
    }
    Matcher m = START.matcher(line.stripLeading());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /**
   * {@code text.split("\\s+")} for a stripped text, without a regular expression (it runs for every
   * end marker): an empty text gives one empty word.
   */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r') {
        if (i > start) {
          out.add(text.substring(start, i));
        }
        start = i + 1;
      }
    }
    if (start < n || out.isEmpty()) {
      out.add(text.substring(start));
    }
    return out;
  }

  /** Parses {@code output=abc input=def} (shell-like words of {@code name=value}). */
  static ImmutableMap<String, String> parseArguments(String arguments) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (String word : words(arguments.strip())) {
      int eq = word.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("expected name=value, got '" + word + "'");
      }
      out.put(word.substring(0, eq).strip(), word.substring(eq + 1).strip());
    }
    return out.buildKeepingLast();
  }
}
