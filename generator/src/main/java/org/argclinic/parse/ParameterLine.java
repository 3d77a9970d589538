package org.argclinic.parse;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argclinic.expr.ConstantFolder;
import org.argclinic.expr.ExprException;
import org.argclinic.expr.ExprParser;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.DefaultValue;
import org.argclinic.model.Expr;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Position;
import org.argclinic.parse.BlockParser.ParamState;

/**
 * One parameter line: {@code name [as c_name]: converter[(args)] [= default]}, or {@code *name:
 * converter} for var-positional. Applies Argument Clinic's rules in Clinic's order, so that the
 * first mistake reported is the one Clinic would report.
 */
final class ParameterLine {
  private final BlockParser parser;
  private final FunctionBuilder function;
  private final Src original;

  ParameterLine(BlockParser parser, FunctionBuilder function, Src line) {
    this.parser = parser;
    this.function = function;
    this.original = line;
  }

  private String fn() {
    return "Function " + ExprPrinter.reprStr(function.name);
  }

  void parse() throws DslError {
    parser.enterParameter(original);
    Src line = original;

    // "name as c_name: ..." is read as "name: ..." with a C name on the side.
    String cName = null;
    Src cNameSrc = null;
    int as = line.text.indexOf(" as ");
    if (as >= 0) {
      Src name = line.sub(0, as).strip();
      if (!name.text.contains(" ")) {
        Src trailing = line.sub(as + 4).strip();
        int space = trailing.text.indexOf(' ');
        Src first = space >= 0 ? trailing.sub(0, space) : trailing;
        Src rest = space >= 0 ? trailing.sub(space) : trailing.sub(trailing.length());
        cNameSrc = first;
        if (first.text.endsWith(":")) {
          cNameSrc = first.sub(0, first.length() - 1);
          name = name.concat(first.sub(first.length() - 1));
        }
        cName = cNameSrc.text;
        line = name.concat(rest);
      }
    }

    Declaration decl = declaration(line);
    ExprParser.ParamSyntax syntax = decl.syntax;
    boolean vararg = syntax.stars() == 1;
    boolean varKeyword = syntax.stars() == 2;
    String name = syntax.name();
    Position position = Position.of(line.line(syntax.nameStart()), line.column(syntax.nameStart()));
    if (vararg) {
      parser.checkPreviousStar(line);
      parser.checkRemainingStar(line);
    }
    ConverterRef converter = Converters.fromParsed(line, syntax.annotation());

    Optional<DefaultValue> defaultValue = Optional.empty();
    boolean hasValue;
    if (decl.defaultText.isEmpty() || decl.defaultText.get().text.isBlank()) {
      // *args and **kwds may follow parameters with defaults (CPython 3.14's clinic), and so
      // may required keyword-only parameters, as in Python, before any optional one
      boolean requiredKeywordOnly =
          parser.keywordOnly()
              && function.parameters.stream()
                  .noneMatch(
                      b -> b.kind == ParameterKind.KEYWORD_ONLY && b.defaultValue.isPresent());
      if (parser.parameterState() == ParamState.OPTIONAL
          && !vararg
          && !varKeyword
          && !requiredKeywordOnly) {
        throw line.error(
            syntax.nameStart(),
            "Can't have a parameter without a default ("
                + ExprPrinter.reprStr(name)
                + ") after a parameter with a default!");
      }
      hasValue = vararg || varKeyword;
      if (converter.arguments().containsKey("py_default")) {
        throw line.error(
            syntax.annotation().get().start(),
            "You can't specify py_default without specifying a default value!");
      }
    } else {
      if (vararg) {
        throw decl.defaultText.get().strip().error(0, "Vararg can't take a default value!");
      }
      if (varKeyword) {
        throw decl.defaultText
            .get()
            .strip()
            .error(0, "Var-keyword parameter can't take a default value!");
      }
      if (parser.parameterState() == ParamState.REQUIRED) {
        parser.setParameterState(ParamState.OPTIONAL);
      }
      defaultValue = Optional.of(defaultValue(decl.defaultText.get().strip(), converter));
      hasValue = true;
    }

    String effectiveCName = cName == null || cName.isEmpty() ? name : cName;
    if (!Names.isLegalCIdentifier(effectiveCName)) {
      Src at = cNameSrc != null && cName != null && !cName.isEmpty() ? cNameSrc : line;
      throw at.error(
          cNameSrc != null && !cName.isEmpty() ? 0 : syntax.nameStart(),
          "Illegal C identifier: " + effectiveCName);
    }

    ParameterKind kind =
        vararg
            ? ParameterKind.VAR_POSITIONAL
            : varKeyword
                ? ParameterKind.VAR_KEYWORD
                : parser.keywordOnly()
                    ? ParameterKind.KEYWORD_ONLY
                    : ParameterKind.POSITIONAL_OR_KEYWORD;

    if (!converter.legacy() && parser.file().selfConverters.contains(converter.name())) {
      if (function.parameters.size() != 1) {
        throw line.error(
            syntax.nameStart(),
            "A 'self' parameter, if specified, must be the very"
                + " first thing in the parameter block.");
      }
      if (parser.parameterState() != ParamState.REQUIRED) {
        throw line.error(syntax.nameStart(), "A 'self' parameter cannot be marked optional.");
      }
      if (hasValue) {
        throw line.error(syntax.nameStart(), "A 'self' parameter cannot have a default value.");
      }
      if (parser.group() != 0) {
        throw line.error(syntax.nameStart(), "A 'self' parameter cannot be in an optional group.");
      }
      kind = ParameterKind.POSITIONAL_ONLY;
      parser.setParameterState(ParamState.START);
      function.parameters.clear();
    }
    if (!converter.legacy() && parser.file().definingClassConverters.contains(converter.name())) {
      if (function.parameters.size() != 1) {
        throw line.error(
            syntax.nameStart(),
            "A 'defining_class' parameter, if specified, must"
                + " either be the first thing in the parameter block, or come just after 'self'.");
      }
      if (parser.parameterState() != ParamState.REQUIRED) {
        throw line.error(
            syntax.nameStart(), "A 'defining_class' parameter cannot be marked optional.");
      }
      if (hasValue) {
        throw line.error(
            syntax.nameStart(), "A 'defining_class' parameter cannot have a default value.");
      }
      if (parser.group() != 0) {
        throw line.error(
            syntax.nameStart(), "A 'defining_class' parameter cannot be in an optional group.");
      }
      if (function.cls == null) {
        throw line.error(
            syntax.nameStart(), "A 'defining_class' parameter cannot be defined at module level.");
      }
      kind = ParameterKind.POSITIONAL_ONLY;
    }

    List<ParamBuilder> params = function.parameters;
    for (int i = 1; i < params.size(); i++) {
      if (params.get(i).name.equals(name)) {
        throw line.error(
            syntax.nameStart(),
            "You can't have two parameters named " + ExprPrinter.reprStr(name) + "!");
      }
    }
    if (!params.isEmpty() && params.get(0).name.equals(name) && cName == null) {
      throw line.error(
          syntax.nameStart(),
          "Parameter " + ExprPrinter.reprStr(name) + " requires a custom C name");
    }

    ParamBuilder p = new ParamBuilder();
    p.name = name;
    p.cName = cName;
    p.kind = kind;
    p.converter = converter;
    p.defaultValue = defaultValue;
    p.group = parser.group();
    p.deprecatedPositional = parser.deprecatedPositional();
    p.position = position;
    params.add(p);
    if (vararg) {
      parser.setKeywordOnly();
    }
    if (varKeyword) {
      parser.setVarKeywordSeen();
    }
  }

