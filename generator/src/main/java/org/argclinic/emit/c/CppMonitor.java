package org.argclinic.emit.c;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;

/**
 * Tracks the C preprocessor {@code #if} nesting line by line, so that a function declared inside
 * {@code #ifdef X} gets its generated glue guarded by the same condition. Comments are skipped;
 * conditions are combined the way Argument Clinic spells them.
 */
public final class CppMonitor {
  private static final Pattern SIMPLE_DEFINED =
      Pattern.compile("^defined\\s*\\(\\s*[A-Za-z0-9_]+\\s*\\)$");

  private record Entry(String token, String condition) {}

  private final String path;
  private final List<Entry> stack = new ArrayList<>();
  private boolean inComment;
  private String continuation;
  private int lineNumber;

  public CppMonitor(String path) {
    this.path = path;
  }

  /** The current condition, conditions joined with {@code " && "}; empty outside any #if. */
  public String condition() {
    StringBuilder out = new StringBuilder();
    for (Entry e : stack) {
      if (out.length() > 0) {
        out.append(" && ");
      }
      out.append(e.condition);
    }
    return out.toString();
  }

  private static String negate(String condition) {
    return condition.startsWith("!") ? condition.substring(1) : "!" + condition;
  }

  private DiagnosticException fail(String message) {
    return new DiagnosticException(List.of(Diagnostic.error(path, lineNumber, 0, message)));
  }

  private Entry pop(String token) throws DiagnosticException {
    if (stack.isEmpty()) {
      throw fail("#" + token + " without matching #if / #ifdef / #ifndef!");
    }
    return stack.remove(stack.size() - 1);
  }

  /** Python's notion of white space (str.isspace), which includes no-break spaces. */
  static boolean isPySpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  static String pyStrip(String s) {
    int b = 0;
    int e = s.length();
    while (b < e && isPySpace(s.charAt(b))) {
      b++;
    }
    while (e > b && isPySpace(s.charAt(e - 1))) {
      e--;
    }
    return s.substring(b, e);
  }

  /** Python's {@code str.split()} with no separator. */
  static String[] pySplit(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      while (i < s.length() && isPySpace(s.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < s.length() && !isPySpace(s.charAt(i))) {
        i++;
      }
      if (i > start) {
        out.add(s.substring(start, i));
      }
    }
    return out.toArray(new String[0]);
  }

  /**
   * Feeds every line of {@code text} (lines end after each {@code \n}). Most lines of a C file hold
   * no {@code #}, {@code /} or backslash and cannot change the state: those are only counted.
   */
  public void writeText(String text) throws DiagnosticException {
    // One pass over the bytes of a Latin-1 copy: a short run compiles this with C1, where a
    // String's charAt and every extra String.indexOf pass cost far more than an array load.
    // A line can change the state only with a '#', a backslash, or a comment start or end
    // ("/*", "*/"); a "//" comment alone strips nothing that matters without a '#'.
    byte[] b = latin1(text);
    int start = 0;
    boolean interesting = false;
    int n = b.length;
    byte previous = '\n';
    for (int i = 0; i < n; i++) {
      byte c = b[i];
      if (c == '\n') {
        line(text, start, i + 1, interesting);
        start = i + 1;
        interesting = false;
      } else if (c == '#'
          || c == '\\'
          || (c == '*' && previous == '/')
          || (c == '/' && previous == '*')) {
        interesting = true;
      }
      previous = c;
    }
    if (start < n) {
      line(text, start, n, interesting);
    }
  }

  /**
   * One byte per char of {@code text}: the char itself when it is Latin-1 (for most sources, a
   * plain array copy), else '?', which is none of the characters {@link #writeText} looks for.
   */
  private static byte[] latin1(String text) {
    byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
    if (b.length == text.length()) {
      return b;
    }
    // A surrogate pair became one '?': index by char instead.
    b = new byte[text.length()];
    for (int i = 0; i < b.length; i++) {
      char c = text.charAt(i);
      b[i] = c < 256 ? (byte) c : (byte) '?';
    }
    return b;
  }

  private void line(String text, int start, int end, boolean interesting)
      throws DiagnosticException {
    if (continuation == null && !interesting) {
      lineNumber++;
    } else {
      writeLine(text.substring(start, end));
    }
  }

  /** Feeds one source line (with or without its line end). */
  public void writeLine(String rawLine) throws DiagnosticException {
    lineNumber++;
    String line = pyStrip(rawLine);
    if (continuation != null) {
      line = continuation + line;
      continuation = null;
    }
    if (line.isEmpty()) {
      return;
    }
    if (line.endsWith("\\")) {
      continuation = line.substring(0, line.length() - 1).stripTrailing() + " ";
      return;
    }
    if (inComment && line.contains("*/")) {
      line = line.substring(line.indexOf("*/") + 2);
      inComment = false;
    }
    while (true) {
      int open = line.indexOf("/*");
      if (open >= 0) {
        if (inComment) {
          throw fail("Nested block comment!");
        }
        String before = line.substring(0, open);
        String remainder = line.substring(open + 2);
        int close = remainder.indexOf("*/");
        if (close >= 0) {
          line = before.stripTrailing() + " " + remainder.substring(close + 2).stripLeading();
          continue;
        }
        inComment = true;
        line = before.stripTrailing();
      }
      break;
    }
    int lc = line.indexOf("//");
    if (lc >= 0) {
      line = line.substring(0, lc).stripTrailing();
    }
    if (inComment || !line.startsWith("#")) {
      return;
    }
    line = line.substring(1).stripLeading();
    String[] fields = pySplit(line);
    if (fields.length == 0 || fields[0].isEmpty()) {
      return;
    }
    String token = fields[0].toLowerCase(Locale.ROOT);
    StringBuilder cb = new StringBuilder();
    for (int i = 1; i < fields.length; i++) {
      if (i > 1) {
        cb.append(' ');
      }
      cb.append(fields[i]);
    }
    String condition = pyStrip(cb.toString());
    switch (token) {
      case "if", "ifdef", "ifndef", "elif" -> {
        if (condition.isEmpty()) {
          throw fail("Invalid format for #" + token + " line: no argument!");
        }
        if (token.equals("if") || token.equals("elif")) {
          if (!SIMPLE_DEFINED.matcher(condition).matches()) {
            condition = "(" + condition + ")";
          }
          if (token.equals("elif")) {
            Entry prev = pop(token);
            stack.add(new Entry(prev.token, negate(prev.condition)));
          }
        } else {
          if (pySplit(condition).length != 1) {
            throw fail("Invalid format for #" + token + " line: should be exactly one argument!");
          }
          condition = "defined(" + condition + ")";
          if (token.equals("ifndef")) {
            condition = "!" + condition;
          }
          token = "if";
        }
        stack.add(new Entry(token, condition));
      }
      case "else" -> {
        Entry prev = pop(token);
        stack.add(new Entry(prev.token, negate(prev.condition)));
      }
      case "endif" -> {
        while (!pop(token).token.equals("if")) {
          // an #elif pushed its own entry; unwind to the #if that opened the chain
        }
      }
      default -> {}
    }
  }
}
