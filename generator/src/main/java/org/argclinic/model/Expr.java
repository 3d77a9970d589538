package org.argclinic.model;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;

/**
 * The subset of Python expressions the DSL accepts in defaults, converter arguments and {@code
 * [python input]} class attributes. Parsed in Java; nothing is ever evaluated by Python.
 */
public sealed interface Expr
    permits Expr.Int,
        Expr.Float,
        Expr.Complex,
        Expr.Str,
        Expr.Bytes,
        Expr.Bool,
        Expr.None,
        Expr.Ellipsis,
        Expr.Name,
        Expr.Attribute,
        Expr.Unary,
        Expr.Binary,
        Expr.SetLit,
        Expr.TupleLit,
        Expr.ListLit,
        Expr.DictLit,
        Expr.Call {

  record Int(BigInteger value) implements Expr {}

  /** {@code text} is the literal as written, kept because Python's repr may differ from Java's. */
  record Float(double value, String text) implements Expr {}

  record Complex(double imag, String text) implements Expr {}

  record Str(String value) implements Expr {}

  /** Bytes are held as ISO-8859-1 chars 0..255. */
  record Bytes(String value) implements Expr {}

  record Bool(boolean value) implements Expr {}

  record None() implements Expr {}

  record Ellipsis() implements Expr {}

  /** A bare identifier, e.g. {@code NULL}, {@code str}, {@code unspecified}. */
  record Name(String id) implements Expr {}

  /** {@code value.attr}, e.g. {@code sys.maxsize}. */
  record Attribute(Expr value, String attr) implements Expr {}

  /** op is one of {@code - + ~ not}. */
  record Unary(String op, Expr operand) implements Expr {}

  /** op is a Python binary operator as written: {@code + - * / // % ** << >> | & ^}. */
  record Binary(String op, Expr left, Expr right) implements Expr {}

  record SetLit(ImmutableList<Expr> items) implements Expr {}

  record TupleLit(ImmutableList<Expr> items) implements Expr {}

  record ListLit(ImmutableList<Expr> items) implements Expr {}

  /** {@code {k: v, ...}}; {@code keys} and {@code values} are parallel. */
  record DictLit(ImmutableList<Expr> keys, ImmutableList<Expr> values) implements Expr {}

  /** Only parsed so that a precise "not supported" error can point at it. */
  record Call(Expr func, ImmutableList<Expr> args) implements Expr {}
}
