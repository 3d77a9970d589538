package org.argclinic.emit.rust;

/**
 * How one parameter's converter is rendered in Rust.
 *
 * @param implType the Rust type the impl receives ({@code i32}, {@code &str}, {@code &[u8]})
 * @param localType the Rust type of the glue's local ({@code clinic::Buffer} for buffers, otherwise
 *     {@code implType})
 * @param convert a Rust expression of type {@code clinic::Result<localType>} with placeholders
 *     {@code {arg}} (the argument object), {@code {fname}} and {@code {display}} (string literals
 *     for messages) and {@code {default}} (the default, for converters that keep it on None)
 * @param pass how the local is handed to the impl, with {@code {name}} for the local
 * @param optionalPass the same when the local is an {@code Option} of the local type
 * @param formatParsed the C glue parses this converter with a format string (clinic has no inline
 *     code for it), so a positional-only function reports arity as getargs does
 */
record RustConversion(
    String implType,
    String localType,
    String convert,
    String pass,
    String optionalPass,
    boolean formatParsed) {

  RustConversion(
      String implType, String localType, String convert, String pass, String optionalPass) {
    this(implType, localType, convert, pass, optionalPass, false);
  }

  static RustConversion simple(String type, String convert) {
    return new RustConversion(type, type, convert, "{name}", "{name}");
  }
}
