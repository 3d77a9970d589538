package org.argclinic.resolve;

import java.util.Optional;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.Position;

/**
 * The base arguments clinic passes every converter's constructor: C name, Python name, function,
 * default and the base keyword arguments {@code c_default}, {@code py_default}, {@code unused}.
 *
 * @param className the converter class name for messages ({@code int_converter})
 * @param defaultPosition where default-value errors point
 */
record ConverterInit(
    String className,
    String name,
    String pyName,
    FunctionContext function,
    PyValue defaultValue,
    Optional<String> cDefault,
    Optional<String> pyDefault,
    boolean unused,
    Position defaultPosition) {

  ConverterException defaultFailure(String message) {
    return new ConverterException(
        Diagnostic.error(
            function.path(), defaultPosition.line(), defaultPosition.column(), message));
  }
}
