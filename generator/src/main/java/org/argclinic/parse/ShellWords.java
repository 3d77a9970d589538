package org.argclinic.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits a directive line into words the way Python's {@code shlex.split} does (POSIX mode). */
final class ShellWords {
  private ShellWords() {}

  /** A word and the 0-based offset where it starts. */
  record Word(String text, int start) {}

  /**
   * @throws SplitError with shlex's message ({@code No closing quotation}, {@code No escaped
   *     character}) and the offset of the quote or backslash at fault
   */
  static List<Word> split(String line) throws SplitError {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int n = line.length();
    while (i < n) {
      char c = line.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      StringBuilder word = new StringBuilder();
      while (i < n && !Character.isWhitespace(line.charAt(i))) {
        c = line.charAt(i);
        if (c == '\'') {
          int close = line.indexOf('\'', i + 1);
          if (close < 0) {
            throw new SplitError("No closing quotation", i);
          }
          word.append(line, i + 1, close);
          i = close + 1;
        } else if (c == '"') {
          int j = i + 1;
          while (true) {
            if (j >= n) {
              throw new SplitError("No closing quotation", i);
            }
            char d = line.charAt(j);
            if (d == '"') {
              break;
            }
            if (d == '\\' && j + 1 >= n) {
              throw new SplitError("No escaped character", j);
            }
            if (d == '\\'
                && j + 1 < n
                && (line.charAt(j + 1) == '"' || line.charAt(j + 1) == '\\')) {
              word.append(line.charAt(j + 1));
              j += 2;
              continue;
            }
            word.append(d);
            j++;
          }
          i = j + 1;
        } else if (c == '\\') {
          if (i + 1 >= n) {
            throw new SplitError("No escaped character", i);
          }
          word.append(line.charAt(i + 1));
          i += 2;
        } else {
          word.append(c);
          i++;
        }
      }
      words.add(new Word(word.toString(), start));
    }
    return words;
  }

  static final class SplitError extends Exception {
    final int offset;

    SplitError(String message, int offset) {
      super(message, null, false, false);
      this.offset = offset;
    }
  }
}
