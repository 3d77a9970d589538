package org.argclinic.template;

import java.util.List;
import org.argclinic.scan.Lines;

/**
 * The text helpers applied to rendered snippets, as Python's {@code textwrap} and clinic's {@code
 * normalize_snippet} do them; every stage that renders normalises with these.
 */
public final class Snippets {
  private Snippets() {}

  /** Python's {@code textwrap.indent}: prefixes every line that is not blank. */
  public static String indent(String text, String prefix) {
    if (prefix.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8 * prefix.length());
    int start = 0;
    int n = text.length();
    while (start < n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl + 1;
      if (!isBlank(text, start, end)) {
        out.append(prefix);
      }
      out.append(text, start, end);
      start = end;
    }
    return out.toString();
  }

  /**
   * Clinic's {@code normalize_snippet}: removes leading and trailing blank lines and the final
   * newline (and the last line's trailing white space, as Python's {@code rstrip}), dedents as
   * {@link #dedent}, then indents every non-blank line by {@code indent} spaces.
   */
  public static String normalize(String text, int indent) {
    String t = stripLeadingTrailingBlankLines(text);
    t = dedent(t);
    if (indent > 0) {
      t = indent(t, " ".repeat(indent));
    }
    return t;
  }

  public static String normalize(String text) {
    return normalize(text, 0);
  }

  private static String stripLeadingTrailingBlankLines(String text) {
    // The text from the first line that is not blank: most snippets start with one, and are
    // returned without a copy.
    String t = text.stripTrailing();
    int start = 0;
    while (true) {
      int nl = t.indexOf('\n', start);
      if (nl < 0 || !isBlank(t, start, nl)) {
        return nl < 0 && isBlank(t, start, t.length()) ? "" : t.substring(start);
      }
      start = nl + 1;
    }
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Python's {@code textwrap.dedent}: removes the longest common leading white space of the lines
   * that are not blank, compared character by character: a tab and spaces have no margin in common,
   * so a snippet indented with both keeps its indentation, as CPython's clinic keeps it.
   */
  public static String dedent(String text) {
    if (!needsDedent(text)) {
      return text;
    }
    List<String> lines = Lines.splitKeepEnds(text);
    String margin = null;
    for (String line : lines) {
      String body = stripEol(line);
      if (body.isBlank()) {
        continue;
      }
      String lead = body.substring(0, body.length() - body.stripLeading().length());
      if (margin == null) {
        margin = lead;
      } else if (!lead.startsWith(margin)) {
        int k = 0;
        while (k < margin.length() && k < lead.length() && margin.charAt(k) == lead.charAt(k)) {
          k++;
        }
        margin = margin.substring(0, k);
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      String body = stripEol(line);
      String eol = line.substring(body.length());
      if (body.isBlank()) {
        out.append(eol);
      } else {
        out.append(margin == null ? body : body.substring(margin.length())).append(eol);
      }
    }
    return out.toString();
  }

  /**
   * Whether {@link #dedent} might change {@code text}: a line of white space only (to empty), or no
   * line flush left (a margin, maybe). Most snippets have a flush-left line and no such line.
   */
  private static boolean needsDedent(String text) {
    boolean flushLine = false;
    boolean textLine = false;
    int start = 0;
    int n = text.length();
    while (start < n) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      if (end > start) {
        if (isBlank(text, start, end)) {
          return true;
        }
        textLine = true;
        flushLine |= !Character.isWhitespace(text.charAt(start));
      }
      start = end + 1;
    }
    return textLine && !flushLine;
  }

  private static String stripEol(String line) {
    return line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
  }
}
