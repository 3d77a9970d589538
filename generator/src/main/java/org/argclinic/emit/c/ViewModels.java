package org.argclinic.emit.c;

import java.util.List;

/**
 * The view models of the C templates under {@code templates/c/core/}: one record per template (or
 * per piece of a template), every value computed in Java.
 */
public final class ViewModels {
  private ViewModels() {}

  /** View model of prototype.c.ftl. */
  public record Prototype(String kind, String argname) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof Prototype o
          && java.util.Objects.equals(kind, o.kind)
          && java.util.Objects.equals(argname, o.argname);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind, argname);
    }
  }

  /** View model of definition.c.ftl. */
  public record Definition(String kind) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof Definition o && java.util.Objects.equals(kind, o.kind);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind);
    }
  }

  /** View model of declare_parser.c.ftl. */
  public record ParserDeclaration(boolean limitedCapi, int numKeywords, boolean hasFormat) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof ParserDeclaration o
          && limitedCapi == o.limitedCapi
          && numKeywords == o.numKeywords
          && hasFormat == o.hasFormat;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(limitedCapi, numKeywords, hasFormat);
    }
  }

  /** View model of parser_body.c.ftl. */
  public record ParserBody(String prototype, List<String> fields, boolean simple) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof ParserBody o
          && java.util.Objects.equals(prototype, o.prototype)
          && java.util.Objects.equals(fields, o.fields)
          && simple == o.simple;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(prototype, fields, simple);
    }
  }

  /**
   * View model of parse_step.c.ftl: {@code kind} picks the piece; {@code text}, {@code other} and
   * {@code a} are its values (a C expression or label, another C expression, a count printed in
   * decimal); {@code plural} is the "s" an argument count other than one takes in messages;
   * {@code varargs} says that {@code text} names CPython's {@code *args}-aware unpacking function.
   */
  public record ParseStep(String kind, String text, String other, String a, String plural,
      boolean varargs) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof ParseStep o
          && java.util.Objects.equals(kind, o.kind)
          && java.util.Objects.equals(text, o.text)
          && java.util.Objects.equals(other, o.other)
          && java.util.Objects.equals(a, o.a)
          && java.util.Objects.equals(plural, o.plural)
          && varargs == o.varargs;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind, text, other, a, plural, varargs);
    }

    public ParseStep(String kind, String text, String other, int a) {
      this(kind, text, other, Integer.toString(a), a == 1 ? "" : "s",
          text.equals("_PyArg_UnpackKeywordsWithVararg"));
    }
  }

  /** View model of deprecation.c.ftl. */
  public record Warning(String kind, int major, int minor, String versionHex, String message,
      String condition, String errcheck) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof Warning o
          && java.util.Objects.equals(kind, o.kind)
          && major == o.major
          && minor == o.minor
          && java.util.Objects.equals(versionHex, o.versionHex)
          && java.util.Objects.equals(message, o.message)
          && java.util.Objects.equals(condition, o.condition)
          && java.util.Objects.equals(errcheck, o.errcheck);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind, major, minor, versionHex, message, condition, errcheck);
    }
  }

  /** View model of option_groups.c.ftl. */
  public record OptionGroups(String nargs, List<OptionCase> cases, String name, String fullName,
      int countMin, int countMax) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof OptionGroups o
          && java.util.Objects.equals(nargs, o.nargs)
          && java.util.Objects.equals(cases, o.cases)
          && java.util.Objects.equals(name, o.name)
          && java.util.Objects.equals(fullName, o.fullName)
          && countMin == o.countMin
          && countMax == o.countMax;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(nargs, cases, name, fullName, countMin, countMax);
    }
  }

  /** One {@code case N:} of the option-group switch. */
  public record OptionCase(int count, String formatUnits, String parseArguments,
      List<String> groupBooleans) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof OptionCase o
          && count == o.count
          && java.util.Objects.equals(formatUnits, o.formatUnits)
          && java.util.Objects.equals(parseArguments, o.parseArguments)
          && java.util.Objects.equals(groupBooleans, o.groupBooleans);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(count, formatUnits, parseArguments, groupBooleans);
    }
  }
}
