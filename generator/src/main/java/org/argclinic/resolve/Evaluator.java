package org.argclinic.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.function.Function;
import org.argclinic.model.Expr;

/**
 * Evaluates the expression subset of converter arguments and defaults to {@link PyValue}s, the way
 * clinic's {@code eval} / {@code ast.literal_eval} would, without Python.
 */
final class Evaluator {
  /** Type names visible to converter arguments, with the qualified name Python's repr shows. */
  static final ImmutableMap<String, String> TYPE_NAMES =
      ImmutableMap.<String, String>builder()
          .put("int", "int")
          .put("str", "str")
          .put("bytes", "bytes")
          .put("bytearray", "bytearray")
          .put("float", "float")
          .put("complex", "complex")
          .put("bool", "bool")
          .put("object", "object")
          .put("list", "list")
          .put("tuple", "tuple")
          .put("dict", "dict")
          .put("set", "set")
          .put("NoneType", "NoneType")
          .put("buffer", "libclinic.converters.buffer")
          .put("robuffer", "libclinic.converters.robuffer")
          .put("rwbuffer", "libclinic.converters.rwbuffer")
          .build();

  private Evaluator() {}

  static PyValue eval(Expr e, Function<String, ConverterException> fail) {
    if (e instanceof Expr.Int i) {
      return new PyValue.Int(i.value());
    } else if (e instanceof Expr.Float f) {
      return new PyValue.Float(f.value());
    } else if (e instanceof Expr.Complex c) {
      return new PyValue.Complex(0.0, c.imag());
    } else if (e instanceof Expr.Str s) {
      return new PyValue.Str(s.value());
    } else if (e instanceof Expr.Bytes b) {
      return new PyValue.Bytes(b.value());
    } else if (e instanceof Expr.Bool b) {
      return new PyValue.Bool(b.value());
    } else if (e instanceof Expr.None) {
      return PyValue.NONE;
    } else if (e instanceof Expr.Name n) {
      switch (n.id()) {
        case "None":
          return PyValue.NONE;
        case "True":
          return new PyValue.Bool(true);
        case "False":
          return new PyValue.Bool(false);
        case "unspecified":
          return PyValue.UNSPECIFIED;
        default:
          if (TYPE_NAMES.containsKey(n.id())) {
            return new PyValue.Other("<class '" + TYPE_NAMES.get(n.id()) + "'>", "type");
          }
          throw fail.apply("name '" + n.id() + "' is not defined");
      }
    } else if (e instanceof Expr.Unary u) {
      PyValue v = eval(u.operand(), fail);
      switch (u.op()) {
        case "-":
          if (v instanceof PyValue.Int i) {
            return new PyValue.Int(i.value().negate());
          } else if (v instanceof PyValue.Float f) {
            return new PyValue.Float(-f.value());
          } else if (v instanceof PyValue.Complex c) {
            return new PyValue.Complex(-c.real(), -c.imag());
          }
          break;
        case "+":
          if (v instanceof PyValue.Int
              || v instanceof PyValue.Float
              || v instanceof PyValue.Complex) {
            return v;
          }
          break;
        case "~":
          if (v instanceof PyValue.Int i) {
            return new PyValue.Int(i.value().not());
          }
          break;
        case "not":
          return new PyValue.Bool(!truthy(v));
        default:
          break;
      }
      throw fail.apply("bad operand type for unary " + u.op() + ": '" + v.typeName() + "'");
    } else if (e instanceof Expr.TupleLit t) {
      ImmutableList.Builder<PyValue> b = ImmutableList.builder();
      for (Expr item : t.items()) {
        b.add(eval(item, fail));
      }
      return new PyValue.Tuple(b.build());
    } else if (e instanceof Expr.Binary b) {
      PyValue l = eval(b.left(), fail);
      PyValue r = eval(b.right(), fail);
      if (l instanceof PyValue.Int li && r instanceof PyValue.Int ri) {
        BigInteger x = li.value();
        BigInteger y = ri.value();
        switch (b.op()) {
          case "+":
            return new PyValue.Int(x.add(y));
          case "-":
            return new PyValue.Int(x.subtract(y));
          case "*":
            return new PyValue.Int(x.multiply(y));
          case "|":
            return new PyValue.Int(x.or(y));
          case "&":
            return new PyValue.Int(x.and(y));
          case "^":
            return new PyValue.Int(x.xor(y));
          case "<<":
            return new PyValue.Int(x.shiftLeft(y.intValueExact()));
          case ">>":
            return new PyValue.Int(x.shiftRight(y.intValueExact()));
          default:
            break;
        }
      }
      return PyValue.UNKNOWN;
    }
    return PyValue.UNKNOWN;
  }

  /** Python's truthiness. */
  static boolean truthy(PyValue v) {
    if (v instanceof PyValue.Bool b) {
      return b.value();
    } else if (v instanceof PyValue.None || v instanceof PyValue.Null) {
      return v instanceof PyValue.Null;
    } else if (v instanceof PyValue.Int i) {
      return i.value().signum() != 0;
    } else if (v instanceof PyValue.Float f) {
      return f.value() != 0;
    } else if (v instanceof PyValue.Complex c) {
      return c.real() != 0 || c.imag() != 0;
    } else if (v instanceof PyValue.Str s) {
      return !s.value().isEmpty();
    } else if (v instanceof PyValue.Bytes b) {
      return !b.value().isEmpty();
    } else if (v instanceof PyValue.Tuple t) {
      return !t.items().isEmpty();
    }
    return true;
  }
}
