package org.argclinic.expr;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argclinic.expr.Lexer.Kind;
import org.argclinic.expr.Lexer.Token;
import org.argclinic.model.Expr;

/**
 * Parses the subset of Python expressions that the DSL uses (defaults, converter arguments, {@code
 * [python input]} attributes) into {@link Expr}, with Python's operator precedence. Constructs
 * outside the subset (comparisons, {@code and}/{@code or}, conditional expressions, subscripts,
 * lambdas, comprehensions, f-strings) are errors pointing at their token; their messages end in
 * "not supported" so that callers can tell them from plain syntax errors.
 */
public final class ExprParser {

  /**
   * The result of parsing an expression that may be followed by more text.
   *
   * @param start offset of the first token
   * @param end offset just after the last token
   * @param next offset of the token that stopped the expression (the text length at the end)
   * @param call for an expression that is a call, how it was written
   */
  public record Parsed(Expr expr, int start, int end, int next, Optional<CallSyntax> call) {}

  /**
   * The arguments of a call as written: keywords with their value's text span.
   *
   * @param splat true when a {@code **mapping} argument is present (at {@code splatOffset})
   */
  public record CallSyntax(
      ImmutableList<Keyword> keywords, int positionalCount, boolean splat, int splatOffset) {}

  /** {@code name=value} in a call; offsets are into the parsed text. */
  public record Keyword(String name, int nameStart, Expr value, int valueStart, int valueEnd) {}

  private final List<Token> tokens;
  private final Map<Expr.Call, CallSyntax> calls = new IdentityHashMap<>();
  private int i;

  private ExprParser(String text, int start) throws ExprException {
    this(text, start, true);
  }

  private ExprParser(String text, int start, boolean comments) throws ExprException {
    this.tokens = Lexer.tokenize(text, start, comments);
  }

  /** Parses {@code text} as exactly one expression (a bare tuple {@code 1, 2} included). */
  public static Expr parse(String text) throws ExprException {
    ExprParser p = new ExprParser(text, 0);
    if (p.peek().kind() == Kind.END) {
      throw new ExprException("expected an expression", text.length());
    }
    Expr e = p.testList();
    p.expectEnd();
    return e;
  }

  /**
   * Parses one expression (no bare tuple) starting at {@code start} and stops before the first
   * token that cannot continue it.
   *
   * @return the expression, where it starts and ends, and where the next token starts
   */
  public static Parsed parsePrefix(String text, int start) throws ExprException {
    ExprParser p = new ExprParser(text, start, false);
    if (p.peek().kind() == Kind.END) {
      throw new ExprException("expected an expression", text.length());
    }
    return p.parsed();
  }

  /**
   * One item of a Python parameter list, as in {@code def x(ITEMS): pass}.
   *
   * @param stars 0, 1 for {@code *name} (an empty name for a bare {@code *}), 2 for {@code **name}
   */
  public record ParamSyntax(
      int stars,
      String name,
      int start,
      int nameStart,
      Optional<Parsed> annotation,
      Optional<Parsed> defaultValue) {}

  /** Parses {@code text} as the inside of a Python {@code def}'s parentheses. */
  public static List<ParamSyntax> parseParameters(String text) throws ExprException {
    ExprParser p = new ExprParser(text, 0, false);
    List<ParamSyntax> items = new ArrayList<>();
    while (p.peek().kind() != Kind.END) {
      Token first = p.peek();
      int stars = 0;
      if (first.is("*") || first.is("**")) {
        stars = first.is("*") ? 1 : 2;
        p.i++;
      }
      Token name = p.peek();
      if (stars == 1 && (name.is(",") || name.kind() == Kind.END)) {
        items.add(
            new ParamSyntax(
                1, "", first.start(), name.start(), Optional.empty(), Optional.empty()));
      } else {
        if (name.kind() != Kind.NAME || KEYWORDS.contains(name.text())) {
          throw p.error(name, "invalid syntax: expected a parameter name");
        }
        p.i++;
        Optional<Parsed> annotation = Optional.empty();
        Optional<Parsed> value = Optional.empty();
        if (p.peek().is(":")) {
          p.i++;
          annotation = Optional.of(p.parsed());
        }
        if (p.peek().is("=")) {
          if (stars != 0) {
            throw p.error(p.peek(), "var-positional argument cannot have default value");
          }
          p.i++;
          value = Optional.of(p.parsed());
        }
        items.add(
            new ParamSyntax(stars, name.text(), first.start(), name.start(), annotation, value));
      }
      if (p.peek().is(",")) {
        p.i++;
      } else if (p.peek().kind() != Kind.END) {
        throw p.error(p.peek(), "invalid syntax: unexpected " + describe(p.peek()));
      }
    }
    return items;
  }

