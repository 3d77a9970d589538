package org.argclinic.model;

/** The one test of a C identifier, shared by the parser and the converters. */
public final class CIdentifiers {
  private CIdentifiers() {}

  /**
   * Whether {@code s} is {@code [A-Za-z_][A-Za-z0-9_]*}: a loop, not a regular expression,
   * because every parameter name of every block is tested and a short run interprets regex
   * matching for a long time before it is compiled.
   */
  public static boolean isLegal(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return true;
  }
}
