//! clinicdemo_rust: the examples/c demo module, in Rust, with argclinic's Rust glue.
//! The glue is in clinic/clinicdemo.rs, generated from the blocks below; the impls below it
//! get safe Rust types and return `clinic::Result`.
use std::ffi::{c_char, c_int, c_long, c_ulong, c_void};
use std::ptr::null_mut;

use pyo3_ffi as ffi;

include!("clinic/clinicdemo.rs");

type Obj = *mut ffi::PyObject;

fn new_ref(o: Obj) -> Obj {
    unsafe { ffi::Py_IncRef(o) };
    o
}

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

fn py_str(s: &str) -> Obj {
    unsafe { ffi::PyUnicode_FromStringAndSize(s.as_ptr() as *const c_char, s.len() as ffi::Py_ssize_t) }
}

fn py_long(v: i64) -> Obj {
    unsafe { ffi::PyLong_FromLongLong(v) }
}

/*[clinic input]
module clinicdemo
class clinicdemo.Counter "CounterObject *" "NULL"
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=e70a0a58cfad4dd8]*/

/*[clinic input]
clinicdemo.answer

Return 42; takes no arguments.
[clinic start generated code]*/
fn clinicdemo_answer_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=55fb852da52c958d input=9a19f0c13307f075]*/
{
    Ok(py_long(42))
}

/*[clinic input]
clinicdemo.square -> double

    x: double
    /

Return x squared.
[clinic start generated code]*/
fn clinicdemo_square_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, x: f64) -> clinic::Result<f64>
/*[clinic end generated code: output=fbe376752cf6a5cf input=b8a5873256f968fe]*/
{
    Ok(x * x)
}

/*[clinic input]
clinicdemo.add -> int

    a: int
    b: int = 1
    /

Return a + b.
[clinic start generated code]*/
fn clinicdemo_add_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: i32, b: i32) -> clinic::Result<i32>
/*[clinic end generated code: output=d0265837ea649be2 input=5152c28431d6a8ad]*/
{
    match a.checked_add(b) {
        Some(v) => Ok(v),
        None => Err(clinic::overflow_error("a + b does not fit in a C int")),
    }
}

/*[clinic input]
clinicdemo.is_even -> bool

    n: long
    /

Return whether n is even.
[clinic start generated code]*/
fn clinicdemo_is_even_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, n: ::std::ffi::c_long) -> clinic::Result<bool>
/*[clinic end generated code: output=587f39c0884df428 input=d2c75c018825becf]*/
{
    Ok(n % 2 == 0)
}

/*[clinic input]
clinicdemo.kw

    a: object
    b: object
    *
    c: int
    d: double = 1.5

Keyword-only parameters, required and optional.
[clinic start generated code]*/
fn clinicdemo_kw_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: *mut clinic::ffi::PyObject, b: *mut clinic::ffi::PyObject, c: i32, d: f64) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=7fa1396f519d1965 input=d766072190ade7a9]*/
{
    tuple(&[new_ref(a), new_ref(b), py_long(c as i64), unsafe { ffi::PyFloat_FromDouble(d) }])
}

/*[clinic input]
clinicdemo.strings

    s: str
    /
    z: str(accept={str, NoneType}) = None
    c: char = b'x'

Strings borrowed from the arguments.
[clinic start generated code]*/
fn clinicdemo_strings_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, s: &str, z: Option<&str>, c: u8) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=a56a47495c319b70 input=3487285485afacdf]*/
{
    let z = match z {
        Some(text) => py_str(text),
        None => new_ref(unsafe { ffi::Py_None() }),
    };
    tuple(&[py_str(&s.to_uppercase()), z, py_long(c as i64)])
}

/*[clinic input]
clinicdemo.checksum -> Py_ssize_t

    data: Py_buffer
    /
    *
    mask: unsigned_char(bitwise=True) = 255

Sum of the bytes of a buffer, each masked; the buffer is released after the call.
[clinic start generated code]*/
fn clinicdemo_checksum_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, data: &[u8], mask: u8) -> clinic::Result<isize>
/*[clinic end generated code: output=9afa7ba991a5053c input=c23df9d4f293c642]*/
{
    Ok(data.iter().map(|b| (b & mask) as isize).sum())
}

/*[clinic input]
clinicdemo.gather

    first: object
    /
    *rest: object

Return (first, rest).
[clinic start generated code]*/
fn clinicdemo_gather_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, first: *mut clinic::ffi::PyObject, rest: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=ae0d5a37394a259b input=e1709f36acfdb4b8]*/
{
    tuple(&[new_ref(first), new_ref(rest)])
}

/*[clinic input]
clinicdemo.boom

    message: str

Panics in Rust: the glue turns the panic into SystemError.
[clinic start generated code]*/
fn clinicdemo_boom_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, message: &str) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=1a1734a91d7de216 input=dc01b9a0a14bfac4]*/
{
    panic!("{}", message)
}