  private Parsed parsed() throws ExprException {
    if (peek().kind() == Kind.END) {
      throw error(peek(), "expected an expression");
    }
    int from = peek().start();
    Expr e = test();
    return new Parsed(
        e,
        from,
        tokens.get(i - 1).end(),
        peek().start(),
        Optional.ofNullable(e instanceof Expr.Call c ? calls.get(c) : null));
  }

  private static final Set<String> KEYWORDS =
      Set.of(
          "False",
          "None",
          "True",
          "and",
          "as",
          "assert",
          "async",
          "await",
          "break",
          "class",
          "continue",
          "def",
          "del",
          "elif",
          "else",
          "except",
          "finally",
          "for",
          "from",
          "global",
          "if",
          "import",
          "in",
          "is",
          "lambda",
          "nonlocal",
          "not",
          "or",
          "pass",
          "raise",
          "return",
          "try",
          "while",
          "with",
          "yield");

  private Token peek() {
    return tokens.get(i);
  }

  private Token advance() {
    return tokens.get(i++);
  }

  private void expect(String op) throws ExprException {
    Token t = peek();
    if (!t.is(op)) {
      throw error(t, "expected '" + op + "'");
    }
    i++;
  }

  private void expectEnd() throws ExprException {
    Token t = peek();
    if (t.kind() != Kind.END) {
      throw error(t, "unexpected " + describe(t));
    }
  }

  private ExprException error(Token t, String message) {
    return new ExprException(message, t.start());
  }

  private static String describe(Token t) {
    return switch (t.kind()) {
      case END -> "end of expression";
      case STRING -> "string " + t.text();
      default -> "'" + t.text() + "'";
    };
  }

  /** {@code a, b, c}: a tuple when a comma is present. */
  private Expr testList() throws ExprException {
    Expr first = test();
    if (!peek().is(",")) {
      return first;
    }
    ImmutableList.Builder<Expr> items = ImmutableList.<Expr>builder().add(first);
    while (peek().is(",")) {
      i++;
      if (!startsExpression(peek())) {
        break;
      }
      items.add(test());
    }
    return new Expr.TupleLit(items.build());
  }

  private Expr test() throws ExprException {
    if (peek().isName("lambda")) {
      throw error(peek(), "lambda expressions are not supported");
    }
    Expr e = notTest();
    Token t = peek();
    if (t.isName("if")) {
      throw error(t, "conditional expressions are not supported");
    }
    if (t.isName("and") || t.isName("or")) {
      throw error(t, "'" + t.text() + "' expressions are not supported");
    }
    if (t.is("==")
        || t.is("!=")
        || t.is("<")
        || t.is(">")
        || t.is("<=")
        || t.is(">=")
        || t.isName("in")
        || t.isName("is")
        || (t.isName("not") && tokens.get(i + 1).isName("in"))) {
      throw error(t, "comparisons are not supported");
    }
    if (t.isName("for")) {
      throw error(t, "comprehensions are not supported");
    }
    return e;
  }

  private Expr notTest() throws ExprException {
    if (peek().isName("not")) {
      i++;
      return new Expr.Unary("not", notTest());
    }
    return binary(0);
  }

  // Python's binary operators from loosest to tightest; ** is handled in power().
  private static final String[][] LEVELS = {
    {"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"}
  };

