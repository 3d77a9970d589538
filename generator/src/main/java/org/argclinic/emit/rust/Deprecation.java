package org.argclinic.emit.rust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argclinic.emit.c.Deprecations;
import org.argclinic.model.Parameter;

/**
 * The DeprecationWarnings of {@code * [from X.Y]} and {@code / [from X.Y]}: the messages and
 * docstring notes come from the C glue's {@link Deprecations}; the keyword condition reads the Rust
 * glue's argument slots.
 *
 * @param notes text appended to the docstring before rendering ({@code "\n\nNote: ...\n"} each)
 */
record Deprecation(
    String positionalCondition,
    String positionalMessage,
    String keywordCondition,
    String keywordMessage,
    String notes) {

  boolean any() {
    return !positionalCondition.isEmpty() || !keywordCondition.isEmpty();
  }

  static Deprecation of(List<Parameter> params, String fullDisplayName) {
    Map<Integer, Parameter> positional = new LinkedHashMap<>();
    Map<Integer, Parameter> keyword = new LinkedHashMap<>();
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).deprecatedPositional().isPresent()) {
        positional.put(i, params.get(i));
      }
      if (params.get(i).deprecatedKeyword().isPresent()) {
        keyword.put(i, params.get(i));
      }
    }
    StringBuilder notes = new StringBuilder();
    String kwCondition = "";
    String kwMessage = "";
    if (!keyword.isEmpty()) {
      List<String> conditions = new ArrayList<>();
      Parameter last = null;
      for (Map.Entry<Integer, Parameter> e : keyword.entrySet()) {
        int i = e.getKey();
        last = e.getValue();
        if (last.defaultValue().isPresent()) {
          conditions.add("nargs < " + (i + 1) + " && !argv[" + i + "].is_null()");
        } else {
          conditions = new ArrayList<>(List.of("nargs < " + (i + 1)));
        }
      }
      kwCondition = "(" + String.join(") || (", conditions) + ")";
      kwMessage = Deprecations.keywordMessage(fullDisplayName, new ArrayList<>(keyword.values()));
      notes.append(Deprecations.note(kwMessage));
    }
    String posCondition = "";
    String posMessage = "";
    if (!positional.isEmpty()) {
      posCondition = Deprecations.positionalCondition(positional);
      posMessage = Deprecations.positionalMessage(fullDisplayName, positional);
      notes.append(Deprecations.note(posMessage));
    }
    return new Deprecation(posCondition, posMessage, kwCondition, kwMessage, notes.toString());
  }
}
