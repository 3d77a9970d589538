package org.argclinic.emit.c;

import java.util.List;
import java.util.Objects;

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
          && Objects.equals(kind, o.kind)
          && Objects.equals(argname, o.argname);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, argname);
    }
  }

  /** View model of definition.c.ftl. */
  public record Definition(String kind) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof Definition o && Objects.equals(kind, o.kind);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind);
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
      return Objects.hash(limitedCapi, numKeywords, hasFormat);
    }
  }

  /** View model of parser_body.c.ftl. */
  public record ParserBody(String prototype, List<String> fields, boolean simple) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof ParserBody o
          && Objects.equals(prototype, o.prototype)
          && Objects.equals(fields, o.fields)
          && simple == o.simple;
    }

    @Override
    public int hashCode() {
      return Objects.hash(prototype, fields, simple);
    }
  }

  /**
   * View model of parse_step.c.ftl: {@code kind} picks the piece; {@code text}, {@code other} and
   * {@code a} are its values (a C expression or label, another C expression, a count printed in
   * decimal); {@code plural} is the "s" an argument count other than one takes in messages; {@code
   * varargs} says that {@code text} names CPython's {@code *args}-aware unpacking function.
   */
  public record ParseStep(
      String kind, String text, String other, String a, String plural, boolean varargs) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof ParseStep o
          && Objects.equals(kind, o.kind)
          && Objects.equals(text, o.text)
          && Objects.equals(other, o.other)
          && Objects.equals(a, o.a)
          && Objects.equals(plural, o.plural)
          && varargs == o.varargs;
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, text, other, a, plural, varargs);
    }

    public ParseStep(String kind, String text, String other, int a) {
      this(
          kind,
          text,
          other,
          Integer.toString(a),
          a == 1 ? "" : "s",
          text.equals("_PyArg_UnpackKeywordsWithVararg"));
    }
  }

  /** View model of deprecation.c.ftl. */
  public record Warning(
      String kind,
      int major,
      int minor,
      String versionHex,
      String message,
      String condition,
      String errcheck) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof Warning o
          && Objects.equals(kind, o.kind)
          && major == o.major
          && minor == o.minor
          && Objects.equals(versionHex, o.versionHex)
          && Objects.equals(message, o.message)
          && Objects.equals(condition, o.condition)
          && Objects.equals(errcheck, o.errcheck);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, major, minor, versionHex, message, condition, errcheck);
    }
  }

  /** View model of option_groups.c.ftl. */
  public record OptionGroups(
      String nargs,
      List<OptionCase> cases,
      String name,
      String fullName,
      int countMin,
      int countMax) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof OptionGroups o
          && Objects.equals(nargs, o.nargs)
          && Objects.equals(cases, o.cases)
          && Objects.equals(name, o.name)
          && Objects.equals(fullName, o.fullName)
          && countMin == o.countMin
          && countMax == o.countMax;
    }

    @Override
    public int hashCode() {
      return Objects.hash(nargs, cases, name, fullName, countMin, countMax);
    }
  }

  /** One {@code case N:} of the option-group switch. */
  public record OptionCase(
      int count, String formatUnits, String parseArguments, List<String> groupBooleans) {
    // Explicit, so a cold run does not bootstrap the record's generated methods (the render
    // cache hashes and compares view models).
    @Override
    public boolean equals(Object obj) {
      return obj instanceof OptionCase o
          && count == o.count
          && Objects.equals(formatUnits, o.formatUnits)
          && Objects.equals(parseArguments, o.parseArguments)
          && Objects.equals(groupBooleans, o.groupBooleans);
    }

    @Override
    public int hashCode() {
      return Objects.hash(count, formatUnits, parseArguments, groupBooleans);
    }
  }
}
