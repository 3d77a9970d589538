package org.argclinic.resolve;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.DefaultValue;
import org.argclinic.model.Expr;
import org.argclinic.model.Position;

/**
 * Turns a parameter's default as written into clinic's three views of it: the Python value (or
 * clinic's sentinels), {@code py_default} (its text in signatures) and {@code c_default} (its C
 * initializer), following the rules and messages of clinic's parameter parsing.
 */
final class Defaults {
  /**
   * @param value the Python value, {@link PyValue#UNSPECIFIED} when there is no default
   * @param cDefault {@code c_default}, from the default or given explicitly
   * @param pyDefault {@code py_default}, from the default or given explicitly
   */
  record Result(PyValue value, Optional<String> cDefault, Optional<String> pyDefault) {}

  private Defaults() {}

  /**
   * @param givenC the {@code c_default=} converter argument, if given
   * @param givenPy the {@code py_default=} converter argument, if given
   * @param hasCDefaultArg whether {@code c_default} was among the converter arguments at all
   */
  static Result evaluate(
      String path,
      Optional<DefaultValue> dflt,
      boolean vararg,
      Optional<String> givenC,
      Optional<String> givenPy,
      boolean hasCDefaultArg,
      Position converterPosition) {
    if (dflt.isEmpty()) {
      if (givenPy.isPresent()) {
        throw fail(
            path,
            converterPosition,
            "You can't specify py_default without specifying a default value!");
      }
      if (vararg) {
        return new Result(PyValue.NULL, Optional.of(givenC.orElse("NULL")), givenPy);
      }
      return new Result(PyValue.UNSPECIFIED, givenC, givenPy);
    }
    DefaultValue d = dflt.get();
    String text = d.text().strip();
    Expr expr = d.expr();
    Position pos = d.position();
    if (!hasCDefaultArg) {
      if (containsUnsupported(expr)) {
        throw fail(path, pos, "Unsupported expression as default value: " + PyRepr.ofStr(text));
      }
    } else if (expr instanceof Expr.Name n && n.id().equals("unspecified")) {
      throw fail(path, pos, "'unspecified' is not a legal default value!");
    }
    PyValue value;
    String pyDefault;
    Optional<String> cDefault;
    if (expr instanceof Expr.Name n && n.id().equals("NULL")) {
      value = PyValue.NULL;
      pyDefault = "<unrepresentable>";
      cDefault = Optional.of("NULL");
    } else if (expr instanceof Expr.Binary
        || (expr instanceof Expr.Unary u && !isNumericConstant(u.operand()))) {
      if (givenC.isEmpty()) {
        throw fail(
            path,
            pos,
            "When you specify an expression ("
                + PyRepr.ofStr(text)
                + ") as your default value, you MUST specify a valid c_default.");
      }
      pyDefault = text;
      value = PyValue.UNKNOWN;
      cDefault = givenC;
    } else if (expr instanceof Expr.Attribute) {
      StringBuilder dotted = new StringBuilder();
      Expr n = expr;
      Deque<String> parts = new ArrayDeque<>();
      while (n instanceof Expr.Attribute a) {
        parts.addFirst(a.attr());
        n = a.value();
      }
      if (!(n instanceof Expr.Name base)) {
        throw fail(
            path,
            pos,
            "Unsupported default value " + PyRepr.ofStr(text) + " (looked like a Python constant)");
      }
      parts.addFirst(base.id());
      dotted.append(String.join(".", parts));
      pyDefault = dotted.toString();
      if (givenC.isEmpty()) {
        throw fail(
            path,
            pos,
            "When you specify a named constant ("
                + PyRepr.ofStr(pyDefault)
                + ") as your default value, you MUST specify a valid c_default.");
      }
      cDefault = givenC;
      // clinic evaluates the name in its own module, where only sys is importable this way
      value =
          pyDefault.equals("sys.maxsize")
              ? new PyValue.Int(BigInteger.valueOf(Long.MAX_VALUE))
              : PyValue.UNKNOWN;
    } else {
      Optional<PyValue> lit = literal(expr);
      if (lit.isEmpty()) {
        if (givenC.isEmpty()) {
          throw fail(
              path,
              pos,
              "When you specify a named constant ("
                  + PyRepr.ofStr(text)
                  + ") as your default value, you MUST specify a valid c_default.");
        }
        value = PyValue.UNKNOWN;
        pyDefault = text;
        cDefault = givenC;
      } else {
        value = lit.get();
        pyDefault = value.repr();
        if (value instanceof PyValue.Bool || value instanceof PyValue.None) {
          cDefault = Optional.of("Py_" + pyDefault);
        } else if (value instanceof PyValue.Str s) {
          cDefault = Optional.of(cLiteral(s.value()));
        } else {
          cDefault = Optional.of(pyDefault);
        }
      }
    }
    return new Result(
        value,
        givenC.isPresent() ? givenC : cDefault,
        givenPy.isPresent() ? givenPy : Optional.of(pyDefault));
  }

