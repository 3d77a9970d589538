package org.argclinic.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.argclinic.model.Function;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;

/** The typed model as text, one line per function, for {@code argclinic model}. */
public final class ModelText {
  private ModelText() {}

  /**
   * A function as Python shows its signature, each parameter with its converter: {@code m.f(a:
   * long, /, b: int = 1, *, c: str) -> object [plain]}. {@code /} follows the positional-only
   * parameters and {@code *} precedes the keyword-only ones, as in {@code __text_signature__};
   * optional groups are in brackets; {@code self} and {@code defining_class}, which Python never
   * sees, are left out.
   */
  public static String line(Function f) {
    List<String> parts = new ArrayList<>();
    List<Parameter> ps =
        f.parameters().stream()
            .filter(
                p ->
                    !p.converter().name().equals("self")
                        && !p.converter().name().equals("defining_class"))
            .toList();
    boolean star = false;
    int group = 0;
    for (int i = 0; i < ps.size(); i++) {
      Parameter p = ps.get(i);
      if (p.kind() == ParameterKind.KEYWORD_ONLY && !star) {
        parts.add("*");
        star = true;
      }
      String text =
          (p.kind() == ParameterKind.VAR_POSITIONAL
                  ? "*"
                  : p.kind() == ParameterKind.VAR_KEYWORD ? "**" : "")
              + p.name()
              + ": "
              + ModelJson.converter(p.converter())
              + p.defaultValue().map(d -> " = " + d.text()).orElse("");
      if (p.kind() == ParameterKind.VAR_POSITIONAL) {
        star = true;
      }
      if (p.group() != group) {
        if (group != 0) {
          close(parts);
        }
        if (p.group() != 0) {
          text = "[" + text;
        }
        group = p.group();
      }
      parts.add(text);
      boolean lastPositionalOnly =
          p.kind() == ParameterKind.POSITIONAL_ONLY
              && (i + 1 == ps.size() || ps.get(i + 1).kind() != ParameterKind.POSITIONAL_ONLY);
      if (lastPositionalOnly) {
        if (group != 0) {
          close(parts);
          group = 0;
        }
        parts.add("/");
      }
    }
    if (group != 0) {
      close(parts);
    }
    return f.fullName()
        + "("
        + String.join(", ", parts)
        + ") -> "
        + ModelJson.converter(f.returnConverter())
        + "  ["
        + f.kind().name().toLowerCase(Locale.ROOT)
        + "]";
  }

  private static void close(List<String> parts) {
    parts.set(parts.size() - 1, parts.get(parts.size() - 1) + "]");
  }
}
