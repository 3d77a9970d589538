package org.argclinic.emit.rust;

/**
 * One converted parameter of a glue function, for {@code function.rs.ftl}.
 *
 * @param local the Rust identifier of the local (and of the impl parameter)
 * @param localType the local's type (an {@code Option<...>} already when {@code layout} is {@code
 *     option})
 * @param convert the conversion expression, of type {@code clinic::Result<...>}, for the argument
 *     in {@code slot}
 * @param slot the Rust expression of the argument object ({@code arg}, {@code argv[2]})
 * @param layout {@code required}: always present; {@code default}: {@code defaultValue} when
 *     absent; {@code option}: {@code None} when absent
 * @param defaultValue the Rust default, for {@code default}
 * @param pass the expression handing the local to the impl
 * @param implType the type of the impl's parameter
 * @param present a Rust boolean: the argument was given (optional parameters only)
 * @param mutable the local is declared {@code mut} (writable buffers)
 */
public record RustParamView(
    String local,
    String localType,
    String convert,
    String slot,
    String layout,
    String defaultValue,
    String pass,
    String implType,
    String present,
    boolean mutable) {}
