package org.argclinic.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * The margins of the nested sections of a function declaration (function line, parameters,
 * parameter docstrings), inferred line by line as Argument Clinic does.
 */
final class IndentStack {
  private final List<Integer> indents = new ArrayList<>();

  /** Width of the line's margin; a blank line counts as the current margin. */
  int measure(String line) {
    String stripped = line.stripLeading();
    if (stripped.isEmpty()) {
      return indents.isEmpty() ? 0 : indents.get(indents.size() - 1);
    }
    return line.length() - stripped.length();
  }

  /**
   * Updates the margins for this line.
   *
   * @return 1 after an indent (or for the first margin), 0 if unchanged, -N after N dedents
   * @throws DslError with Argument Clinic's message for an outdent to a margin never used
   */
  int infer(Src src) throws DslError {
    String line = src.text;
    int indent = measure(line);
    if (indents.isEmpty()) {
      indents.add(indent);
      return 1;
    }
    int current = indents.get(indents.size() - 1);
    if (indent == current) {
      return 0;
    }
    if (indent > current) {
      indents.add(indent);
      return 1;
    }
    if (!indents.contains(indent)) {
      throw src.error(0, "Illegal outdent.");
    }
    int count = 0;
    while (indents.get(indents.size() - 1) != indent) {
      indents.remove(indents.size() - 1);
      count--;
    }
    return count;
  }

  int depth() {
    return indents.size();
  }

  int margin() {
    return indents.get(indents.size() - 1);
  }

  /** The line without the current margin, which it must start with. */
  String dedent(String line, Src at) throws DslError {
    int margin = margin();
    for (int i = 0; i < margin; i++) {
      if (i >= line.length() || line.charAt(i) != ' ') {
        throw at.error(0, "Cannot dedent; line does not start with the previous margin.");
      }
    }
    return line.substring(margin);
  }
}