/*[clinic input]
@classmethod
clinicdemo.Counter.__new__ as counter_new

    start: long_long = 0

A counter.
[clinic start generated code]*/
fn counter_new_impl(#[allow(unused_variables)] type_: *mut clinic::ffi::PyTypeObject, start: i64) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=a4e821a4c243d063 input=3e6c7f0bddfb42d4]*/
{
    unsafe {
        let alloc = (*type_).tp_alloc.expect("tp_alloc");
        let obj = clinic::check(alloc(type_, 0))?;
        (*(obj as *mut CounterObject)).value = start;
        Ok(obj)
    }
}

/*[clinic input]
clinicdemo.Counter.add

    cls: defining_class
    /
    step: long_long = 1

Add step; returns the new value.
[clinic start generated code]*/
#[allow(non_snake_case)]
fn clinicdemo_Counter_add_impl(#[allow(unused_variables)] self_: *mut clinic::ffi::PyObject, cls: *mut clinic::ffi::PyTypeObject, step: i64) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=9bebcc925360fed1 input=a2a44651e5c1b9cd]*/
{
    let _ = cls;
    let counter = unsafe { &mut *(self_ as *mut CounterObject) };
    counter.value = counter.value.checked_add(step).ok_or_else(|| clinic::overflow_error("counter overflow"))?;
    Ok(py_long(counter.value))
}

/*[clinic input]
@getter
clinicdemo.Counter.value

The current value.
[clinic start generated code]*/
#[allow(non_snake_case)]
fn clinicdemo_Counter_value_get_impl(#[allow(unused_variables)] self_: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=21c7caef193448b5 input=54c6b898d936545c]*/
{
    Ok(py_long(unsafe { (*(self_ as *mut CounterObject)).value }))
}

/*[clinic input]
@setter
clinicdemo.Counter.value
[clinic start generated code]*/
#[allow(non_snake_case)]
fn clinicdemo_Counter_value_set_impl(#[allow(unused_variables)] self_: *mut clinic::ffi::PyObject, value: *mut clinic::ffi::PyObject) -> clinic::Result<()>
/*[clinic end generated code: output=9247665a414feb96 input=f52616a372fce73f]*/
{
    if value.is_null() {
        return Err(clinic::type_error("cannot delete value"));
    }
    let v = unsafe { clinic::to_i64(value)? };
    unsafe { (*(self_ as *mut CounterObject)).value = v };
    Ok(())
}

#[repr(C)]
struct CounterObject {
    ob_base: ffi::PyObject,
    value: i64,
}

static mut COUNTER_METHODS: [ffi::PyMethodDef; 2] = [CLINICDEMO_COUNTER_ADD_METHODDEF, ffi::PyMethodDef::zeroed()];
static mut COUNTER_GETSET: [ffi::PyGetSetDef; 2] = [
    CLINICDEMO_COUNTER_VALUE_GETSETDEF,
    ffi::PyGetSetDef { name: std::ptr::null(), get: None, set: None, doc: std::ptr::null(), closure: null_mut() },
];

static mut METHODS: [ffi::PyMethodDef; 9] = [
    CLINICDEMO_ANSWER_METHODDEF,
    CLINICDEMO_SQUARE_METHODDEF,
    CLINICDEMO_ADD_METHODDEF,
    CLINICDEMO_IS_EVEN_METHODDEF,
    CLINICDEMO_KW_METHODDEF,
    CLINICDEMO_STRINGS_METHODDEF,
    CLINICDEMO_CHECKSUM_METHODDEF,
    CLINICDEMO_GATHER_METHODDEF,
    ffi::PyMethodDef::zeroed(),
];

static mut MODULE: ffi::PyModuleDef = ffi::PyModuleDef {
    m_base: ffi::PyModuleDef_HEAD_INIT,
    m_name: c"clinicdemo_rust".as_ptr(),
    m_doc: c"argclinic's demo module, with Rust glue.".as_ptr(),
    m_size: 0,
    m_methods: null_mut(),
    m_slots: null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

unsafe fn counter_type() -> Obj {
    let mut slots = [
        ffi::PyType_Slot { slot: ffi::Py_tp_new, pfunc: counter_new as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_doc, pfunc: COUNTER_NEW_DOC.as_ptr() as *mut c_void },
        ffi::PyType_Slot { slot: ffi::Py_tp_methods, pfunc: (&raw mut COUNTER_METHODS).cast() },
        ffi::PyType_Slot { slot: ffi::Py_tp_getset, pfunc: (&raw mut COUNTER_GETSET).cast() },
        ffi::PyType_Slot { slot: 0, pfunc: null_mut() },
    ];
    let mut spec = ffi::PyType_Spec {
        name: c"clinicdemo_rust.Counter".as_ptr(),
        basicsize: std::mem::size_of::<CounterObject>() as c_int,
        itemsize: 0,
        flags: ffi::Py_TPFLAGS_DEFAULT as _,
        slots: slots.as_mut_ptr(),
    };
    ffi::PyType_FromSpec(&mut spec)
}

/// The module's init function.
#[no_mangle]
pub unsafe extern "C" fn PyInit_clinicdemo_rust() -> Obj {
    let def = &raw mut MODULE;
    (*def).m_methods = (&raw mut METHODS).cast();
    let module = ffi::PyModule_Create(def);
    if module.is_null() {
        return module;
    }
    let counter = counter_type();
    if counter.is_null() || ffi::PyModule_AddObject(module, c"Counter".as_ptr(), counter) < 0 {
        ffi::Py_DecRef(module);
        return null_mut();
    }
    // boom is added separately: it is the panic demonstration
    let boom = ffi::PyCFunction_NewEx(&raw mut BOOM, module, null_mut());
    if boom.is_null() || ffi::PyModule_AddObject(module, c"boom".as_ptr(), boom) < 0 {
        ffi::Py_DecRef(module);
        return null_mut();
    }
    let _: (c_long, c_ulong) = (0, 0);
    module
}

static mut BOOM: ffi::PyMethodDef = CLINICDEMO_BOOM_METHODDEF;
