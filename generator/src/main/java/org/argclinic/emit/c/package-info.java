/**
 * The C emitter: given a function with converters bound ({@link org.argclinic.bind.CFunction}),
 * {@link org.argclinic.emit.c.FunctionRenderer} produces Argument Clinic's ten output parts
 * (docstring, methoddef, impl prototype, parser, ... with their {@code #if} guards).
 *
 * <p>How it fits together: {@link org.argclinic.emit.c.ParseArgs} picks the calling convention and
 * assembles the parser from template pieces ({@code templates/c/core/*.c.ftl}, fed by the records
 * in {@link org.argclinic.emit.c.ViewModels}) and the converters' parsing snippets; these stay in
 * Argument Clinic's late-bound form ({@code {name}}, doubled braces) until the renderer fills them
 * from the function's field values, exactly where Argument Clinic does, so that output is
 * byte-identical. {@link org.argclinic.emit.c.Docstrings} renders {@code __text_signature__} and
 * the docstring, {@link org.argclinic.emit.c.Deprecations} the {@code [from X.Y]} warnings, {@link
 * org.argclinic.emit.c.CppMonitor} tracks the {@code #if} a block sits in, {@link
 * org.argclinic.emit.c.CodeGen} collects the includes a file needs.
 */
package org.argclinic.emit.c;
