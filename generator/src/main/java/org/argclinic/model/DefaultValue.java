package org.argclinic.model;

/**
 * A parameter default as written after {@code =}.
 *
 * @param text the Python text as written (stripped), e.g. {@code sys.maxsize}, {@code NULL}
 * @param expr the parsed expression
 */
public record DefaultValue(String text, Expr expr, Position position) {}
