//! The interpreter's configuration as cfgs (`Py_3_12`, `Py_3_13`, `Py_GIL_DISABLED`, ...), from
//! the FFI crate in use: the module declares the slots its interpreter knows, and the glue's
//! `@critical_section` locks on free-threaded builds.
fn main() {
    #[cfg(feature = "pyo3-ffi")]
    pyo3_build_config::use_pyo3_cfgs();
    #[cfg(feature = "cpython-sys")]
    {
        for name in ["Py_3_9", "Py_3_10", "Py_3_11", "Py_3_12", "Py_3_13", "Py_GIL_DISABLED", "Py_DEBUG"] {
            println!("cargo:rustc-check-cfg=cfg({name})");
        }
        let cfgs = std::env::var("DEP_ARGCLINIC_CPYTHON_CFGS").expect("argclinic-cpython-sys sets its cfgs");
        for name in cfgs.split_whitespace() {
            println!("cargo:rustc-cfg={name}");
        }
    }
}
