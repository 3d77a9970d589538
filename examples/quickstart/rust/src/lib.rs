//! quickstart: the C quick start's module in Rust. `argclinic generate src/lib.rs` writes the
//! glue to src/clinic/lib.rs and the impl signatures below; the impls get Rust types.
use std::ffi::{c_int, c_void};
use std::ptr::null_mut;

use pyo3_ffi as ffi;

// The glue: a <NAME>_METHODDEF per function, its docstring, the extern "C" wrapper that parses
// the arguments and calls the <name>_impl function written here, and a private `clinic` module
// (the parsing runtime, clinic::Result, clinic::ffi).
include!("clinic/lib.rs");

/*[clinic input]
module quickstart
class quickstart.Accumulator "AccumulatorObject *" "NULL"
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=f0679cb02945cca2]*/

/*[clinic input]
quickstart.scale -> double

    x: double
    /
    factor: double = 2.0
    *
    offset: double = 0.0

Return x * factor + offset.
[clinic start generated code]*/
fn quickstart_scale_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, x: f64, factor: f64, offset: f64) -> clinic::Result<f64>
/*[clinic end generated code: output=e9ffb44742e54146 input=437b9f3359019467]*/
{
    Ok(x * factor + offset)
}

/*[clinic input]
quickstart.checksum

    data: Py_buffer
    /
    salt: Py_buffer = None

Return the sum of the bytes of data, plus those of salt when it is given.
[clinic start generated code]*/
fn quickstart_checksum_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, data: &[u8], salt: Option<&[u8]>) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=c8624506c67b7937 input=12a709ad9d9e71e0]*/
{
    // An omitted salt is None; the glue releases given buffers after the call.
    let sum: u64 = data.iter().chain(salt.unwrap_or(&[])).map(|&b| b as u64).sum();
    Ok(unsafe { ffi::PyLong_FromUnsignedLongLong(sum) })
}

#[repr(C)]
struct AccumulatorObject {
    ob_base: ffi::PyObject,
    total: i64,
}

/*[clinic input]
@critical_section
quickstart.Accumulator.add

    value: long_long
    /

Add value to the total and return the new total.
[clinic start generated code]*/
#[allow(non_snake_case)]
fn quickstart_Accumulator_add_impl(#[allow(unused_variables)] self_: *mut clinic::ffi::PyObject, value: i64) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=7b81115c01749ba8 input=1f5d1f10f2fa56cb]*/
{
    // @critical_section: on a free-threaded build, the glue holds self's lock here.
    let acc = unsafe { &mut *(self_ as *mut AccumulatorObject) };
    acc.total = acc.total.wrapping_add(value);
    Ok(unsafe { ffi::PyLong_FromLongLong(acc.total) })
}

static mut ACCUMULATOR_METHODS: [ffi::PyMethodDef; 2] =
    [QUICKSTART_ACCUMULATOR_ADD_METHODDEF, ffi::PyMethodDef::zeroed()];

static mut METHODS: [ffi::PyMethodDef; 3] =
    [QUICKSTART_SCALE_METHODDEF, QUICKSTART_CHECKSUM_METHODDEF, ffi::PyMethodDef::zeroed()];

unsafe extern "C" fn quickstart_exec(module: *mut ffi::PyObject) -> c_int {
    // A heap type per module object: each (sub)interpreter gets its own.
    let mut slots = [
        ffi::PyType_Slot { slot: ffi::Py_tp_new, pfunc: ffi::PyType_GenericNew as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_methods, pfunc: (&raw mut ACCUMULATOR_METHODS).cast() },
        ffi::PyType_Slot { slot: ffi::Py_tp_doc, pfunc: c"Keeps a running total.".as_ptr() as *mut c_void },
        ffi::PyType_Slot { slot: 0, pfunc: null_mut() },
    ];
    let mut spec = ffi::PyType_Spec {
        name: c"quickstart.Accumulator".as_ptr(),
        basicsize: std::mem::size_of::<AccumulatorObject>() as c_int,
        itemsize: 0,
        flags: ffi::Py_TPFLAGS_DEFAULT as _,
        slots: slots.as_mut_ptr(),
    };
    let tp = ffi::PyType_FromModuleAndSpec(module, &mut spec, null_mut());
    if tp.is_null() {
        return -1;
    }
    // PyModule_AddObject takes the reference only when it succeeds.
    if ffi::PyModule_AddObject(module, c"Accumulator".as_ptr(), tp) < 0 {
        ffi::Py_DecRef(tp);
        return -1;
    }
    0
}

// Nothing is shared between interpreters and nothing relies on the GIL (the glue neither).
const SLOTS_LEN: usize = 2 + cfg!(Py_3_12) as usize + cfg!(Py_3_13) as usize;

static mut SLOTS: [ffi::PyModuleDef_Slot; SLOTS_LEN] = [
    ffi::PyModuleDef_Slot { slot: ffi::Py_mod_exec, value: quickstart_exec as *mut c_void },
    #[cfg(Py_3_12)]
    ffi::PyModuleDef_Slot { slot: ffi::Py_mod_multiple_interpreters, value: ffi::Py_MOD_PER_INTERPRETER_GIL_SUPPORTED },
    #[cfg(Py_3_13)]
    ffi::PyModuleDef_Slot { slot: ffi::Py_mod_gil, value: ffi::Py_MOD_GIL_NOT_USED },
    ffi::PyModuleDef_Slot { slot: 0, value: null_mut() },
];

static mut MODULE: ffi::PyModuleDef = ffi::PyModuleDef {
    m_base: ffi::PyModuleDef_HEAD_INIT,
    m_name: c"quickstart".as_ptr(),
    m_doc: c"argclinic's quick start, in Rust.".as_ptr(),
    m_size: 0,
    m_methods: (&raw mut METHODS).cast(),
    m_slots: (&raw mut SLOTS).cast(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

/// The module's init function: multi-phase, the interpreter runs quickstart_exec.
#[no_mangle]
pub unsafe extern "C" fn PyInit_quickstart() -> *mut ffi::PyObject {
    ffi::PyModuleDef_Init(&raw mut MODULE)
}
