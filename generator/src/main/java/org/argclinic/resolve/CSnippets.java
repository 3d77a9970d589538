package org.argclinic.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argclinic.template.Snippets;
import org.argclinic.template.Templates;

/**
 * Renders the converters' C snippets: one FreeMarker macro per snippet in {@code
 * templates/c/converters/*.c.ftl}, through the run's template configuration (so {@code --templates}
 * overrides them as every other template). Java picks the macro and computes every value; the
 * macros only lay out text. The registry hands one to each converter it makes.
 */
public final class CSnippets {
  private final Templates templates;

  public CSnippets(Templates templates) {
    this.templates = templates;
  }

  /** Through the built-in templates only: for a registry that no run handed templates. */
  static CSnippets builtIn() {
    return new CSnippets(Templates.builtIn());
  }

  /**
   * Renders macro {@code macro} of {@code c/converters/<file>.c.ftl} with {@code vars} as its data
   * model; the result is normalised as clinic's {@code normalize_snippet} does.
   */
  public String render(String file, String macro, Map<String, ?> vars) {
    // The macros only print their variables (see parse_arg.c.ftl), so the strings are slots.
    List<String> names = new ArrayList<>();
    List<String> strings = new ArrayList<>();
    Map<String, Object> others = new HashMap<>();
    vars.forEach(
        (k, v) -> {
          if (v instanceof String s) {
            names.add(k);
            strings.add(s);
          } else {
            others.put(k, v);
          }
        });
    others.put("snippet_file", file);
    others.put("snippet_macro", macro);
    return Snippets.normalize(
        templates.renderSlotted(
            "c/converters/snippet.c.ftl",
            values -> {
              Map<String, Object> model = new HashMap<>(others);
              for (int i = 0; i < names.size(); i++) {
                model.put(names.get(i), values.get(i));
              }
              return model;
            },
            strings));
  }
}