  private static final Pattern ANNOTATED =
      Pattern.compile("\\s*\\*{0,2}\\s*[A-Za-z_]\\w*\\s*:\\s*");
  private static final Pattern CALL = Pattern.compile("[A-Za-z_]\\w*\\s*\\(");

  /** The declaration without its default, and the default's text if there is one. */
  private record Declaration(ExprParser.ParamSyntax syntax, Optional<Src> defaultText) {}

  /**
   * Clinic splits at the last {@code =}: the part before must be a parameter without a default;
   * failing that, the whole line must be one without a default (an {@code =} inside converter
   * arguments). A default that itself contains {@code =} is therefore refused.
   */
  private Declaration declaration(Src line) throws DslError {
    int equals = line.text.lastIndexOf('=');
    if (equals >= 0) {
      Src base = line.sub(0, equals);
      List<ExprParser.ParamSyntax> items = null;
      try {
        items = ExprParser.parseParameters(base.text);
      } catch (ExprException e) {
        // retried on the whole line below
      }
      if (items != null) {
        return new Declaration(single(line, base, items), Optional.of(line.sub(equals + 1)));
      }
    }
    List<ExprParser.ParamSyntax> whole;
    try {
      whole = ExprParser.parseParameters(line.text);
    } catch (ExprException e) {
      Matcher m = ANNOTATED.matcher(line.text);
      if (e.getMessage().endsWith("not supported")
          && m.lookingAt()
          && !CALL.matcher(line.text).region(m.end(), line.length()).lookingAt()) {
        // Valid Python that Clinic parses, then finds is no converter.
        throw line.error(m.end(), Converters.BAD_ANNOTATION);
      }
      throw line.error(
          e.offset(),
          fn()
              + " has an invalid parameter declaration: "
              + ExprPrinter.reprStr(line.text)
              + " ("
              + e.getMessage()
              + ")"
              + (looksLikeProse(line.text)
                  ? ". If this line is the docstring, it starts at the"
                      + " function line's indentation, not the parameters': unindent it"
                  : ""));
    }
    return new Declaration(single(line, line, whole), Optional.empty());
  }