  private Expr binary(int level) throws ExprException {
    if (level == LEVELS.length) {
      return factor();
    }
    Expr left = binary(level + 1);
    while (true) {
      Token t = peek();
      String op = null;
      for (String candidate : LEVELS[level]) {
        if (t.is(candidate)) {
          op = candidate;
        }
      }
      if (op == null) {
        return left;
      }
      if (op.equals("@")) {
        throw error(t, "the '@' operator is not supported");
      }
      i++;
      left = new Expr.Binary(op, left, binary(level + 1));
    }
  }

  private Expr factor() throws ExprException {
    Token t = peek();
    if (t.is("-") || t.is("+") || t.is("~")) {
      i++;
      return new Expr.Unary(t.text(), factor());
    }
    return power();
  }

  private Expr power() throws ExprException {
    Expr base = primary();
    if (peek().is("**")) {
      i++;
      return new Expr.Binary("**", base, factor());
    }
    return base;
  }

  private Expr primary() throws ExprException {
    Expr e = atom();
    while (true) {
      Token t = peek();
      if (t.is(".")) {
        i++;
        Token name = advance();
        if (name.kind() != Kind.NAME) {
          throw error(name, "expected an attribute name after '.'");
        }
        e = new Expr.Attribute(e, name.text());
      } else if (t.is("(")) {
        i++;
        e = call(e);
      } else if (t.is("[")) {
        throw error(t, "subscripts are not supported");
      } else {
        return e;
      }
    }
  }

  /** A call's arguments; the model keeps only values, the syntax goes to {@link #calls}. */
  private Expr call(Expr func) throws ExprException {
    ImmutableList.Builder<Expr> args = ImmutableList.builder();
    ImmutableList.Builder<Keyword> keywords = ImmutableList.builder();
    Set<String> seen = new HashSet<>();
    int positional = 0;
    boolean splat = false;
    int splatOffset = -1;
    while (!peek().is(")")) {
      Token first = peek();
      if (first.is("*") || first.is("**")) {
        i++;
        if (first.is("**") && !splat) {
          splatOffset = first.start();
          splat = true;
        }
        args.add(test());
      } else if (first.kind() == Kind.NAME && tokens.get(i + 1).is("=")) {
        if (KEYWORDS.contains(first.text())) {
          throw error(first, "invalid syntax: '" + first.text() + "' is a keyword");
        }
        i += 2;
        if (!seen.add(first.text())) {
          throw error(first, "keyword argument repeated: " + first.text());
        }
        int valueStart = peek().start();
        Expr value = test();
        args.add(value);
        keywords.add(
            new Keyword(first.text(), first.start(), value, valueStart, tokens.get(i - 1).end()));
      } else {
        Expr value = test();
        if (!seen.isEmpty() || splat) {
          throw error(first, "positional argument follows keyword argument");
        }
        positional++;
        args.add(value);
      }
      if (!peek().is(",")) {
        break;
      }
      i++;
    }
    expect(")");
    Expr.Call call = new Expr.Call(func, args.build());
    calls.put(call, new CallSyntax(keywords.build(), positional, splat, splatOffset));
    return call;
  }

  private static boolean startsExpression(Token t) {
    return switch (t.kind()) {
      case NAME, NUMBER, STRING -> true;
      case END -> false;
      case OP ->
          t.is("(") || t.is("[") || t.is("{") || t.is("-") || t.is("+") || t.is("~") || t.is("...");
    };
  }

  private Expr atom() throws ExprException {
    Token t = advance();
    switch (t.kind()) {
      case NUMBER:
        return t.value();
      case STRING:
        return strings(t);
      case NAME:
        return name(t);
      case END:
        throw error(t, "unexpected end of expression");
      default:
        break;
    }
    switch (t.text()) {
      case "...":
        return new Expr.Ellipsis();
      case "(":
        return parenthesized();
      case "[":
        {
          ImmutableList<Expr> items = display("]");
          return new Expr.ListLit(items);
        }
      case "{":
        return braces();
      case "*":
        throw error(t, "starred expressions are not supported");
      default:
        throw error(t, "unexpected '" + t.text() + "'");
    }
  }

