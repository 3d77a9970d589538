package org.argclinic.scan;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;

/**
 * Splits a source file into verbatim text and blocks, recognising markers exactly where
 * Argument Clinic does: a start line {@code /*[NAME input]} (leading white space allowed), a stop
 * line {@code [NAME start generated code]*}{@code /} at the start of a line, and an optional end
 * marker {@code /*[NAME end generated code: ARGS]*}{@code /} after the output.
 *
 * <p>Every byte is kept: {@link ScannedFile#text()} returns the input unchanged.
 */
public final class Scanner {
  private static final Pattern START = Pattern.compile("/\\*\\[(\\w+) input\\]\\n?", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern END = Pattern.compile("/\\*\\[(\\w+) end generated code: (.+)\\]\\*/\\n?");

  private Scanner() {}

  public static ScannedFile scan(String path, SourceLanguage language, String text)
      throws DiagnosticException {
    ImmutableList<String> lines = Lines.splitKeepEnds(text);
    List<Segment> segments = new ArrayList<>();
    List<Diagnostic> errors = new ArrayList<>();
    StringBuilder verbatim = new StringBuilder();
    int verbatimStart = 1;
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      Optional<String> dsl = startName(line);
      if (dsl.isEmpty()) {
        verbatim.append(line);
        i++;
        continue;
      }
      if (verbatim.length() > 0) {
        segments.add(new Segment.Verbatim(verbatim.toString(), verbatimStart));
        verbatim.setLength(0);
      }
      int startIndex = i;
      String name = dsl.get();
      String stop = "[" + name + " start generated code]*/";
      StringBuilder input = new StringBuilder();
      String stopMarker = null;
      i++;
      while (i < lines.size()) {
        String l = lines.get(i);
        if (l.startsWith(stop)) {
          String rest = l.substring(stop.length());
          if (!rest.isBlank()) {
            int garbage = rest.length() - rest.stripLeading().length();
            errors.add(Diagnostic.error(path, i + 1, stop.length() + garbage + 1,
                "garbage after the stop line: '" + Lines.stripEnd(rest) + "'"));
          }
          stopMarker = l;
          i++;
          break;
        }
        if (l.stripLeading().startsWith(stop)) {
          errors.add(Diagnostic.error(path, i + 1, 1,
              "white space is not allowed before the stop line"));
          stopMarker = l;
          i++;
          break;
        }
        if (startName(l).isPresent()) {
          break;
        }
        input.append(l);
        i++;
      }
      if (stopMarker == null) {
        errors.add(Diagnostic.error(path, startIndex + 1, 1,
            "unterminated block: '" + Lines.stripEnd(lines.get(startIndex)).strip()
                + "' has no stop line '" + stop + "'"));
        // Keep the bytes so the file still round-trips; the caller refuses to write it.
        segments.add(new Segment.Verbatim(lines.get(startIndex) + input, startIndex + 1));
        verbatimStart = i + 1;
        continue;
      }
      // Output runs up to the end marker; with no end marker before the next block (or EOF)
      // the block has no output yet and those lines stay verbatim.
      StringBuilder output = new StringBuilder();
      int j = i;
      String endMarker = null;
      String arguments = null;
      while (j < lines.size()) {
        String l = lines.get(j);
        Matcher m = END.matcher(l.stripLeading());
        if (m.matches() && m.group(1).equals(name)) {
          endMarker = l;
          arguments = m.group(2);
          break;
        }
        output.append(l);
        j++;
        if (startName(l).isPresent()) {
          break;
        }
      }
      ImmutableMap<String, String> args = ImmutableMap.of();
      int endLine = 0;
      if (endMarker != null) {
        try {
          args = parseArguments(arguments);
        } catch (IllegalArgumentException e) {
          errors.add(Diagnostic.error(path, j + 1, 1, "mangled end marker: " + e.getMessage()));
        }
        endLine = j + 1;
        i = j + 1;
      } else {
        output.setLength(0);
      }
      segments.add(new Segment.Block(name, startIndex + 1, lines.get(startIndex), input.toString(),
          stopMarker, output.toString(), Optional.ofNullable(endMarker), args, endLine));
      verbatimStart = i + 1;
    }
    if (verbatim.length() > 0) {
      segments.add(new Segment.Verbatim(verbatim.toString(), verbatimStart));
    }
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
    return new ScannedFile(path, language, ImmutableList.copyOf(segments));
  }

  /** The DSL name of a start line, as Argument Clinic recognises it. */
  static Optional<String> startName(String line) {
    Matcher m = START.matcher(line.stripLeading());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Parses {@code output=abc input=def} (shell-like words of {@code name=value}). */
  static ImmutableMap<String, String> parseArguments(String arguments) {
    ImmutableMap.Builder<String, String> out = ImmutableMap.builder();
    for (String word : arguments.strip().split("\\s+")) {
      int eq = word.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("expected name=value, got '" + word + "'");
      }
      out.put(word.substring(0, eq).strip(), word.substring(eq + 1).strip());
    }
    return out.buildKeepingLast();
  }
}
