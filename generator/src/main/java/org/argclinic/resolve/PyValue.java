package org.argclinic.resolve;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;

/**
 * A parameter default as the Python value clinic would hold at generation time, plus clinic's two
 * sentinels: {@link Unspecified} (no default) and {@link Unknown} (a value that only exists at run
 * time, such as {@code sys.maxsize} with a {@code c_default}), and {@link Null} for {@code NULL}.
 */
public sealed interface PyValue
    permits PyValue.Unspecified,
        PyValue.Unknown,
        PyValue.Null,
        PyValue.None,
        PyValue.Bool,
        PyValue.Int,
        PyValue.Float,
        PyValue.Complex,
        PyValue.Str,
        PyValue.Bytes,
        PyValue.Tuple,
        PyValue.Other {

  PyValue UNSPECIFIED = new Unspecified();
  PyValue UNKNOWN = new Unknown();
  PyValue NULL = new Null();
  PyValue NONE = new None();

  /** Python's truthiness. */
  static boolean truthy(PyValue v) {
    return Evaluator.truthy(v);
  }

  /** Python's {@code ascii()}: the repr with non-ASCII characters escaped. */
  static String ascii(PyValue v) {
    String r = v.repr();
    StringBuilder b = new StringBuilder();
    r.codePoints()
        .forEach(
            cp -> {
              if (cp < 0x80) {
                b.appendCodePoint(cp);
              } else if (cp <= 0xff) {
                b.append(String.format("\\x%02x", cp));
              } else if (cp <= 0xffff) {
                b.append(String.format("\\u%04x", cp));
              } else {
                b.append(String.format("\\U%08x", cp));
              }
            });
    return b.toString();
  }

  /** Python's {@code repr()} of the value, as clinic shows it in signatures and messages. */
  String repr();

  /** Python's type name, for "is not of type" messages. */
  String typeName();

  record Unspecified() implements PyValue {
    public String repr() {
      return "<Unspecified>";
    }

    public String typeName() {
      return "Sentinels";
    }
  }

  record Unknown() implements PyValue {
    public String repr() {
      return "<Unknown>";
    }

    public String typeName() {
      return "Sentinels";
    }
  }

  record Null() implements PyValue {
    public String repr() {
      return "<Null>";
    }

    public String typeName() {
      return "Null";
    }
  }

  record None() implements PyValue {
    public String repr() {
      return "None";
    }

    public String typeName() {
      return "NoneType";
    }
  }

  record Bool(boolean value) implements PyValue {
    public String repr() {
      return value ? "True" : "False";
    }

    public String typeName() {
      return "bool";
    }
  }

  record Int(BigInteger value) implements PyValue {
    public String repr() {
      // BigInteger.toString is slow to start; almost every default fits a long.
      return value.bitLength() < 64 ? Long.toString(value.longValue()) : value.toString();
    }

    public String typeName() {
      return "int";
    }
  }

  /** {@code repr} is Python's repr of the double (computed by {@link PyRepr#ofFloat}). */
  record Float(double value) implements PyValue {
    public String repr() {
      return PyRepr.ofFloat(value);
    }

    public String typeName() {
      return "float";
    }
  }

  record Complex(double real, double imag) implements PyValue {
    public String repr() {
      return PyRepr.ofComplex(real, imag);
    }

    public String typeName() {
      return "complex";
    }
  }

  record Str(String value) implements PyValue {
    public String repr() {
      return PyRepr.ofStr(value);
    }

    public String typeName() {
      return "str";
    }
  }

  /** Bytes held as ISO-8859-1 chars 0..255. */
  record Bytes(String value) implements PyValue {
    public String repr() {
      return PyRepr.ofBytes(value);
    }

    public String typeName() {
      return "bytes";
    }
  }

  record Tuple(ImmutableList<PyValue> items) implements PyValue {
    public String repr() {
      StringBuilder b = new StringBuilder("(");
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          b.append(", ");
        }
        b.append(items.get(i).repr());
      }
      if (items.size() == 1) {
        b.append(',');
      }
      return b.append(')').toString();
    }

    public String typeName() {
      return "tuple";
    }
  }

  /** Any other evaluated value (a list, a set, a type): only its repr and type matter. */
  record Other(String repr, String typeName) implements PyValue {}
}
