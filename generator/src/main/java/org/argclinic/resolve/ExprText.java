package org.argclinic.resolve;

import java.util.stream.Collectors;
import org.argclinic.model.Expr;

/** Python source text of an expression, for listings. */
final class ExprText {
  private ExprText() {}

  static String of(Expr e) {
    if (e instanceof Expr.SetLit s) {
      return s.items().stream().map(ExprText::of).collect(Collectors.joining(", ", "{", "}"));
    } else if (e instanceof Expr.Name n) {
      return n.id();
    } else if (e instanceof Expr.Bool b) {
      return b.value() ? "True" : "False";
    } else if (e instanceof Expr.Str s) {
      return PyRepr.ofStr(s.value());
    } else if (e instanceof Expr.None) {
      return "None";
    } else if (e instanceof Expr.Int i) {
      return i.value().toString();
    }
    return e.toString();
  }
}
