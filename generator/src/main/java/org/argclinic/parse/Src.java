package org.argclinic.parse;

import java.util.Arrays;

/**
 * A piece of DSL text that remembers, for every character, the line and column it came from, so
 * that text joined from continuation lines or rewritten (an {@code as} clause) still reports errors
 * at the right place.
 */
final class Src {
  final String text;
  private final int[] lines;
  private final int[] columns;

  private Src(String text, int[] lines, int[] columns) {
    this.text = text;
    this.lines = lines;
    this.columns = columns;
  }

  /** A source line (or part of one) whose first character is at {@code line:column}. */
  static Src of(String text, int line, int column) {
    int n = text.length();
    int[] l = new int[n + 1];
    int[] c = new int[n + 1];
    for (int i = 0; i <= n; i++) {
      l[i] = line;
      c[i] = column + i;
    }
    return new Src(text, l, c);
  }

  int length() {
    return text.length();
  }

  Src sub(int from, int to) {
    int[] l = new int[to - from + 1];
    int[] c = new int[to - from + 1];
    System.arraycopy(lines, from, l, 0, l.length);
    System.arraycopy(columns, from, c, 0, c.length);
    return new Src(text.substring(from, to), l, c);
  }

  Src sub(int from) {
    return sub(from, text.length());
  }

  Src concat(Src other) {
    int n = text.length();
    int m = other.text.length();
    int[] l = new int[n + m + 1];
    int[] c = new int[n + m + 1];
    System.arraycopy(lines, 0, l, 0, n);
    System.arraycopy(columns, 0, c, 0, n);
    System.arraycopy(other.lines, 0, l, n, m + 1);
    System.arraycopy(other.columns, 0, c, n, m + 1);
    return new Src(text + other.text, l, c);
  }

  /** A synthetic piece (a joining space) placed at this text's end. */
  Src append(String synthetic) {
    Src s = of(synthetic, lines[text.length()], columns[text.length()]);
    int[] c = new int[synthetic.length() + 1];
    Arrays.fill(c, columns[text.length()]);
    return concat(new Src(synthetic, s.lines, c));
  }

  Src strip() {
    return stripLeading().stripTrailing();
  }

  Src stripLeading() {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return sub(i);
  }

  Src stripTrailing() {
    int j = text.length();
    while (j > 0 && Character.isWhitespace(text.charAt(j - 1))) {
      j--;
    }
    return sub(0, j);
  }

  int line(int offset) {
    return lines[Math.min(Math.max(offset, 0), text.length())];
  }

  int column(int offset) {
    return columns[Math.min(Math.max(offset, 0), text.length())];
  }

  DslError error(int offset, String message) {
    return new DslError(line(offset), column(offset), message);
  }

  @Override
  public String toString() {
    return text;
  }
}
