package org.argclinic.model;

import java.util.Optional;

/**
 * One parameter line of a function declaration.
 *
 * @param name the Python name
 * @param cName the C name ({@code as} rename), equal to {@code name} when not renamed
 * @param kind positional-only, positional-or-keyword, keyword-only or var-positional
 * @param converter the converter as named in the DSL
 * @param defaultValue the default, if one was given
 * @param group 0 outside optional groups; Argument Clinic's numbering otherwise (negative for
 *     groups left of the required parameters, positive right of them)
 * @param docstring the per-parameter docstring, dedented, lines joined with {@code \n}; empty if
 *     none
 * @param deprecatedPositional from {@code * [from X.Y]}: passing it positionally is deprecated from
 *     that version
 * @param deprecatedKeyword from {@code / [from X.Y]}: passing it by keyword is deprecated
 */
public record Parameter(
    String name,
    String cName,
    ParameterKind kind,
    ConverterRef converter,
    Optional<DefaultValue> defaultValue,
    int group,
    String docstring,
    Optional<Version> deprecatedPositional,
    Optional<Version> deprecatedKeyword,
    Position position) {}
