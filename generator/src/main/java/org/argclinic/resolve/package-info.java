/**
 * The resolve stage: converter names and arguments from the model become converter objects that
 * know how a parameter is declared, parsed, passed to the impl function and cleaned up in C. It is
 * a port of CPython 3.13's clinic converters (libclinic/converter.py, converters.py,
 * return_converters.py) with the same names for the same concepts.
 *
 * <h2>What the emitter calls, per source file</h2>
 *
 * <pre>{@code
 * ConverterRegistry registry = ConverterRegistry.standard();   // a fresh copy per file
 * registry.register(path, pythonBlock);      // each [python input] block, in order
 * FunctionContext ctx = new FunctionContext(path, function, classDecl);
 * CConverter c = registry.resolve(ctx, parameter);             // each parameter line
 * CConverter self = registry.automaticSelf(ctx);               // when no explicit self
 * CConverter self = registry.automaticSelf(ctx, originalCtx);  //   ... of a clone
 * CReturnConverter r = registry.resolveReturn(ctx);
 * c.preRender();                             // then, as clinic's render_function:
 * c.render(parameter, data);  r.render(ctx, data);  c.setTemplateDict(dict);
 * c.parseArg(argname, displayname, limitedCapi);  c.useConverter();  c.parseArgument(args);
 * c.includes();                              // after parseArg: clinic's copy_includes
 * }</pre>
 *
 * Every failure on user input is a {@link org.argclinic.diag.DiagnosticException} with clinic's
 * message at the converter, the default or the {@code [python input]} class.
 *
 * <h2>Adding converters</h2>
 *
 * Converters come from three places: the standard set ({@code StandardConverters}), {@code [python
 * input]} classes declared by attributes, and {@link org.argclinic.resolve.spi.ConverterProvider}s
 * found with {@link java.util.ServiceLoader} (the built-in "cpython" provider ports the
 * method-bearing classes of CPython 3.13.5). C snippets are FreeMarker macros under {@code
 * templates/c/converters/}. Each converter also knows its type in stubs ({@code pythonType()}: from
 * the format unit, a {@code python_type} class attribute, or a port's override; see {@link
 * org.argclinic.resolve.PythonTypes}).
 */
package org.argclinic.resolve;
