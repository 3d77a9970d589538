package org.argclinic.emit.c;

import java.util.List;
import java.util.function.Function;
import org.argclinic.template.Templates;

/**
 * The C template set in use ({@code c/core}, {@code c/public}, {@code c/limited}). A set need only
 * hold the templates it changes: any other name comes from {@code c/core}.
 */
public final class CTemplates {
  public static final String CORE = "c/core";

  private final Templates templates;
  private final String set;

  public CTemplates(Templates templates, String set) {
    this.templates = templates;
    this.set = set;
  }

  public static CTemplates core(Templates templates) {
    return new CTemplates(templates, CORE);
  }

  /**
   * Renders {@code name} (e.g. {@code prototype.c.ftl}) from this set, else from core. Every model
   * is a {@link ViewModels} record (a value), so the text is remembered.
   */
  public String render(String name, Object model) {
    return templates.renderValue(resolve(name), model);
  }

  /** As {@link Templates#renderSlotted}, from this set, else from core. */
  public String renderSlotted(
      String name, Function<List<String>, Object> model, List<String> strings) {
    return templates.renderSlotted(resolve(name), model, strings);
  }

  private String resolve(String name) {
    return !set.equals(CORE) && templates.exists(set + "/" + name)
        ? set + "/" + name
        : CORE + "/" + name;
  }
}
