package org.argclinic.expr;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.argclinic.model.Expr;

/**
 * Python's text for expressions: {@code repr()} of the values a literal evaluates to (Argument
 * Clinic shows defaults as their repr), and {@code ast.dump()} of a tree (its messages quote it).
 */
public final class ExprPrinter {
  private ExprPrinter() {}

  /**
   * Python's {@code repr(ast.literal_eval(e))}, when {@code e} is a literal that Python's {@code
   * ast.literal_eval} accepts and whose repr does not depend on hashing (sets are refused).
   */
  public static Optional<String> literalRepr(Expr e) {
    if (e instanceof Expr.Int i) {
      return Optional.of(i.value().toString());
    }
    if (e instanceof Expr.Float f) {
      return Optional.of(reprFloat(f.value()));
    }
    if (e instanceof Expr.Complex c) {
      return Optional.of(reprImaginary(c.imag()));
    }
    if (e instanceof Expr.Str s) {
      return Optional.of(reprStr(s.value()));
    }
    if (e instanceof Expr.Bytes b) {
      return Optional.of(reprBytes(b.value()));
    }
    if (e instanceof Expr.Bool b) {
      return Optional.of(b.value() ? "True" : "False");
    }
    if (e instanceof Expr.None) {
      return Optional.of("None");
    }
    if (e instanceof Expr.Ellipsis) {
      return Optional.of("Ellipsis");
    }
    if (e instanceof Expr.Unary u && (u.op().equals("-") || u.op().equals("+"))) {
      boolean minus = u.op().equals("-");
      if (u.operand() instanceof Expr.Int i) {
        return Optional.of((minus ? i.value().negate() : i.value()).toString());
      }
      if (u.operand() instanceof Expr.Float f) {
        return Optional.of(reprFloat(minus ? -f.value() : f.value()));
      }
      if (u.operand() instanceof Expr.Complex c) {
        if (!minus) {
          return Optional.of(reprImaginary(c.imag()));
        }
        // -(0+xj) is (-0-xj) in Python.
        return Optional.of(
            "(-0"
                + (c.imag() >= 0 && !isNegZero(c.imag()) ? "-" : "+")
                + formatImag(Math.abs(c.imag()))
                + "j)");
      }
      return Optional.empty();
    }
    if (e instanceof Expr.TupleLit t) {
      Optional<List<String>> items = all(t.items());
      return items.map(
          l -> l.size() == 1 ? "(" + l.get(0) + ",)" : "(" + String.join(", ", l) + ")");
    }
    if (e instanceof Expr.ListLit l) {
      return all(l.items()).map(items -> "[" + String.join(", ", items) + "]");
    }
    if (e instanceof Expr.DictLit d) {
      Optional<List<String>> keys = all(d.keys());
      Optional<List<String>> values = all(d.values());
      if (keys.isEmpty() || values.isEmpty()) {
        return Optional.empty();
      }
      StringBuilder out = new StringBuilder("{");
      for (int k = 0; k < keys.get().size(); k++) {
        out.append(k == 0 ? "" : ", ")
            .append(keys.get().get(k))
            .append(": ")
            .append(values.get().get(k));
      }
      return Optional.of(out.append("}").toString());
    }
    return Optional.empty();
  }

  private static Optional<List<String>> all(ImmutableList<Expr> items) {
    List<Optional<String>> reprs =
        items.stream().map(ExprPrinter::literalRepr).collect(Collectors.toList());
    if (reprs.stream().anyMatch(Optional::isEmpty)) {
      return Optional.empty();
    }
    return Optional.of(reprs.stream().map(Optional::get).collect(Collectors.toList()));
  }

  private static boolean isNegZero(double d) {
    return d == 0 && 1 / d < 0;
  }

