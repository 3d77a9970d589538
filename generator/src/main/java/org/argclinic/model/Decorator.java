package org.argclinic.model;

import com.google.common.collect.ImmutableList;

/**
 * A decorator line: {@code @classmethod}, {@code @critical_section self other}, {@code
 * @text_signature "($self, /)"}, ...
 *
 * @param name without the {@code @}
 * @param arguments the words after the name (quotes removed)
 */
public record Decorator(String name, ImmutableList<String> arguments, Position position) {}
