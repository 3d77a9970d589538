package org.argclinic.resolve;

import java.util.Optional;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Statement;

/**
 * The function a converter belongs to: what clinic hands converters as {@code self.function}.
 *
 * @param path the source path, as diagnostics name it
 * @param function the declaration
 * @param cls the {@code class} directive of the function's class, when it is a method
 */
public record FunctionContext(String path, Function function, Optional<Statement.ClassDecl> cls) {

  public FunctionKind kind() {
    return function.kind();
  }

  /** Clinic's {@code correct_name_for_self}: the C type of the self slot. */
  public String selfType() {
    switch (kind()) {
      case STATICMETHOD:
        return "void *";
      case CLASSMETHOD:
      case NEW:
        return "PyTypeObject *";
      default:
        return "PyObject *";
    }
  }

  /** Clinic's {@code correct_name_for_self}: the name of the self slot. */
  public String selfName() {
    switch (kind()) {
      case STATICMETHOD:
        return "null";
      case CLASSMETHOD:
      case NEW:
        return "type";
      default:
        return function.className().isPresent() ? "self" : "module";
    }
  }
}