  /**
   * Clinic's checks of what Python parsed: one parameter, no default inside it, no {@code
   * **kwargs}. Offsets of {@code items} are into {@code parsed}, a prefix of {@code line}.
   */
  private ExprParser.ParamSyntax single(Src line, Src parsed, List<ExprParser.ParamSyntax> items)
      throws DslError {
    String quoted = ExprPrinter.reprStr(line.text);
    if (items.isEmpty()) {
      throw line.error(0, fn() + " has an invalid parameter declaration: " + quoted);
    }
    long plain = items.stream().filter(i -> i.stars() == 0).count();
    if (plain > 1 || items.size() > 2 || (items.size() == 2 && items.get(1).stars() != 2)) {
      throw parsed.error(
          items.get(1).start(),
          fn() + " has an invalid parameter declaration" + " (comma?): " + quoted);
    }
    for (ExprParser.ParamSyntax item : items) {
      if (item.defaultValue().isPresent()) {
        throw parsed.error(
            item.defaultValue().get().start(),
            fn() + " has an invalid" + " parameter declaration (default value?): " + quoted);
      }
    }
    for (ExprParser.ParamSyntax item : items) {
      if (item.stars() == 2 && items.size() > 1) {
        throw parsed.error(
            item.start(),
            fn() + " has an invalid parameter declaration" + " (**kwargs?): " + quoted);
      }
      if (item.stars() == 1 && item.name().isEmpty()) {
        throw parsed.error(
            item.start(),
            fn()
                + " has an invalid parameter declaration: "
                + quoted
                + " (named arguments must follow bare *)");
      }
    }
    return items.get(0);
  }

