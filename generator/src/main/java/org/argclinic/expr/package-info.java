/**
 * The Python-expression subset of the DSL (defaults, converter arguments, {@code [python input]}
 * attributes): {@link org.argclinic.expr.ExprParser} reads it into {@link org.argclinic.model.Expr}
 * with Python's literal rules and operator precedence, and {@link org.argclinic.expr.ExprPrinter}
 * gives back the text Python would print ({@code repr()} of literal values, {@code ast.dump()}). No
 * Python interpreter is involved.
 */
package org.argclinic.expr;
