package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableList;

/**
 * One generated {@code clinic/<basename>.rs}, for {@code file.rs.ftl} and {@code runtime.rs.ftl}.
 *
 * @param ffi the FFI crate path ({@code ::pyo3_ffi})
 * @param source the file name the glue was generated from, for the header comment
 * @param functions the rendered glue of each function, in source order
 * @param varKeyword some function has {@code **kwds}: the runtime's dict helpers are included (only
 *     then, so that files without one keep their bytes)
 */
public record RustFileView(
    String ffi, String source, ImmutableList<String> functions, boolean varKeyword) {}
