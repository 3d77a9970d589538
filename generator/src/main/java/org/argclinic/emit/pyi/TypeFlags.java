package org.argclinic.emit.pyi;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a class's type may be subclassed, which no declaration says: read from the sources that
 * declare the module. The type's definition is the brace initializer ({@code PyType_Spec}, {@code
 * PyTypeObject}, or a Rust {@code PyType_Spec { .. }}) holding a string literal that names the
 * class ({@code "mod.Counter"}, {@code c"mod.Counter"}) and at least one {@code Py_TPFLAGS_} flag;
 * the type is subclassable when that initializer sets {@code Py_TPFLAGS_BASETYPE}. A stub marks the
 * others {@code @final}, as type checkers and stubtest expect.
 */
final class TypeFlags {
  /** How far a literal may be from its initializer's braces. */
  private static final int REACH = 4000;

  private TypeFlags() {}

  /** Empty when no initializer of the class's type was found. */
  static Optional<Boolean> subclassable(List<String> sources, String className) {
    Pattern literal =
        Pattern.compile("\"(?:[A-Za-z_][\\w.]*\\.)?" + Pattern.quote(className) + "\"");
    for (String text : sources) {
      Matcher m = literal.matcher(text);
      while (m.find()) {
        int open = enclosingOpen(text, m.start());
        int close = open < 0 ? -1 : matchingClose(text, open);
        if (close < 0) {
          continue;
        }
        String init = text.substring(open, close);
        if (init.contains("Py_TPFLAGS_")) {
          return Optional.of(init.contains("Py_TPFLAGS_BASETYPE"));
        }
      }
    }
    return Optional.empty();
  }

  /** The unmatched {@code {} before {@code from}, within reach; -1 if none. */
  private static int enclosingOpen(String text, int from) {
    return unmatched(text, from - 1, -1, '{', '}');
  }

  /** The {@code }} that closes the brace at {@code open}, within reach; -1 if none. */
  private static int matchingClose(String text, int open) {
    return unmatched(text, open + 1, 1, '}', '{');
  }

  /**
   * From {@code from} in direction {@code step}: the first {@code wanted} that no {@code nested}
   * passed on the way matches.
   */
  private static int unmatched(String text, int from, int step, char wanted, char nested) {
    int depth = 0;
    for (int i = from, n = 0; i >= 0 && i < text.length() && n < REACH; i += step, n++) {
      char c = text.charAt(i);
      if (c == nested) {
        depth++;
      } else if (c == wanted) {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    return -1;
  }
}
