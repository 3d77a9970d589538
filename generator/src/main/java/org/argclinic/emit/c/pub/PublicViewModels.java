package org.argclinic.emit.c.pub;

/** View models of the templates under {@code templates/c/public/} (and {@code c/limited/}). */
public final class PublicViewModels {
  private PublicViewModels() {}

  /**
   * View model of header.c.ftl: what a generated header of the public or limited target starts
   * with.
   *
   * @param limited the limited target (adds the Py_LIMITED_API version guard)
   * @param limitedVersion X.Y of --limited-version
   * @param limitedHex the same as a Py_LIMITED_API value, e.g. {@code 0x030a0000}
   */
  public record Header(boolean limited, String limitedVersion, String limitedHex) {}

  /**
   * View model of parse_arg.c.ftl: the parse of one argument, chosen by {@code kind}.
   *
   * @param kind call, fildes, complex, object, checked, subclass_of, wchar, wchar_or_none, parse
   * @param paramname the C variable that receives the value
   * @param argname the C expression of the argument object
   * @param displayname how messages name the argument ({@code argument 'x'})
   * @param function (call) the runtime or user function that converts
   * @param callArgs (call) its arguments before the output pointer
   * @param ctype (call) the type the function writes
   * @param type (call) the parameter's C type
   * @param direct (call) the function writes the parameter directly (types equal)
   * @param check (checked) the C condition the argument must meet
   * @param expected (checked, subclass_of) what the message says was expected: a type name, or the
   *     type object expression for subclass_of
   * @param value (checked, subclass_of) the C expression assigned on success
   * @param cast (object) a cast to the parameter's type, or empty
   * @param formatUnit (parse) the PyArg_Parse format unit
   * @param parseArguments (parse) its output arguments
   */
  public record ParseArg(
      String kind,
      String paramname,
      String argname,
      String displayname,
      String function,
      String callArgs,
      String ctype,
      String type,
      boolean direct,
      String check,
      String expected,
      String value,
      String cast,
      String formatUnit,
      String parseArguments) {

    static ParseArg of(String kind, String paramname) {
      return new ParseArg(kind, paramname, "", "", "", "", "", "", true, "", "", "", "", "", "");
    }

    ParseArg withArg(String argname, String displayname) {
      return new ParseArg(
          kind,
          paramname,
          argname,
          displayname,
          function,
          callArgs,
          ctype,
          type,
          direct,
          check,
          expected,
          value,
          cast,
          formatUnit,
          parseArguments);
    }

    ParseArg withCall(String function, String callArgs, String ctype, String type) {
      return new ParseArg(
          kind,
          paramname,
          argname,
          displayname,
          function,
          callArgs,
          ctype,
          type,
          ctype.equals(type),
          check,
          expected,
          value,
          cast,
          formatUnit,
          parseArguments);
    }

    ParseArg withCheck(String check, String expected, String value) {
      return new ParseArg(
          kind,
          paramname,
          argname,
          displayname,
          function,
          callArgs,
          ctype,
          type,
          direct,
          check,
          expected,
          value,
          cast,
          formatUnit,
          parseArguments);
    }

    ParseArg withCast(String cast) {
      return new ParseArg(
          kind,
          paramname,
          argname,
          displayname,
          function,
          callArgs,
          ctype,
          type,
          direct,
          check,
          expected,
          value,
          cast,
          formatUnit,
          parseArguments);
    }

    ParseArg withFormat(String formatUnit, String parseArguments) {
      return new ParseArg(
          kind,
          paramname,
          argname,
          displayname,
          function,
          callArgs,
          ctype,
          type,
          direct,
          check,
          expected,
          value,
          cast,
          formatUnit,
          parseArguments);
    }
  }
}
