package org.argclinic.resolve;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.Expr;
import org.argclinic.model.Position;

/**
 * The keyword arguments of one converter call ({@code int(accept={str}, bitwise=True)}), read by a
 * converter's {@link CConverter#converterInit}. Each argument read is marked used; the registry
 * reports the unused ones as clinic's (Python's) "unexpected keyword argument".
 */
public final class ConverterArgs {
  private final String path;
  private final String owner;
  private final ImmutableMap<String, Expr> args;
  private final Position position;
  private final Set<String> used = new LinkedHashSet<>();

  /**
   * @param owner the converter class name for messages, e.g. {@code int_converter}
   */
  public ConverterArgs(String path, String owner, Map<String, Expr> args, Position position) {
    this.path = path;
    this.owner = owner;
    this.args = ImmutableMap.copyOf(args);
    this.position = position;
  }

  public boolean has(String name) {
    return args.containsKey(name);
  }

  public ImmutableSet<String> names() {
    return args.keySet();
  }

  public ImmutableSet<String> unused() {
    ImmutableSet.Builder<String> out = ImmutableSet.builder();
    for (String k : args.keySet()) {
      if (!used.contains(k)) {
        out.add(k);
      }
    }
    return out.build();
  }

  public Position position() {
    return position;
  }

  public String owner() {
    return owner;
  }

  /** The argument as a Python value (evaluated in clinic's converter namespace). */
  public Optional<PyValue> value(String name) throws ConverterException {
    Expr e = args.get(name);
    used.add(name);
    if (e == null) {
      return Optional.empty();
    }
    return Optional.of(Evaluator.eval(e, this::fail));
  }

  /** Python truthiness of the argument, as clinic's {@code if bitwise:} tests it. */
  public boolean bool(String name, boolean dflt) throws ConverterException {
    Optional<PyValue> v = value(name);
    return v.isEmpty() ? dflt : Evaluator.truthy(v.get());
  }

  /** A string argument such as {@code type=} or {@code converter=}; None counts as absent. */
  public Optional<String> string(String name) throws ConverterException {
    Optional<PyValue> v = value(name);
    if (v.isEmpty() || v.get() instanceof PyValue.None) {
      return Optional.empty();
    }
    if (v.get() instanceof PyValue.Str s) {
      return Optional.of(s.value());
    }
    throw fail(owner + ": argument '" + name + "' must be a str, not " + v.get().typeName());
  }

  /**
   * A set of type names such as {@code accept={str, NoneType}}: {@code int}, {@code str}, {@code
   * NoneType}, {@code buffer}, ...
   */
  public ImmutableSet<String> typeSet(String name, Set<String> dflt) throws ConverterException {
    Expr e = args.get(name);
    used.add(name);
    if (e == null) {
      return ImmutableSet.copyOf(dflt);
    }
    if (!(e instanceof Expr.SetLit set)) {
      throw fail(
          owner + ": illegal '" + name + "' argument " + Evaluator.eval(e, this::fail).repr());
    }
    ImmutableSet.Builder<String> b = ImmutableSet.builder();
    for (Expr item : set.items()) {
      if (item instanceof Expr.Name n && Evaluator.TYPE_NAMES.containsKey(n.id())) {
        b.add(n.id());
      } else if (item instanceof Expr.Name n) {
        throw fail("name '" + n.id() + "' is not defined");
      } else {
        throw fail(
            owner
                + ": illegal '"
                + name
                + "' argument: "
                + Evaluator.eval(item, this::fail).repr()
                + " is not a type");
      }
    }
    return b.build();
  }

  /** A type set as the DSL writes it: {@code {str, NoneType}}. */
  public static String typeSetText(Set<String> types) {
    return "{" + String.join(", ", types) + "}";
  }

  /** A positioned error at this converter reference. */
  public ConverterException fail(String message) {
    return new ConverterException(
        Diagnostic.error(path, position.line(), position.column(), message));
  }
}
