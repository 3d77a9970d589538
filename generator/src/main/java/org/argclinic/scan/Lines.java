package org.argclinic.scan;

import com.google.common.collect.ImmutableList;

/** Line splitting that keeps line ends, so that joining the pieces gives back the text. */
public final class Lines {
  private Lines() {}

  /** Splits after every {@code \n}; a last line without one is kept as it is. */
  public static ImmutableList<String> splitKeepEnds(String text) {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      out.add(text.substring(start, i + 1));
      start = i + 1;
    }
    if (start < text.length()) {
      out.add(text.substring(start));
    }
    return out.build();
  }

  /**
   * Splits at every {@code \n}, dropping it; like {@code text.split("\n", -1)} (trailing empty
   * strings kept) without going through a regular expression.
   */
  public static String[] split(String text) {
    int n = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
      n++;
    }
    String[] out = new String[n];
    int k = 0;
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      out[k++] = text.substring(start, i);
      start = i + 1;
    }
    out[k] = text.substring(start);
    return out;
  }

  /** Number of lines in {@code text} as {@link #splitKeepEnds} counts them. */
  public static int count(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return text.isEmpty() || text.endsWith("\n") ? n : n + 1;
  }

  /** The line without its line end ({@code \n} or {@code \r\n}). */
  public static String stripEnd(String line) {
    int end = line.length();
    if (end > 0 && line.charAt(end - 1) == '\n') {
      end--;
      if (end > 0 && line.charAt(end - 1) == '\r') {
        end--;
      }
    }
    return line.substring(0, end);
  }
}
