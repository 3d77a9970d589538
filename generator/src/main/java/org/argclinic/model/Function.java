package org.argclinic.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One function declaration, as the DSL states it. Converters are names here; the resolve stage
 * turns them into converter specs.
 *
 * @param name the short Python name ({@code compress}, {@code __new__})
 * @param fullName the full dotted name ({@code _bz2.BZ2Compressor.compress})
 * @param module the dotted module name ({@code _bz2}); empty for top-level declarations
 * @param className the dotted class name inside the module ({@code BZ2Compressor}), if a method
 * @param cName the C base name ({@code _bz2_BZ2Compressor_compress}), after any {@code as}
 * @param kind plain, method, classmethod, ...
 * @param returnConverter from {@code ->}; {@code object} when none is given
 * @param parameters every parameter line in order, including an explicit {@code self} or {@code
 *     defining_class}; for a clone, the copied parameters
 * @param docstring the function docstring, dedented, lines joined with {@code \n}, before any
 *     rendering of the signature or of {@code {parameters}}; exactly the text Argument Clinic holds
 *     at that point (trailing blank lines included, e.g. {@code "Summary.\n"})
 * @param decorators the {@code @...} lines in order
 * @param clonedFrom for {@code new = old}, the full name of the function cloned
 * @param position the function line
 */
public record Function(
    String name,
    String fullName,
    String module,
    Optional<String> className,
    String cName,
    FunctionKind kind,
    ConverterRef returnConverter,
    ImmutableList<Parameter> parameters,
    String docstring,
    ImmutableList<Decorator> decorators,
    Optional<String> clonedFrom,
    Position position) {

  public boolean hasDecorator(String decoratorName) {
    return decorators.stream().anyMatch(d -> d.name().equals(decoratorName));
  }

  public Optional<Decorator> decorator(String decoratorName) {
    return decorators.stream().filter(d -> d.name().equals(decoratorName)).findFirst();
  }
}
