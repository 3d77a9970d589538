package org.argclinic.emit.c;

import java.util.List;

/**
 * The view models of the C templates under {@code templates/c/core/}: one record per template (or
 * per piece of a template), every value computed in Java.
 */
public final class ViewModels {
  private ViewModels() {}

  /** View model of prototype.c.ftl. */
  public record Prototype(String kind, String argname) {}

  /** View model of definition.c.ftl. */
  public record Definition(String kind) {}

  /** View model of declare_parser.c.ftl. */
  public record ParserDeclaration(boolean limitedCapi, int numKeywords, boolean hasFormat) {}

  /** View model of parser_body.c.ftl. */
  public record ParserBody(String prototype, List<String> fields, boolean simple) {}

  /**
   * View model of parse_step.c.ftl: {@code kind} picks the piece; {@code text}, {@code other} and
   * {@code a} are its values (a C expression or label, another C expression, a count); {@code
   * plural} is the "s" an argument count other than one takes in messages.
   */
  public record ParseStep(String kind, String text, String other, int a, String plural) {
    public ParseStep(String kind, String text, String other, int a) {
      this(kind, text, other, a, a == 1 ? "" : "s");
    }
  }

  /** View model of deprecation.c.ftl. */
  public record Warning(String kind, int major, int minor, String versionHex, String message,
      String condition, String errcheck) {}

  /** View model of option_groups.c.ftl. */
  public record OptionGroups(String nargs, List<OptionCase> cases, String name, String fullName,
      int countMin, int countMax) {}

  /** One {@code case N:} of the option-group switch. */
  public record OptionCase(int count, String formatUnits, String parseArguments,
      List<String> groupBooleans) {}
}
