package org.argclinic.bind;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.CIdentifiers;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Function;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.PythonBlock;
import org.argclinic.model.Statement;
import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.CReturnConverter;
import org.argclinic.resolve.ConverterRegistry;
import org.argclinic.resolve.FunctionContext;
import org.argclinic.resolve.SelfConverter;

/**
 * Binds converters to one file's functions through a per-file copy of the converter registry, into
 * which the file's {@code [python input]} blocks register their classes as they come. The glue's
 * assembler and the stub stage bind through it, so both see the same converters.
 */
public final class Binder {
  private final String path;
  private final ConverterRegistry registry;

  /** The public and limited targets rename C names that are no variable names there. */
  private final boolean portable;

  /** Classes declared so far in the file, by full name. */
  private final Map<String, Statement.ClassDecl> classes = new HashMap<>();

  /** Functions declared so far in the file, by full name: clones find what they clone here. */
  private final Map<String, Function> functions = new HashMap<>();

  public Binder(String path, ConverterRegistry registry, boolean portable) {
    this.path = path;
    this.registry = registry;
    this.portable = portable;
  }

  /**
   * The parameter as this target names it in C. CPython's clinic suffixes its list of C keywords
   * with {@code _value}; the public and limited targets do the same for every other name that is no
   * variable name where their glue compiles, and core, whose output is CPython's, refuses the names
   * that would not compile.
   */
  private Parameter named(Parameter p) throws DiagnosticException {
    String c = p.cName();
    if (portable
        && (CIdentifiers.NOT_VARIABLES.contains(c)
            || CIdentifiers.RESERVED_ELSEWHERE.contains(c))) {
      return new Parameter(
          p.name(),
          c + "_value",
          p.kind(),
          p.converter(),
          p.defaultValue(),
          p.group(),
          p.docstring(),
          p.deprecatedPositional(),
          p.deprecatedKeyword(),
          p.position());
    }
    if (!portable && CIdentifiers.NOT_VARIABLES.contains(c)) {
      throw new DiagnosticException(
          Diagnostic.error(
              path,
              p.position().line(),
              p.position().column(),
              "'"
                  + c
                  + "' is no C variable name once Python.h is included"
                  + " (CPython's clinic does not rename it, so its C would not compile): name it in"
                  + " C with '"
                  + p.name()
                  + " as "
                  + c
                  + "_value: ...', or use --c-api public or"
                  + " limited, which do"));
    }
    return p;
  }

  /** Records a function of the file without binding it: later clones of it find it. */
  public void declare(Function f) {
    functions.put(f.fullName(), f);
  }

  /** Records a {@code class} line of the file: later functions of that class find it. */
  public void declare(Statement.ClassDecl c) {
    classes.put(c.fullName(), c);
  }

  /**
   * Records function {@code f} of the file, in declaration order, and binds it: its class from the
   * {@code class} lines so far, and for a clone the implied self of the function it was
   * (ultimately) cloned from.
   */
  public CFunction bindDeclared(Function f) throws DiagnosticException {
    declare(f);
    Function root = cloneRoot(f);
    return bind(f, classOf(f), new FunctionContext(path, root, classOf(root)));
  }

  /** The class directive of {@code f}'s class among those declared so far, by full name. */
  private Optional<Statement.ClassDecl> classOf(Function f) {
    return f.className()
        .map(cn -> f.module().isEmpty() ? cn : f.module() + "." + cn)
        .map(classes::get);
  }

  /**
   * The function {@code f} was (ultimately) cloned from among those declared so far, by full name;
   * {@code f} itself when it is no clone.
   */
  private Function cloneRoot(Function f) {
    Function root = f;
    while (root.clonedFrom().isPresent()
        && functions.containsKey(root.clonedFrom().get())
        && functions.get(root.clonedFrom().get()) != root) {
      root = functions.get(root.clonedFrom().get());
    }
    return root;
  }

  public void register(PythonBlock block) throws DiagnosticException {
    registry.register(path, block);
  }

  /**
   * The function with its self parameter first (declared, or implied as clinic implies it).
   *
   * @param declaredFor the function whose implied self this one has: itself, or for a clone the
   *     function it was (ultimately) cloned from
   */
  private CFunction bind(
      Function function, Optional<Statement.ClassDecl> cls, FunctionContext declaredFor)
      throws DiagnosticException {
    FunctionContext ctx = new FunctionContext(path, function, cls);
    List<BoundParameter> params = new ArrayList<>();
    List<Diagnostic> errors = new ArrayList<>();
    for (Parameter p : function.parameters()) {
      try {
        Parameter named = named(p);
        params.add(new BoundParameter(named, registry.resolve(ctx, named)));
      } catch (DiagnosticException e) {
        errors.addAll(e.diagnostics());
      }
    }
    CReturnConverter ret = null;
    try {
      ret = registry.resolveReturn(ctx);
    } catch (DiagnosticException e) {
      errors.addAll(e.diagnostics());
    }
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
    if (params.isEmpty() || !(params.get(0).converter() instanceof SelfConverter)) {
      CConverter self = registry.automaticSelf(ctx, declaredFor);
      Parameter p =
          new Parameter(
              declaredFor.selfName(),
              declaredFor.selfName(),
              ParameterKind.POSITIONAL_ONLY,
              ConverterRef.simple("self", function.position()),
              Optional.empty(),
              0,
              "",
              Optional.empty(),
              Optional.empty(),
              function.position());
      params.add(0, new BoundParameter(p, self));
    }
    for (BoundParameter p : params) {
      p.converter().preRender();
    }
    return new CFunction(function, ctx, ImmutableList.copyOf(params), ret);
  }
}
