package org.argclinic.model;

import java.util.Optional;

/**
 * Text as C string literals, shared by the converters and the emitters. The literal's bytes are the
 * text's UTF-8 (the generated files are UTF-8, as are gcc's source and execution character sets),
 * so any text round-trips except NUL, which ends a C string, and lone surrogates, which have no
 * UTF-8 form.
 */
public final class CStrings {
  private CStrings() {}

  /** {@code "text"}, escaped. */
  public static String literal(String text) {
    return "\"" + escape(text, false) + "\"";
  }

  /**
   * The body of a C string literal for {@code text}: backslash, double quote, control characters
   * (as three-digit octal, which never swallows a following digit as hex escapes do), the second of
   * two question marks (no trigraph can form: {@code -std=c11} enables them) and, when {@code
   * quote} is set, single quotes as CPython's docstrings have them. Non-ASCII text stays as it is.
   *
   * @throws IllegalArgumentException on a lone surrogate ({@link #problem} says so first)
   */
  public static String escape(String text, boolean quote) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String rep =
          switch (c) {
            case '\\' -> "\\\\";
            case '"' -> "\\\"";
            case '\'' -> quote ? "\\'" : null;
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '?' -> i > 0 && text.charAt(i - 1) == '?' ? "\\?" : null;
            default -> c < 0x20 || c == 0x7f ? String.format("\\%03o", (int) c) : null;
          };
      if (Character.isSurrogate(c) && !isPair(text, i)) {
        throw new IllegalArgumentException("lone surrogate at " + i);
      }
      if (rep != null && b == null) {
        b = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (b != null) {
        if (rep != null) {
          b.append(rep);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
  }

  /**
   * Why {@code text} cannot be the value of a C string, if it cannot: a NUL character ends the
   * string (Python would see it cut short), a lone surrogate has no UTF-8 form.
   */
  public static Optional<String> problem(String text) {
    if (text.indexOf('\0') >= 0) {
      return Optional.of("a NUL character, which ends a C string");
    }
    return loneSurrogate(text);
  }

  /** A description of the first lone surrogate of {@code text}, if it has one. */
  public static Optional<String> loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c) && !isPair(text, i)) {
        return Optional.of(
            String.format("a lone surrogate (\\u%04x), which has no UTF-8 form", (int) c));
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code "text"} written without escapes, as CPython's clinic writes a str default, is a
   * C literal of exactly {@code text}: no quote or backslash, no line break or NUL, no trigraph.
   */
  public static boolean verbatim(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c == '\n' || c == '\r' || c == 0) {
        return false;
      }
    }
    return loneSurrogate(text).isEmpty() && trigraph(text).isEmpty();
  }

  /** The first trigraph ({@code ??=} and the like) in {@code text}, if any. */
  public static Optional<String> trigraph(String text) {
    for (int i = text.indexOf("??");
        i >= 0 && i + 2 < text.length();
        i = text.indexOf("??", i + 1)) {
      if ("=/'()!<>-".indexOf(text.charAt(i + 2)) >= 0) {
        return Optional.of(text.substring(i, i + 3));
      }
    }
    return Optional.empty();
  }

  /** Whether the surrogate at {@code i} is half of a well-formed pair. */
  private static boolean isPair(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }
}
