package org.argclinic.scan;

import java.util.Optional;

/**
 * A source's line endings. Every stage works on {@code \n} text; a source written with {@code \r\n}
 * is read as {@code \n} and every file it makes is written back with {@code \r\n}, so a Windows
 * checkout is generated (and checked) like any other, its bytes kept.
 */
public enum LineEndings {
  LF("\n"),
  CRLF("\r\n");

  private final String terminator;

  LineEndings(String terminator) {
    this.terminator = terminator;
  }

  /** The ending of the first line; {@link #LF} for a text without one. */
  public static LineEndings of(String text) {
    int nl = text.indexOf('\n');
    return nl > 0 && text.charAt(nl - 1) == '\r' ? CRLF : LF;
  }

  /**
   * The first line (1-based) whose ending is not the first line's: a file with both kinds cannot be
   * written back as it was, so it is refused rather than silently rewritten or skipped.
   */
  public static Optional<Integer> firstMixedLine(String text) {
    if (text.indexOf('\r') < 0) {
      return Optional.empty();
    }
    boolean crlf = of(text) == CRLF;
    int line = 1;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1), line++) {
      if ((i > 0 && text.charAt(i - 1) == '\r') != crlf) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /** {@code text} with every {@code \r\n} read as {@code \n}. */
  public static String toLf(String text) {
    return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n");
  }

  /** {@code lfText} (as the stages make it) written with these endings. */
  public String apply(String lfText) {
    return this == LF ? lfText : lfText.replace("\n", terminator);
  }

  /** How a diagnostic names them. */
  public String label() {
    return this == LF ? "LF" : "CRLF";
  }
}