  /** Python's {@code repr()} of a str: single quotes unless it holds {@code '} and no {@code "}. */
  public static String reprStr(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder().append(quote);
    s.codePoints()
        .forEach(
            cp -> {
              if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
              } else if (cp == '\t') {
                out.append("\\t");
              } else if (cp == '\n') {
                out.append("\\n");
              } else if (cp == '\r') {
                out.append("\\r");
              } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
              } else if (cp < 0x7f) {
                out.appendCodePoint(cp);
              } else if (!isPrintable(cp)) {
                out.append(
                    cp <= 0xff
                        ? String.format("\\x%02x", cp)
                        : cp <= 0xffff
                            ? String.format("\\u%04x", cp)
                            : String.format("\\U%08x", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.append(quote).toString();
  }

  /** Python's {@code str.isprintable()} for one code point (space counts as printable). */
  static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    switch (Character.getType(cp)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SURROGATE:
      case Character.PRIVATE_USE:
      case Character.UNASSIGNED:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SPACE_SEPARATOR:
        return false;
      default:
        return true;
    }
  }

  /** Python's {@code repr()} of bytes held as ISO-8859-1 chars. */
  public static String reprBytes(String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    StringBuilder out = new StringBuilder("b").append(quote);
    for (char c : s.toCharArray()) {
      if (c == quote || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format("\\x%02x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append(quote).toString();
  }

  /** Python's {@code repr()} of a float: shortest round-trip digits, Python's layout. */
  public static String reprFloat(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return isNegZero(d) ? "-0.0" : "0.0";
    }
    String body = shortest(Math.abs(d), true);
    return d < 0 ? "-" + body : body;
  }

  private static String reprImaginary(double imag) {
    return formatImag(imag) + "j";
  }

  /** The imaginary part as {@code repr(complex)} writes it: no forced {@code .0}. */
  private static String formatImag(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return isNegZero(d) ? "-0" : "0";
    }
    String body = shortest(Math.abs(d), false);
    return d < 0 ? "-" + body : body;
  }

  /**
   * Shortest digits that read back as {@code d} (positive, finite), laid out as Python's {@code
   * float_repr_style='short'}: fixed notation for exponents -4..15, otherwise {@code 1e+16}.
   */
  private static String shortest(double d, boolean forcePoint) {
    BigDecimal exact = new BigDecimal(d);
    BigDecimal digits = exact;
    for (int p = 1; p <= 17; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.doubleValue() == d) {
        digits = r;
        break;
      }
    }
    digits = digits.stripTrailingZeros();
    String unscaled = digits.unscaledValue().toString();
    // decimal exponent of the first digit
    int exp = unscaled.length() - 1 - digits.scale();
    if (exp >= -4 && exp < 16) {
      String plain = digits.toPlainString();
      if (forcePoint && plain.indexOf('.') < 0) {
        plain += ".0";
      }
      return plain;
    }
    String mantissa =
        unscaled.length() == 1 ? unscaled : unscaled.charAt(0) + "." + unscaled.substring(1);
    return mantissa + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
  }

  /** Python's {@code ast.dump()} (3.13 style: empty lists omitted) of an expression. */
  public static String dump(Expr e) {
    if (e instanceof Expr.Int i) {
      return "Constant(value=" + i.value() + ")";
    }
    if (e instanceof Expr.Name n) {
      return "Name(id=" + reprStr(n.id()) + ", ctx=Load())";
    }
    if (e instanceof Expr.Attribute a) {
      return "Attribute(value=" + dump(a.value()) + ", attr=" + reprStr(a.attr()) + ", ctx=Load())";
    }
    if (e instanceof Expr.Unary u) {
      String op =
          switch (u.op()) {
            case "-" -> "USub";
            case "+" -> "UAdd";
            case "~" -> "Invert";
            default -> "Not";
          };
      return "UnaryOp(op=" + op + "(), operand=" + dump(u.operand()) + ")";
    }
    if (e instanceof Expr.Binary b) {
      String op =
          switch (b.op()) {
            case "+" -> "Add";
            case "-" -> "Sub";
            case "*" -> "Mult";
            case "/" -> "Div";
            case "//" -> "FloorDiv";
            case "%" -> "Mod";
            case "**" -> "Pow";
            case "<<" -> "LShift";
            case ">>" -> "RShift";
            case "|" -> "BitOr";
            case "^" -> "BitXor";
            default -> "BitAnd";
          };
      return "BinOp(left=" + dump(b.left()) + ", op=" + op + "(), right=" + dump(b.right()) + ")";
    }
    if (e instanceof Expr.SetLit s) {
      return "Set(" + elts(s.items()) + ")";
    }
    if (e instanceof Expr.TupleLit t) {
      return "Tuple(" + elts(t.items()) + (t.items().isEmpty() ? "" : ", ") + "ctx=Load())";
    }
    if (e instanceof Expr.ListLit l) {
      return "List(" + elts(l.items()) + (l.items().isEmpty() ? "" : ", ") + "ctx=Load())";
    }
    if (e instanceof Expr.DictLit d) {
      if (d.keys().isEmpty()) {
        return "Dict()";
      }
      return "Dict(keys=["
          + d.keys().stream().map(ExprPrinter::dump).collect(Collectors.joining(", "))
          + "], values=["
          + d.values().stream().map(ExprPrinter::dump).collect(Collectors.joining(", "))
          + "])";
    }
    if (e instanceof Expr.Call c) {
      String args =
          c.args().isEmpty()
              ? ""
              : ", args=["
                  + c.args().stream().map(ExprPrinter::dump).collect(Collectors.joining(", "))
                  + "]";
      return "Call(func=" + dump(c.func()) + args + ")";
    }
    return "Constant(value=" + literalRepr(e).orElse("?") + ")";
  }

  private static String elts(ImmutableList<Expr> items) {
    if (items.isEmpty()) {
      return "";
    }
    return "elts=[" + items.stream().map(ExprPrinter::dump).collect(Collectors.joining(", ")) + "]";
  }
}