  /** The C initializer of a str default. */
  static String cLiteral(String value) {
    return "\"" + value + "\"";
  }

  /** Python's {@code ast.literal_eval}, for the node kinds the model has. */
  static Optional<PyValue> literal(Expr e) {
    if (e instanceof Expr.Int
        || e instanceof Expr.Float
        || e instanceof Expr.Complex
        || e instanceof Expr.Str
        || e instanceof Expr.Bytes
        || e instanceof Expr.Bool
        || e instanceof Expr.None) {
      return Optional.of(
          Evaluator.eval(e, m -> new ConverterException(Diagnostic.error("", 0, 0, m))));
    }
    if (e instanceof Expr.Name n) {
      switch (n.id()) {
        case "None":
          return Optional.of(PyValue.NONE);
        case "True":
          return Optional.of(new PyValue.Bool(true));
        case "False":
          return Optional.of(new PyValue.Bool(false));
        default:
          return Optional.empty();
      }
    }
    if (e instanceof Expr.Unary u
        && (u.op().equals("-") || u.op().equals("+"))
        && isNumericConstant(u.operand())) {
      return Optional.of(
          Evaluator.eval(e, m -> new ConverterException(Diagnostic.error("", 0, 0, m))));
    }
    if (e instanceof Expr.TupleLit t) {
      ImmutableList.Builder<PyValue> b = ImmutableList.builder();
      for (Expr item : t.items()) {
        Optional<PyValue> v = literal(item);
        if (v.isEmpty()) {
          return Optional.empty();
        }
        b.add(v.get());
      }
      return Optional.of(new PyValue.Tuple(b.build()));
    }
    if (e instanceof Expr.ListLit || e instanceof Expr.SetLit) {
      return Optional.of(
          new PyValue.Other(
              e instanceof Expr.ListLit ? "[...]" : "{...}",
              e instanceof Expr.ListLit ? "list" : "set"));
    }
    return Optional.empty();
  }

  private static boolean isNumericConstant(Expr e) {
    return e instanceof Expr.Int || e instanceof Expr.Float || e instanceof Expr.Complex;
  }

  /** Clinic's deny list of default nodes when no c_default is given. */
  private static boolean containsUnsupported(Expr e) {
    if (e instanceof Expr.Call
        || e instanceof Expr.SetLit
        || e instanceof Expr.ListLit
        || e instanceof Expr.TupleLit) {
      return true;
    }
    if (e instanceof Expr.Unary u) {
      return containsUnsupported(u.operand());
    }
    if (e instanceof Expr.Binary b) {
      return containsUnsupported(b.left()) || containsUnsupported(b.right());
    }
    if (e instanceof Expr.Attribute a) {
      return containsUnsupported(a.value());
    }
    return false;
  }

  private static ConverterException fail(String path, Position pos, String msg) {
    return new ConverterException(Diagnostic.error(path, pos.line(), pos.column(), msg));
  }
}