  private Expr name(Token t) throws ExprException {
    switch (t.text()) {
      case "True":
        return new Expr.Bool(true);
      case "False":
        return new Expr.Bool(false);
      case "None":
        return new Expr.None();
      case "lambda":
        throw error(t, "lambda expressions are not supported");
      case "yield":
      case "await":
      case "if":
      case "else":
      case "for":
      case "in":
      case "is":
      case "and":
      case "or":
      case "not":
      case "def":
      case "class":
      case "return":
      case "import":
      case "from":
      case "as":
      case "with":
      case "while":
      case "pass":
      case "del":
      case "global":
      case "nonlocal":
      case "assert":
      case "break":
      case "continue":
      case "raise":
      case "try":
      case "except":
      case "finally":
      case "elif":
        throw error(t, "invalid syntax: unexpected keyword '" + t.text() + "'");
      default:
        return new Expr.Name(t.text());
    }
  }

  /** Adjacent string literals concatenate; str and bytes may not be mixed. */
  private Expr strings(Token first) throws ExprException {
    boolean bytes = first.value() instanceof Expr.Bytes;
    StringBuilder value = new StringBuilder(stringValue(first.value()));
    while (peek().kind() == Kind.STRING) {
      Token t = advance();
      if ((t.value() instanceof Expr.Bytes) != bytes) {
        throw error(t, "cannot mix bytes and nonbytes literals");
      }
      value.append(stringValue(t.value()));
    }
    return bytes ? new Expr.Bytes(value.toString()) : new Expr.Str(value.toString());
  }

  private static String stringValue(Expr e) {
    return e instanceof Expr.Bytes b ? b.value() : ((Expr.Str) e).value();
  }

  private Expr parenthesized() throws ExprException {
    if (peek().is(")")) {
      i++;
      return new Expr.TupleLit(ImmutableList.of());
    }
    Expr first = test();
    if (peek().is(")")) {
      i++;
      return first;
    }
    if (!peek().is(",")) {
      throw error(peek(), "expected ')'");
    }
    ImmutableList.Builder<Expr> items = ImmutableList.<Expr>builder().add(first);
    while (peek().is(",")) {
      i++;
      if (peek().is(")")) {
        break;
      }
      items.add(test());
    }
    expect(")");
    return new Expr.TupleLit(items.build());
  }

  /** A set display, or a dict display ({@code {}} is an empty dict, as in Python). */
  private Expr braces() throws ExprException {
    if (peek().is("}")) {
      i++;
      return new Expr.DictLit(ImmutableList.of(), ImmutableList.of());
    }
    if (peek().is("**")) {
      throw error(peek(), "dict unpacking is not supported");
    }
    Expr first = test();
    if (!peek().is(":")) {
      ImmutableList.Builder<Expr> items = ImmutableList.<Expr>builder().add(first);
      while (peek().is(",")) {
        i++;
        if (peek().is("}")) {
          break;
        }
        items.add(test());
      }
      expect("}");
      return new Expr.SetLit(items.build());
    }
    ImmutableList.Builder<Expr> keys = ImmutableList.<Expr>builder().add(first);
    ImmutableList.Builder<Expr> values = ImmutableList.builder();
    i++;
    values.add(test());
    while (peek().is(",")) {
      i++;
      if (peek().is("}")) {
        break;
      }
      keys.add(test());
      expect(":");
      values.add(test());
    }
    expect("}");
    return new Expr.DictLit(keys.build(), values.build());
  }

  private ImmutableList<Expr> display(String close) throws ExprException {
    ImmutableList.Builder<Expr> items = ImmutableList.builder();
    while (!peek().is(close)) {
      items.add(test());
      if (!peek().is(",")) {
        break;
      }
      i++;
    }
    expect(close);
    return items.build();
  }
}
