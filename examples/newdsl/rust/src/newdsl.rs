//! The newdsl module, Rust glue: the same declarations as ../../newdsl.c (both written by
//! declarations.py; check.py compares them). The clinic output (clinic/newdsl.rs) is argclinic's.
#![allow(clippy::missing_safety_doc)]
use std::ffi::{c_char, c_long};

#[cfg(feature = "cpython-sys")]
pub extern crate argclinic_cpython_sys as pyo3_ffi;
use pyo3_ffi as ffi;

include!("clinic/newdsl.rs");

type Obj = *mut ffi::PyObject;

fn tuple(items: &[Obj]) -> clinic::Result<Obj> {
    unsafe {
        if items.iter().any(|i| i.is_null()) {
            for &i in items {
                if !i.is_null() {
                    ffi::Py_DecRef(i);
                }
            }
            return Err(clinic::PyErrSet);
        }
        let t = clinic::check(ffi::PyTuple_New(items.len() as ffi::Py_ssize_t))?;
        for (n, &i) in items.iter().enumerate() {
            ffi::PyTuple_SetItem(t, n as ffi::Py_ssize_t, i);
        }
        Ok(t)
    }
}

unsafe fn new_ref(o: Obj) -> Obj {
    ffi::Py_IncRef(o);
    o
}

unsafe fn str_to_py(s: &str) -> Obj {
    ffi::PyUnicode_FromStringAndSize(s.as_ptr() as *const c_char, s.len() as ffi::Py_ssize_t)
}

unsafe fn slice_tuple(items: &[Obj]) -> Obj {
    let t = ffi::PyTuple_New(items.len() as ffi::Py_ssize_t);
    if !t.is_null() {
        for (n, &i) in items.iter().enumerate() {
            ffi::Py_IncRef(i);
            ffi::PyTuple_SetItem(t, n as ffi::Py_ssize_t, i);
        }
    }
    t
}

/*[clinic input]
module newdsl
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=985237c621112ae1]*/

/*[clinic input]
@disable fastcall
newdsl.pos

    a: int
    b: object
    /
    *args: object

@disable fastcall (gh-132097): positional-only, from the argument tuple.
[clinic start generated code]*/
fn newdsl_pos_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: i32, b: *mut clinic::ffi::PyObject, args: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=1e784321ac374b7d input=6909c11c25fd4113]*/
{
    tuple(&[unsafe { ffi::PyLong_FromLong(a as c_long) }, unsafe { new_ref(b) }, unsafe { new_ref(args) }])
}

/*[clinic input]
@disable fastcall
newdsl.kw

    a: int
    /
    b: str = "x"
    *
    c: double = 1.5

@disable fastcall (gh-132097): a tuple and a dict.
[clinic start generated code]*/
fn newdsl_kw_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: i32, b: &str, c: f64) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=7173a9dd8d96fc5c input=ae1b6bfd2607b749]*/
{
    tuple(&[unsafe { ffi::PyLong_FromLong(a as c_long) }, unsafe { str_to_py(b) }, unsafe { ffi::PyFloat_FromDouble(c) }])
}

/*[clinic input]
@disable fastcall
newdsl.one

    a: object
    /

@disable fastcall (gh-132097) leaves METH_O alone.
[clinic start generated code]*/
fn newdsl_one_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=be0b2618da7acf7e input=7a20a11bb99b46d6]*/
{
    tuple(&[unsafe { new_ref(a) }])
}

/*[clinic input]
newdsl.tup

    a: object
    /
    *args: tuple

*args: tuple (gh-122943): the extra positional arguments as a tuple.
[clinic start generated code]*/
fn newdsl_tup_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: *mut clinic::ffi::PyObject, args: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=5a9585c7ee1ee0b6 input=6302efd543ed3dce]*/
{
    tuple(&[unsafe { new_ref(a) }, unsafe { new_ref(args) }])
}

/*[clinic input]
newdsl.tupkw

    a: object
    *args: tuple
    b: int = 0

*args: tuple (gh-122943) between keyword parameters.
[clinic start generated code]*/
fn newdsl_tupkw_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: *mut clinic::ffi::PyObject, args: *mut clinic::ffi::PyObject, b: i32) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=fb71733fb0324498 input=d54eb44670f01f00]*/
{
    tuple(&[unsafe { new_ref(a) }, unsafe { new_ref(args) }, unsafe { ffi::PyLong_FromLong(b as c_long) }])
}

/*[clinic input]
newdsl.kwonly

    **kwds: dict

**kwds (gh-64490) alone: every keyword, no positional argument.
[clinic start generated code]*/
fn newdsl_kwonly_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, kwds: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=3833d33b2b569344 input=8cc7d41cb5072f21]*/
{
    tuple(&[unsafe { new_ref(kwds) }])
}

