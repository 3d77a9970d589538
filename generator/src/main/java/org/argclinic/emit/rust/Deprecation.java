package org.argclinic.emit.rust;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argclinic.emit.TextWrap;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.Parameter;
import org.argclinic.model.Version;

/**
 * The DeprecationWarnings of {@code * [from X.Y]} and {@code / [from X.Y]}: the same conditions,
 * messages and docstring notes as Argument Clinic's C glue.
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
      List<String> names = keyword.values().stream().map(p -> ExprPrinter.reprStr(p.name())).toList();
      StringBuilder m = new StringBuilder("Passing keyword argument" + (keyword.size() != 1 ? "s" : "") + " "
          + words(names) + " to " + fullDisplayName + "() is deprecated.");
      for (Map.Entry<Version, List<String>> g : byVersion(keyword.values(), false).entrySet()) {
        m.append(" Parameter").append(g.getValue().size() != 1 ? "s" : "").append(' ').append(words(g.getValue()))
            .append(" will become positional-only in Python ").append(g.getKey()).append('.');
      }
      kwMessage = m.toString();
      notes.append("\n\n").append(TextWrap.fill("Note: " + kwMessage)).append('\n');
    }
    String posCondition = "";
    String posMessage = "";
    if (!positional.isEmpty()) {
      List<Integer> idx = new ArrayList<>(positional.keySet());
      int first = idx.get(0);
      int last = idx.get(idx.size() - 1);
      String amount;
      String pl;
      if (positional.size() == 1) {
        posCondition = "nargs == " + (first + 1);
        amount = first != 0 ? (first + 1) + " " : "";
        pl = "s";
      } else {
        posCondition = "nargs > " + first + " && nargs <= " + (last + 1);
        amount = first != 0 ? "more than " + first + " " : "";
        pl = first != 1 ? "s" : "";
      }
      StringBuilder m = new StringBuilder("Passing " + amount + "positional argument" + pl + " to "
          + fullDisplayName + "() is deprecated.");
      for (Map.Entry<Version, List<String>> g : byVersion(positional.values(), true).entrySet()) {
        if (g.getValue().size() == 1) {
          m.append(" Parameter ").append(words(g.getValue()))
              .append(" will become a keyword-only parameter in Python ").append(g.getKey()).append('.');
        } else {
          m.append(" Parameters ").append(words(g.getValue()))
              .append(" will become keyword-only parameters in Python ").append(g.getKey()).append('.');
        }
      }
      posMessage = m.toString();
      notes.append("\n\n").append(TextWrap.fill("Note: " + posMessage)).append('\n');
    }
    return new Deprecation(posCondition, posMessage, kwCondition, kwMessage, notes.toString());
  }

  /** Parameter names by version, in order (clinic groups consecutive runs; these never repeat). */
  private static Map<Version, List<String>> byVersion(Iterable<Parameter> params, boolean positional) {
    Map<Version, List<String>> out = new LinkedHashMap<>();
    for (Parameter p : params) {
      Version v = (positional ? p.deprecatedPositional() : p.deprecatedKeyword()).orElseThrow();
      out.computeIfAbsent(v, k -> new ArrayList<>()).add(ExprPrinter.reprStr(p.name()));
    }
    return out;
  }

  private static String words(List<String> items) {
    if (items.size() <= 2) {
      return String.join(" and ", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }
}
