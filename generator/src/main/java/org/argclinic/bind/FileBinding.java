package org.argclinic.bind;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.BlockModel;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.model.Statement;
import org.argclinic.resolve.ConverterRegistry;
import org.argclinic.template.Templates;

/**
 * Every function of a parsed file bound to its converters exactly as the C assembler binds them
 * (the file's {@code [python input]} converters registered in order, classes from the file's {@code
 * class} lines), for targets that reuse clinic's resolution and docstrings (Rust).
 */
public final class FileBinding {
  private final Map<Function, CFunction> bound;
  private final Map<Function, DiagnosticException> failed;

  private FileBinding(Map<Function, CFunction> bound, Map<Function, DiagnosticException> failed) {
    this.bound = bound;
    this.failed = failed;
  }

  /** As {@link #of(FileModel, Templates)} with the built-in templates. */
  public static FileBinding of(FileModel model) {
    return of(model, Templates.builtIn());
  }

  /**
   * @param templates the run's: the converters render their C snippets through them
   */
  public static FileBinding of(FileModel model, Templates templates) {
    String path = model.source().path();
    // C names do not reach other targets: they are renamed (as the public C target does), never
    // refused
    Binder binder = new Binder(path, ConverterRegistry.standard().renderWith(templates), true);
    Map<Function, CFunction> bound = new IdentityHashMap<>();
    Map<Function, DiagnosticException> failed = new IdentityHashMap<>();
    for (BlockModel b : model.blocks()) {
      if (b.python().isPresent()) {
        try {
          binder.register(b.python().get());
        } catch (DiagnosticException e) {
          // the C target reports it; functions using such converters fail to bind below
        }
        continue;
      }
      for (Statement s : b.statements()) {
        if (s instanceof Statement.ClassDecl c) {
          binder.declare(c);
        } else if (s instanceof Statement.FunctionDecl fd) {
          Function f = fd.function();
          try {
            bound.put(f, binder.bindDeclared(f));
          } catch (DiagnosticException e) {
            failed.put(f, e);
          }
        }
      }
    }
    return new FileBinding(Collections.unmodifiableMap(bound), Collections.unmodifiableMap(failed));
  }

  /** The bound function, or the diagnostics binding it gave. */
  public CFunction function(Function f) throws DiagnosticException {
    CFunction c = bound.get(f);
    if (c != null) {
      return c;
    }
    DiagnosticException e = failed.get(f);
    if (e != null) {
      throw e;
    }
    throw new IllegalArgumentException("not a function of this file: " + f.fullName());
  }
}
