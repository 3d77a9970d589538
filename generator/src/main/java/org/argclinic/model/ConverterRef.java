package org.argclinic.model;

import com.google.common.collect.ImmutableMap;

/**
 * A converter as named in the DSL: {@code int(bitwise=True)}, {@code object}, or a legacy format
 * unit such as {@code 'z#'}.
 *
 * @param name the converter name, or the format unit text for a legacy converter
 * @param legacy true when written as a quoted format unit
 * @param arguments keyword arguments in source order, as parsed expressions
 * @param argumentTexts the same arguments as written (Python source text)
 * @param called true when written with parentheses, even empty ones ({@code int()})
 */
public record ConverterRef(
    String name,
    boolean legacy,
    ImmutableMap<String, Expr> arguments,
    ImmutableMap<String, String> argumentTexts,
    boolean called,
    Position position) {

  public static ConverterRef simple(String name, Position position) {
    return new ConverterRef(name, false, ImmutableMap.of(), ImmutableMap.of(), false, position);
  }
}
