package org.argclinic.emit.rust;

/**
 * Settings of the Rust target.
 *
 * @param ffiPath the Rust path of the crate with CPython's raw C API ({@code --rust-ffi}); the
 *     generated code names it once, in {@code pub use <ffiPath> as ffi;}
 */
public record RustOptions(String ffiPath) {
  public static final String DEFAULT_FFI = "pyo3_ffi";

  public static RustOptions defaults() {
    return new RustOptions(DEFAULT_FFI);
  }
}