  /** Clinic's checks of a default's shape; what it means in C is decided later (resolve). */
  private DefaultValue defaultValue(Src text, ConverterRef converter) throws DslError {
    String quoted = ExprPrinter.reprStr(text.text);
    Position position = Position.of(text.line(0), text.column(0));
    Expr expr;
    try {
      expr = ExprParser.parse(text.text);
    } catch (ExprException e) {
      if (e.getMessage().endsWith("not supported")) {
        throw text.error(e.offset(), "Unsupported expression as default value: " + quoted);
      }
      throw text.error(
          e.offset(),
          "Default value "
              + ExprPrinter.reprStr(text.text.strip())
              + " is not a Python expression: "
              + e.getMessage());
    }
    Optional<Expr> cDefault = Optional.ofNullable(converter.arguments().get("c_default"));
    if (cDefault.isEmpty()) {
      if (hasBadNode(expr)) {
        throw text.error(0, "Unsupported expression as default value: " + quoted);
      }
    } else {
      // Clinic evaluates such a default; an error other than an unknown name rejects it.
      Optional<String> raised = ConstantFolder.raises(expr);
      if (raised.isPresent()) {
        throw text.error(
            0, "Malformed expression given as default value " + quoted + " caused " + raised.get());
      }
      if (expr instanceof Expr.Name n && n.id().equals("unspecified")) {
        throw text.error(0, "'unspecified' is not a legal default value!");
      }
    }
    boolean validCDefault =
        cDefault.isPresent() && cDefault.get() instanceof Expr.Str s && !s.value().isEmpty();
    if (expr instanceof Expr.Name n && n.id().equals("NULL")) {
      return new DefaultValue(text.text, expr, position);
    }
    if (expr instanceof Expr.Binary || (expr instanceof Expr.Unary u && !isNumber(u.operand()))) {
      if (!validCDefault) {
        throw text.error(
            0,
            "When you specify an expression ("
                + quoted
                + ") as your default"
                + " value, you MUST specify a valid c_default."
                + cDefaultHint(converter, text));
      }
      return new DefaultValue(text.text, expr, position);
    }
    if (expr instanceof Expr.Attribute) {
      StringBuilder dotted = new StringBuilder();
      Expr e = expr;
      while (e instanceof Expr.Attribute a) {
        dotted.insert(0, "." + a.attr());
        e = a.value();
      }
      if (!(e instanceof Expr.Name base)) {
        throw text.error(
            0, "Unsupported default value " + quoted + " (looked like a Python constant)");
      }
      dotted.insert(0, base.id());
      if (!validCDefault) {
        throw text.error(
            0,
            "When you specify a named constant ("
                + ExprPrinter.reprStr(dotted.toString())
                + ") as your default value, you MUST"
                + " specify a valid c_default."
                + cDefaultHint(converter, text));
      }
      return new DefaultValue(text.text, expr, position);
    }
    if (!isLiteral(expr) && !validCDefault) {
      throw text.error(
          0,
          "When you specify a named constant ("
              + quoted
              + ") as your default"
              + " value, you MUST specify a valid c_default."
              + cDefaultHint(converter, text));
    }
    return new DefaultValue(text.text, expr, position);
  }

  /** Words with no colon: a docstring indented like a parameter, rather than a declaration. */
  private static boolean looksLikeProse(String text) {
    String t = text.strip();
    return !t.contains(":") && t.split("\\s+").length > 1 && Character.isLetter(t.codePointAt(0));
  }

  /**
   * How to write the missing c_default for {@code text}, e.g. {@code int(c_default="FOO") = FOO}.
   */
  private static String cDefaultHint(ConverterRef converter, Src text) {
    String value = text.text.strip();
    return " Give the C expression beside it, e.g. "
        + converter.name()
        + "(c_default=\""
        + value.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\") = "
        + value;
  }

  private static boolean isNumber(Expr e) {
    return e instanceof Expr.Int || e instanceof Expr.Float || e instanceof Expr.Complex;
  }

  /** What Python's {@code ast.literal_eval} accepts, for the shapes that reach it here. */
  private static boolean isLiteral(Expr e) {
    if (e instanceof Expr.Int
        || e instanceof Expr.Float
        || e instanceof Expr.Complex
        || e instanceof Expr.Str
        || e instanceof Expr.Bytes
        || e instanceof Expr.Bool
        || e instanceof Expr.None
        || e instanceof Expr.Ellipsis) {
      return true;
    }
    if (e instanceof Expr.Unary u) {
      return (u.op().equals("-") || u.op().equals("+")) && isNumber(u.operand());
    }
    if (e instanceof Expr.TupleLit t) {
      return t.items().stream().allMatch(ParameterLine::isLiteral);
    }
    if (e instanceof Expr.ListLit l) {
      return l.items().stream().allMatch(ParameterLine::isLiteral);
    }
    if (e instanceof Expr.SetLit s) {
      return s.items().stream().allMatch(ParameterLine::isLiteral);
    }
    if (e instanceof Expr.DictLit d) {
      return d.keys().stream().allMatch(ParameterLine::isLiteral)
          && d.values().stream().allMatch(ParameterLine::isLiteral);
    }
    return false;
  }

  /** Calls and container displays, anywhere in the tree: C cannot spell them as a default. */
  private static boolean hasBadNode(Expr e) {
    if (e instanceof Expr.Call
        || e instanceof Expr.SetLit
        || e instanceof Expr.TupleLit
        || e instanceof Expr.ListLit
        || e instanceof Expr.DictLit) {
      return true;
    }
    if (e instanceof Expr.Unary u) {
      return hasBadNode(u.operand());
    }
    if (e instanceof Expr.Binary b) {
      return hasBadNode(b.left()) || hasBadNode(b.right());
    }
    if (e instanceof Expr.Attribute a) {
      return hasBadNode(a.value());
    }
    return false;
  }
}
