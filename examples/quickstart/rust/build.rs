// The interpreter's version and build as cfgs (Py_3_12, Py_3_13, Py_GIL_DISABLED, ...): the
// module declares the slots its interpreter knows, and @critical_section locks on free-threaded
// builds.
fn main() {
    pyo3_build_config::use_pyo3_cfgs();
}
