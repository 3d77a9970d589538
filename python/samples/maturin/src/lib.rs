//! ham: a maturin sample whose argument parsing is argclinic's Rust glue (over pyo3-ffi),
//! generated into src/clinic/lib.rs by `argclinic generate src` and committed.
use std::ptr::null_mut;

use pyo3_ffi as ffi;

include!("clinic/lib.rs");

/*[clinic input]
module ham
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=27196a7d23a5fbad]*/

/*[clinic input]
ham.slices -> Py_ssize_t

    count: Py_ssize_t
    /
    per_slice: Py_ssize_t = 3

Return how many slices count items make, per_slice items each.
[clinic start generated code]*/
fn ham_slices_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, count: isize, per_slice: isize) -> clinic::Result<isize>
/*[clinic end generated code: output=4a67d205596bffbd input=9ffb978910db198b]*/
{
    if per_slice <= 0 {
        return Err(clinic::value_error("per_slice must be positive"));
    }
    Ok((count + per_slice - 1) / per_slice)
}

/*[clinic input]
ham.label

    name: str
    *
    upper: bool = False

Return a label for name.
[clinic start generated code]*/
fn ham_label_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, name: &str, upper: bool) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=e1d63749eb2aabf1 input=97d93ccfede7c452]*/
{
    let text = format!("ham: {}", if upper { name.to_uppercase() } else { name.to_string() });
    clinic::check(unsafe {
        ffi::PyUnicode_FromStringAndSize(text.as_ptr().cast(), text.len() as ffi::Py_ssize_t)
    })
}

static mut METHODS: [ffi::PyMethodDef; 3] =
    [HAM_SLICES_METHODDEF, HAM_LABEL_METHODDEF, ffi::PyMethodDef::zeroed()];

static mut MODULE: ffi::PyModuleDef = ffi::PyModuleDef {
    m_base: ffi::PyModuleDef_HEAD_INIT,
    m_name: c"ham".as_ptr(),
    m_doc: c"argclinic's maturin sample.".as_ptr(),
    m_size: 0,
    m_methods: null_mut(),
    m_slots: null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

/// The module's init function.
#[no_mangle]
pub unsafe extern "C" fn PyInit_ham() -> *mut ffi::PyObject {
    let def = &raw mut MODULE;
    (*def).m_methods = (&raw mut METHODS).cast();
    ffi::PyModule_Create(def)
}
