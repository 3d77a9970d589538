//! bench/vectorcall in Rust: the same declarations as ../vc.c (Fast with @vectorcall, Slow
//! without); ../check.py checks that they behave alike and as the C module does.
#![allow(clippy::missing_safety_doc)]
use std::ffi::{c_int, c_void};

#[cfg(feature = "cpython-sys")]
pub extern crate argclinic_cpython_sys as pyo3_ffi;
use pyo3_ffi as ffi;

include!("clinic/vc.rs");

type Obj = *mut ffi::PyObject;

#[repr(C)]
struct PairObject {
    ob_base: ffi::PyObject,
    a: Obj,
    b: Obj,
}

unsafe fn pair_set(self_: Obj, a: Obj, b: Obj) -> clinic::Result<()> {
    let p = &mut *(self_ as *mut PairObject);
    ffi::Py_IncRef(a);
    ffi::Py_IncRef(b);
    let (old_a, old_b) = (p.a, p.b);
    p.a = a;
    p.b = b;
    if !old_a.is_null() {
        ffi::Py_DecRef(old_a);
    }
    if !old_b.is_null() {
        ffi::Py_DecRef(old_b);
    }
    Ok(())
}

/*[clinic input]
module vc
class vc.Fast "PairObject *" "NULL"
class vc.Slow "PairObject *" "NULL"
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=5a1a50b74e4b0990]*/

/*[clinic input]
@vectorcall
vc.Fast.__init__

    a: object
    b: object = None

A pair, constructed through vectorcall.
[clinic start generated code]*/
#[allow(non_snake_case)]
fn vc_Fast___init___impl(#[allow(unused_variables)] self_: *mut clinic::ffi::PyObject, a: *mut clinic::ffi::PyObject, b: *mut clinic::ffi::PyObject) -> clinic::Result<()>
/*[clinic end generated code: output=061b59cca103bf17 input=b65c900d77869354]*/
{
    unsafe { pair_set(self_, a, b) }
}

/*[clinic input]
vc.Slow.__init__

    a: object
    b: object = None

A pair, constructed through tp_new and tp_init.
[clinic start generated code]*/
#[allow(non_snake_case)]
fn vc_Slow___init___impl(#[allow(unused_variables)] self_: *mut clinic::ffi::PyObject, a: *mut clinic::ffi::PyObject, b: *mut clinic::ffi::PyObject) -> clinic::Result<()>
/*[clinic end generated code: output=33d97001d3985059 input=5c3eb981f250c17b]*/
{
    unsafe { pair_set(self_, a, b) }
}

unsafe extern "C" fn pair_dealloc(op: Obj) {
    let p = &mut *(op as *mut PairObject);
    for o in [p.a, p.b] {
        if !o.is_null() {
            ffi::Py_DecRef(o);
        }
    }
    let tp = ffi::Py_TYPE(op);
    (*tp).tp_free.expect("tp_free")(op as *mut c_void);
    ffi::Py_DecRef(tp as Obj);
}

unsafe extern "C" fn pair_a(op: Obj, _closure: *mut c_void) -> Obj {
    let p = &*(op as *mut PairObject);
    let o = if p.a.is_null() { ffi::Py_None() } else { p.a };
    ffi::Py_IncRef(o);
    o
}

unsafe extern "C" fn pair_b(op: Obj, _closure: *mut c_void) -> Obj {
    let p = &*(op as *mut PairObject);
    let o = if p.b.is_null() { ffi::Py_None() } else { p.b };
    ffi::Py_IncRef(o);
    o
}

static mut PAIR_GETSET: [ffi::PyGetSetDef; 3] = [
    ffi::PyGetSetDef { name: c"a".as_ptr(), get: Some(pair_a), set: None, doc: std::ptr::null(), closure: std::ptr::null_mut() },
    ffi::PyGetSetDef { name: c"b".as_ptr(), get: Some(pair_b), set: None, doc: std::ptr::null(), closure: std::ptr::null_mut() },
    ffi::PyGetSetDef { name: std::ptr::null(), get: None, set: None, doc: std::ptr::null(), closure: std::ptr::null_mut() },
];

unsafe fn pair_type(name: &std::ffi::CStr, init: *mut c_void, doc: &std::ffi::CStr) -> Obj {
    let mut slots = [
        ffi::PyType_Slot { slot: ffi::Py_tp_new, pfunc: ffi::PyType_GenericNew as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_init, pfunc: init },
        ffi::PyType_Slot { slot: ffi::Py_tp_dealloc, pfunc: pair_dealloc as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_doc, pfunc: doc.as_ptr() as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_getset, pfunc: (&raw mut PAIR_GETSET).cast() },
        ffi::PyType_Slot { slot: 0, pfunc: std::ptr::null_mut() },
    ];
    let mut spec = ffi::PyType_Spec {
        name: name.as_ptr(),
        basicsize: std::mem::size_of::<PairObject>() as c_int,
        itemsize: 0,
        flags: (ffi::Py_TPFLAGS_DEFAULT | ffi::Py_TPFLAGS_BASETYPE) as _,
        slots: slots.as_mut_ptr(),
    };
    ffi::PyType_FromSpec(&mut spec)
}

unsafe extern "C" fn vc_exec(module: Obj) -> c_int {
    let fast = pair_type(c"vc.Fast", vc_Fast___init__ as *mut c_void, VC_FAST___INIT___DOC);
    if fast.is_null() {
        return -1;
    }
    (*(fast as *mut ffi::PyTypeObject)).tp_vectorcall = Some(vc_Fast_vectorcall);
    let slow = pair_type(c"vc.Slow", vc_Slow___init__ as *mut c_void, VC_SLOW___INIT___DOC);
    if slow.is_null() {
        ffi::Py_DecRef(fast);
        return -1;
    }
    // PyModule_AddObject (3.9) steals the reference on success only
    for (name, tp) in [(c"Fast", fast), (c"Slow", slow)] {
        if ffi::PyModule_AddObject(module, name.as_ptr(), tp) < 0 {
            ffi::Py_DecRef(tp);
            return -1;
        }
    }
    0
}

static mut SLOTS: [ffi::PyModuleDef_Slot; 2] = [
    ffi::PyModuleDef_Slot { slot: ffi::Py_mod_exec, value: vc_exec as *mut c_void },
    ffi::PyModuleDef_Slot { slot: 0, value: std::ptr::null_mut() },
];

static mut MODULE: ffi::PyModuleDef = ffi::PyModuleDef {
    m_base: ffi::PyModuleDef_HEAD_INIT,
    m_name: c"vc".as_ptr(),
    m_doc: std::ptr::null(),
    m_size: 0,
    m_methods: std::ptr::null_mut(),
    m_slots: (&raw mut SLOTS).cast(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

/// The module's init function.
#[no_mangle]
pub unsafe extern "C" fn PyInit_vc() -> Obj {
    ffi::PyModuleDef_Init(&raw mut MODULE)
}