/*[clinic input]
newdsl.kwpos

    a: int
    b: object = None
    /
    *args: tuple
    **kwds: dict

**kwds (gh-64490) after positional-only parameters: METH_FASTCALL, every keyword to the dict.
[clinic start generated code]*/
fn newdsl_kwpos_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: i32, b: *mut clinic::ffi::PyObject, args: *mut clinic::ffi::PyObject, kwds: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=44a5fe44fe2db0af input=547b423fff78c23d]*/
{
    tuple(&[unsafe { ffi::PyLong_FromLong(a as c_long) }, unsafe { new_ref(b) }, unsafe { new_ref(args) }, unsafe { new_ref(kwds) }])
}

/*[clinic input]
@disable fastcall
newdsl.kwtuple

    a: int
    /
    **kwds: dict

**kwds (gh-64490) with @disable fastcall: a copy of the call's dict.
[clinic start generated code]*/
fn newdsl_kwtuple_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: i32, kwds: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=9eb764ea9ee25ee7 input=8acedce70aa7a3f1]*/
{
    tuple(&[unsafe { ffi::PyLong_FromLong(a as c_long) }, unsafe { new_ref(kwds) }])
}

/*[clinic input]
newdsl.kwgen

    a: int
    b: int = 1
    /
    c: int = 2
    *
    d: object
    e: str = "e"
    **kwds: dict

**kwds (gh-64490) after keyword parameters: the dict split between them and **kwds.
[clinic start generated code]*/
fn newdsl_kwgen_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: i32, b: i32, c: i32, d: *mut clinic::ffi::PyObject, e: &str, kwds: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=7dbee05a65f29a76 input=c4c7dd990446e282]*/
{
    tuple(&[unsafe { ffi::PyLong_FromLong(a as c_long) }, unsafe { ffi::PyLong_FromLong(b as c_long) }, unsafe { ffi::PyLong_FromLong(c as c_long) }, unsafe { new_ref(d) }, unsafe { str_to_py(e) }, unsafe { new_ref(kwds) }])
}

/*[clinic input]
newdsl.arr

    a: object
    b: object = None
    /
    *args: array

*args: array (gh-122943): the caller's argument array and its length, no tuple.
[clinic start generated code]*/
fn newdsl_arr_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: *mut clinic::ffi::PyObject, b: *mut clinic::ffi::PyObject, args: &[*mut clinic::ffi::PyObject]) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=964c5676d69c638b input=7d95109d373a5381]*/
{
    tuple(&[unsafe { new_ref(a) }, unsafe { new_ref(b) }, unsafe { slice_tuple(args) }])
}

/*[clinic input]
newdsl.arrkw

    a: int
    /
    *args: array
    **kwds: dict

*args: array (gh-122943) and **kwds (gh-64490).
[clinic start generated code]*/
fn newdsl_arrkw_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: i32, args: &[*mut clinic::ffi::PyObject], kwds: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=056454fa7ea1e548 input=ecbb180b9eb5df5b]*/
{
    tuple(&[unsafe { ffi::PyLong_FromLong(a as c_long) }, unsafe { slice_tuple(args) }, unsafe { new_ref(kwds) }])
}

static mut METHODS: [ffi::PyMethodDef; 12] = [
    NEWDSL_POS_METHODDEF,
    NEWDSL_KW_METHODDEF,
    NEWDSL_ONE_METHODDEF,
    NEWDSL_TUP_METHODDEF,
    NEWDSL_TUPKW_METHODDEF,
    NEWDSL_KWONLY_METHODDEF,
    NEWDSL_KWPOS_METHODDEF,
    NEWDSL_KWTUPLE_METHODDEF,
    NEWDSL_KWGEN_METHODDEF,
    NEWDSL_ARR_METHODDEF,
    NEWDSL_ARRKW_METHODDEF,
    ffi::PyMethodDef::zeroed(),
];

// No state anywhere: isolated subinterpreters may import it, free-threaded builds keep the GIL
// off (examples/concurrency checks both).
const SLOTS_LEN: usize = 1 + cfg!(Py_3_12) as usize + cfg!(Py_3_13) as usize;

static mut SLOTS: [ffi::PyModuleDef_Slot; SLOTS_LEN] = [
    #[cfg(Py_3_12)]
    ffi::PyModuleDef_Slot {
        slot: ffi::Py_mod_multiple_interpreters,
        value: ffi::Py_MOD_PER_INTERPRETER_GIL_SUPPORTED,
    },
    #[cfg(Py_3_13)]
    ffi::PyModuleDef_Slot { slot: ffi::Py_mod_gil, value: ffi::Py_MOD_GIL_NOT_USED },
    ffi::PyModuleDef_Slot { slot: 0, value: std::ptr::null_mut() },
];

static mut MODULE: ffi::PyModuleDef = ffi::PyModuleDef {
    m_base: ffi::PyModuleDef_HEAD_INIT,
    m_name: c"newdsl_rust".as_ptr(),
    m_doc: std::ptr::null(),
    m_size: 0,
    m_methods: (&raw mut METHODS).cast(),
    m_slots: (&raw mut SLOTS).cast(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

/// The module's init function.
#[no_mangle]
pub unsafe extern "C" fn PyInit_newdsl_rust() -> Obj {
    ffi::PyModuleDef_Init(&raw mut MODULE)
}
