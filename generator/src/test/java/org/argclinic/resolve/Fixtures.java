package org.argclinic.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.DefaultValue;
import org.argclinic.model.Expr;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Position;

/** Hand-built model records for converter tests. */
final class Fixtures {
  static final Position POS = Position.of(3, 8);

  private Fixtures() {}

  static FunctionContext function(String name) {
    return function(name, FunctionKind.PLAIN);
  }

  static FunctionContext function(String name, FunctionKind kind) {
    Function f =
        new Function(
            name,
            name,
            "",
            Optional.empty(),
            name,
            kind,
            ConverterRef.simple("object", Position.of(1, 1)),
            ImmutableList.of(),
            "",
            ImmutableList.of(),
            Optional.empty(),
            Position.of(1, 1));
    return new FunctionContext("test.c", f, Optional.empty());
  }

  static FunctionContext withReturn(String name, FunctionKind kind, ConverterRef ret) {
    Function f =
        new Function(
            name,
            name,
            "",
            Optional.empty(),
            name,
            kind,
            ret,
            ImmutableList.of(),
            "",
            ImmutableList.of(),
            Optional.empty(),
            Position.of(1, 1));
    return new FunctionContext("test.c", f, Optional.empty());
  }

  /** {@code name(k1=v1, k2=v2, ...)}; values are {@link Expr}s. */
  static ConverterRef ref(String name, Object... kv) {
    Map<String, Expr> args = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      args.put((String) kv[i], (Expr) kv[i + 1]);
      texts.put((String) kv[i], kv[i + 1].toString());
    }
    return new ConverterRef(
        name, false, ImmutableMap.copyOf(args), ImmutableMap.copyOf(texts), kv.length > 0, POS);
  }

  static ConverterRef legacy(String unit) {
    return new ConverterRef(unit, true, ImmutableMap.of(), ImmutableMap.of(), false, POS);
  }

  static Expr types(String... names) {
    ImmutableList.Builder<Expr> b = ImmutableList.builder();
    for (String n : names) {
      b.add(new Expr.Name(n));
    }
    return new Expr.SetLit(b.build());
  }

  static Expr str(String s) {
    return new Expr.Str(s);
  }

  static Expr bool(boolean b) {
    return new Expr.Bool(b);
  }

  static Expr integer(long v) {
    return new Expr.Int(BigInteger.valueOf(v));
  }

  static Expr name(String id) {
    return new Expr.Name(id);
  }

  static Optional<DefaultValue> dflt(String text, Expr e) {
    return Optional.of(new DefaultValue(text, e, Position.of(3, 20)));
  }

  static Parameter param(String name, ConverterRef ref) {
    return param(name, ref, Optional.empty(), ParameterKind.POSITIONAL_ONLY);
  }

  static Parameter param(String name, ConverterRef ref, Optional<DefaultValue> d) {
    return param(name, ref, d, ParameterKind.POSITIONAL_ONLY);
  }

  static Parameter param(
      String name, ConverterRef ref, Optional<DefaultValue> d, ParameterKind kind) {
    return new Parameter(name, name, kind, ref, d, 0, "", Optional.empty(), Optional.empty(), POS);
  }

  /** Clinic's final formatting of a parse_arg snippet: braces undoubled, {name} filled in. */
  static String finish(String snippet, String displayName) {
    return snippet.replace("{name}", displayName).replace("{{", "{").replace("}}", "}");
  }

  static String indent(String text, int n) {
    String pad = " ".repeat(n);
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      b.append(line.isEmpty() ? "" : pad + line).append('\n');
    }
    return b.toString();
  }
}
