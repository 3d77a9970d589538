package org.argclinic.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argclinic.emit.Templates;

/**
 * Renders the converters' C snippets: one FreeMarker macro per snippet in {@code
 * templates/c/converters/*.c.ftl}, through the shared template configuration. Java picks the macro
 * and computes every value; the macros only lay out text.
 */
public final class CSnippets {
  private CSnippets() {}

  /**
   * Renders macro {@code macro} of {@code c/converters/parse_arg.c.ftl} with {@code vars} as its
   * data model; the result has no trailing newline (clinic's {@code normalize_snippet}).
   */
  public static String render(String macro, Map<String, String> vars) {
    return render("parse_arg", macro, vars);
  }

  /**
   * Renders macro {@code macro} of {@code c/converters/<file>.c.ftl} through the project's one
   * FreeMarker configuration ({@link Templates#shared()}).
   */
  public static String render(String file, String macro, Map<String, ?> vars) {
    // The macros only print their variables (see parse_arg.c.ftl), so the strings are slots.
    List<String> names = new ArrayList<>();
    List<String> strings = new ArrayList<>();
    Map<String, Object> others = new HashMap<>();
    vars.forEach((k, v) -> {
      if (v instanceof String s) {
        names.add(k);
        strings.add(s);
      } else {
        others.put(k, v);
      }
    });
    others.put("snippet_file", file);
    others.put("snippet_macro", macro);
    return normalize(Templates.shared().renderSlotted("c/converters/snippet.c.ftl", values -> {
      Map<String, Object> model = new HashMap<>(others);
      for (int i = 0; i < names.size(); i++) {
        model.put(names.get(i), values.get(i));
      }
      return model;
    }, strings));
  }

  /** Clinic's {@code normalize_snippet}: no leading/trailing blank lines, dedented, no final newline. */
  public static String normalize(String text) {
    String[] lines = org.argclinic.scan.Lines.split(text);
    int start = 0;
    int end = lines.length;
    while (start < end && lines[start].isBlank()) {
      start++;
    }
    while (end > start && lines[end - 1].isBlank()) {
      end--;
    }
    int margin = Integer.MAX_VALUE;
    for (int i = start; i < end; i++) {
      if (!lines[i].isBlank()) {
        int n = 0;
        while (n < lines[i].length() && (lines[i].charAt(n) == ' ' || lines[i].charAt(n) == '\t')) {
          n++;
        }
        margin = Math.min(margin, n);
      }
    }
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        b.append('\n');
      }
      String l = lines[i];
      b.append(l.isBlank() ? "" : l.substring(Math.min(margin, l.length())));
    }
    return b.toString();
  }
}
