package org.argclinic.assemble;

import java.util.Optional;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.c.CFunction;
import org.argclinic.model.Function;
import org.argclinic.model.Statement;

/**
 * The seam to the resolve stage: turns a declared function into one with converters bound (the
 * self parameter first, explicit or implied). Implemented over the converter registry.
 */
public interface FunctionBinder {
  /**
   * @param path the source path, for diagnostics
   * @param cls the {@code class} declaration of the function's class, when it is a method
   * @param limitedCapi whether the file is built against the limited C API
   */
  CFunction bind(String path, Function function, Optional<Statement.ClassDecl> cls,
      boolean limitedCapi) throws DiagnosticException;
}
