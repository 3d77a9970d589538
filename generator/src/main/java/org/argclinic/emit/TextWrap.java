package org.argclinic.emit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line wrapping with Python's {@code textwrap} rules, which fix where Argument Clinic breaks
 * deprecation messages (in C string literals and in docstring notes).
 */
public final class TextWrap {
  private TextWrap() {}

  private static final String WS = "[\\t\\n\\x0b\\x0c\\r ]";
  private static final String NWS = "[^\\t\\n\\x0b\\x0c\\r ]";
  private static final String WP = "[\\w!\"'&.,?]";
  private static final String LT = "[^\\d\\W]";

  /** Chunks for hyphen-aware splitting: runs of white space, words, hyphenated word parts. */
  private static final Pattern WORDSEP =
      Pattern.compile(
          "("
              + WS
              + "+"
              + "|(?<="
              + WP
              + ")-{2,}(?=\\w)"
              + "|"
              + NWS
              + "+?(?:"
              + "-(?:(?<="
              + LT
              + "{2}-)|(?<="
              + LT
              + "-"
              + LT
              + "-))(?="
              + LT
              + "-?"
              + LT
              + ")"
              + "|(?="
              + WS
              + "|\\z)"
              + "|(?<="
              + WP
              + ")(?=-{2,}\\w)"
              + "))",
          Pattern.UNICODE_CHARACTER_CLASS);

  private static final Pattern WORDSEP_SIMPLE = Pattern.compile("(" + WS + "+)");

  /**
   * {@code textwrap.wrap(text, width, replace_whitespace=False, drop_whitespace=False,
   * break_on_hyphens=False)} when {@code fillDefaults} is false; Python's default options
   * otherwise.
   */
  public static List<String> wrap(String text, int width, boolean fillDefaults) {
    boolean dropWhitespace = fillDefaults;
    boolean breakOnHyphens = fillDefaults;
    String t = text.replace("\t", "        ");
    if (fillDefaults) {
      // Each whitespace control character becomes a space (no regular expression: runs per
      // docstring).
      char[] cs = t.toCharArray();
      for (int i = 0; i < cs.length; i++) {
        char c = cs[i];
        if (c == '\t' || c == '\n' || c == 0x0b || c == '\f' || c == '\r') {
          cs[i] = ' ';
        }
      }
      t = new String(cs);
    }
    List<String> chunks = split(breakOnHyphens ? WORDSEP : WORDSEP_SIMPLE, t);
    List<String> lines = new ArrayList<>();
    // Reversed stack of chunks, as the reference algorithm consumes from the end.
    List<String> stack = new ArrayList<>(chunks);
    Collections.reverse(stack);
    while (!stack.isEmpty()) {
      List<String> cur = new ArrayList<>();
      int curLen = 0;
      if (dropWhitespace && stack.get(stack.size() - 1).isBlank() && !lines.isEmpty()) {
        stack.remove(stack.size() - 1);
      }
      while (!stack.isEmpty()) {
        int l = stack.get(stack.size() - 1).length();
        if (curLen + l <= width) {
          cur.add(stack.remove(stack.size() - 1));
          curLen += l;
        } else {
          break;
        }
      }
      if (!stack.isEmpty() && stack.get(stack.size() - 1).length() > width) {
        String chunk = stack.get(stack.size() - 1);
        int spaceLeft = width - curLen < 1 ? 1 : width - curLen;
        int end = spaceLeft;
        if (breakOnHyphens && chunk.length() > spaceLeft) {
          int hyphen = chunk.lastIndexOf('-', spaceLeft - 1);
          if (hyphen > 0 && !chunk.substring(0, hyphen).chars().allMatch(c -> c == '-')) {
            end = hyphen + 1;
          }
        }
        cur.add(chunk.substring(0, end));
        stack.set(stack.size() - 1, chunk.substring(end));
      }
      if (dropWhitespace && !cur.isEmpty() && cur.get(cur.size() - 1).isBlank()) {
        curLen -= cur.get(cur.size() - 1).length();
        cur.remove(cur.size() - 1);
      }
      if (!cur.isEmpty()) {
        lines.add(String.join("", cur));
      }
    }
    return lines;
  }

  /** {@code textwrap.fill(text)} with width 70 and default options. */
  public static String fill(String text) {
    return String.join("\n", wrap(text, 70, true));
  }

  /**
   * Python's {@code re.split} with a capturing group: the pieces between matches and the matches,
   * empty ones dropped.
   */
  private static List<String> split(Pattern separator, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = separator.matcher(text);
    int last = 0;
    while (m.find()) {
      if (m.end() == m.start()) {
        continue;
      }
      if (m.start() > last) {
        out.add(text.substring(last, m.start()));
      }
      out.add(m.group());
      last = m.end();
    }
    if (last < text.length()) {
      out.add(text.substring(last));
    }
    return out;
  }
}
