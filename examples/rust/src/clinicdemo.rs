//! clinicdemo_rust: the examples/c demo module, in Rust, with argclinic's Rust glue.
//! The glue is in clinic/clinicdemo.rs, generated from the blocks below; the impls below it
//! get safe Rust types and return `clinic::Result`.
use std::ffi::{c_char, c_int, c_long, c_ulong, c_void};
use std::ptr::null_mut;

// With the `cpython-sys` feature the FFI crate is argclinic's bindgen crate, under the name the
// glue names (glue generated with `--rust-ffi argclinic_cpython_sys` names it directly).
#[cfg(feature = "cpython-sys")]
pub extern crate argclinic_cpython_sys as pyo3_ffi;
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
    C: int(accept={str})
    z: str(accept={str, NoneType}) = None
    u: unicode = NULL
    c: char = b'x'

String converters.
[clinic start generated code]*/
#[allow(non_snake_case)]
fn clinicdemo_strings_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, s: &str, C: i32, z: Option<&str>, u: Option<*mut clinic::ffi::PyObject>, c: u8) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=4d6667c892562606 input=160a7531f25e54bd]*/
{
    let none = unsafe { ffi::Py_None() };
    let z = match z {
        Some(text) => py_str(text),
        None => new_ref(none),
    };
    tuple(&[py_str(s), py_long(C as i64), z, new_ref(u.unwrap_or(unsafe { ffi::Py_Ellipsis() })), unsafe {
        ffi::PyBytes_FromStringAndSize(&c as *const u8 as *const c_char, 1)
    }])
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
    *args: object
    sep: str = " "

*args with a keyword-only parameter after it.
[clinic start generated code]*/
fn clinicdemo_gather_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, first: *mut clinic::ffi::PyObject, args: *mut clinic::ffi::PyObject, sep: &str) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=bcddb032063fc584 input=621ca9064ccc5241]*/
{
    tuple(&[new_ref(first), new_ref(args), py_str(sep)])
}

/*[clinic input]
clinicdemo.mix

    a: object
    /
    b: object
    *
    c: object = NULL

Positional-only, positional-or-keyword and keyword-only; c defaults to NULL.
[clinic start generated code]*/
fn clinicdemo_mix_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: *mut clinic::ffi::PyObject, b: *mut clinic::ffi::PyObject, c: Option<*mut clinic::ffi::PyObject>) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=2b2ed311f8df0b23 input=43935506e312b25b]*/
{
    let c = c.unwrap_or(unsafe { ffi::Py_Ellipsis() });
    tuple(&[new_ref(a), new_ref(b), new_ref(c)])
}

/*[clinic input]
clinicdemo.integers

    b: unsigned_char = 0
    B: unsigned_char(bitwise=True) = 0
    h: short = 0
    H: unsigned_short = 0
    Hm: unsigned_short(bitwise=True) = 0
    i: int = 0
    I: unsigned_int = 0
    Im: unsigned_int(bitwise=True) = 0
    l: long = 0
    k: unsigned_long = 0
    km: unsigned_long(bitwise=True) = 0
    L: long_long = 0
    K: unsigned_long_long = 0
    Km: unsigned_long_long(bitwise=True) = 0
    n: Py_ssize_t = 0
    z: size_t = 0

Every integer converter; returns the converted values.
[clinic start generated code]*/
#[allow(non_snake_case)]
fn clinicdemo_integers_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, b: u8, B: u8, h: i16, H: u16, Hm: u16, i: i32, I: u32, Im: u32, l: ::std::ffi::c_long, k: ::std::ffi::c_ulong, km: ::std::ffi::c_ulong, L: i64, K: u64, Km: u64, n: isize, z: usize) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=a42bc7c709baf82e input=2819e7722409c541]*/
{
    let signed = [b as i64, B as i64, h as i64, H as i64, Hm as i64, i as i64, I as i64, Im as i64, l as i64];
    let mut items: Vec<Obj> = signed.iter().map(|&v| py_long(v)).collect();
    items.push(unsafe { ffi::PyLong_FromUnsignedLong(k) });
    items.push(unsafe { ffi::PyLong_FromUnsignedLong(km) });
    items.push(py_long(L));
    items.push(unsafe { ffi::PyLong_FromUnsignedLongLong(K) });
    items.push(unsafe { ffi::PyLong_FromUnsignedLongLong(Km) });
    items.push(unsafe { ffi::PyLong_FromSsize_t(n) });
    items.push(unsafe { ffi::PyLong_FromSize_t(z) });
    tuple(&items)
}

/*[clinic input]
clinicdemo.floats

    f: float
    d: double = 0.25

Float converters; returns (f, d).
[clinic start generated code]*/
fn clinicdemo_floats_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, f: f32, d: f64) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=3067dd2f0d722a40 input=27bf9345595cd8f2]*/
{
    tuple(&[unsafe { ffi::PyFloat_FromDouble(f as f64) }, unsafe { ffi::PyFloat_FromDouble(d) }])
}

/*[clinic input]
clinicdemo.indices

    start: slice_index = 0
    stop: slice_index(accept={int}) = 100
    size: Py_ssize_t(accept={int, NoneType}) = -1

Index converters.
[clinic start generated code]*/
fn clinicdemo_indices_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, start: isize, stop: isize, size: isize) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=f546ec868d5c1835 input=6c1b0e9bb851c5ae]*/
{
    tuple(&[py_long(start as i64), py_long(stop as i64), py_long(size as i64)])
}

/*[clinic input]
clinicdemo.fileno

    fd: fildes
    /

Return the file descriptor of fd.
[clinic start generated code]*/
fn clinicdemo_fileno_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, fd: i32) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=f93a5adc1ed824cc input=ce3cf4429c4bd20f]*/
{
    Ok(py_long(fd as i64))
}

/*[clinic input]
clinicdemo.window

    [
    x: int
    y: int
    ]
    w: int
    [
    h: int
    ]
    /

Optional groups: window([x, y,] w[, h]).
[clinic start generated code]*/
fn clinicdemo_window_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, x: Option<i32>, y: Option<i32>, w: i32, h: Option<i32>) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=3da023657a0fd97f input=019c8084a84727b0]*/
{
    let left = x.is_some() as i64;
    let right = h.is_some() as i64;
    tuple(&[py_long(left), py_long(x.unwrap_or(0) as i64), py_long(y.unwrap_or(0) as i64), py_long(w as i64),
            py_long(right), py_long(h.unwrap_or(0) as i64)])
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
@critical_section
clinicdemo.Counter.add

    cls: defining_class
    /
    step: long_long = 1

Add step; returns the new value.
[clinic start generated code]*/
#[allow(non_snake_case)]
fn clinicdemo_Counter_add_impl(#[allow(unused_variables)] self_: *mut clinic::ffi::PyObject, cls: *mut clinic::ffi::PyTypeObject, step: i64) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=9bebcc925360fed1 input=45a2dd35084d7b23]*/
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

static mut METHODS: [ffi::PyMethodDef; 15] = [
    CLINICDEMO_ANSWER_METHODDEF,
    CLINICDEMO_SQUARE_METHODDEF,
    CLINICDEMO_ADD_METHODDEF,
    CLINICDEMO_IS_EVEN_METHODDEF,
    CLINICDEMO_KW_METHODDEF,
    CLINICDEMO_STRINGS_METHODDEF,
    CLINICDEMO_CHECKSUM_METHODDEF,
    CLINICDEMO_GATHER_METHODDEF,
    CLINICDEMO_MIX_METHODDEF,
    CLINICDEMO_INTEGERS_METHODDEF,
    CLINICDEMO_FLOATS_METHODDEF,
    CLINICDEMO_INDICES_METHODDEF,
    CLINICDEMO_FILENO_METHODDEF,
    CLINICDEMO_WINDOW_METHODDEF,
    ffi::PyMethodDef::zeroed(),
];

// Multi-phase initialisation: each interpreter that imports the module runs clinicdemo_exec on
// its own module object. The glue keeps no per-process Python state, so the module supports
// subinterpreters with their own GIL and runs without the GIL on free-threaded builds.
const SLOTS_LEN: usize = 2 + cfg!(Py_3_12) as usize + cfg!(Py_3_13) as usize;

static mut SLOTS: [ffi::PyModuleDef_Slot; SLOTS_LEN] = [
    ffi::PyModuleDef_Slot { slot: ffi::Py_mod_exec, value: clinicdemo_exec as *mut c_void },
    #[cfg(Py_3_12)]
    ffi::PyModuleDef_Slot { slot: ffi::Py_mod_multiple_interpreters, value: ffi::Py_MOD_PER_INTERPRETER_GIL_SUPPORTED },
    #[cfg(Py_3_13)]
    ffi::PyModuleDef_Slot { slot: ffi::Py_mod_gil, value: ffi::Py_MOD_GIL_NOT_USED },
    ffi::PyModuleDef_Slot { slot: 0, value: null_mut() },
];

static mut MODULE: ffi::PyModuleDef = ffi::PyModuleDef {
    m_base: ffi::PyModuleDef_HEAD_INIT,
    m_name: c"clinicdemo_rust".as_ptr(),
    m_doc: c"argclinic's demo module, with Rust glue.".as_ptr(),
    m_size: 0,
    m_methods: (&raw mut METHODS).cast(),
    m_slots: (&raw mut SLOTS).cast(),
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
    ffi::PyModuleDef_Init(&raw mut MODULE)
}

/// Adds a new reference to the module (PyModule_AddObject: 3.9 has no PyModule_AddObjectRef);
/// the reference is released on failure, and on success the module holds it.
unsafe fn add(module: Obj, name: &std::ffi::CStr, obj: Obj) -> bool {
    if obj.is_null() {
        return false;
    }
    if ffi::PyModule_AddObject(module, name.as_ptr(), obj) < 0 {
        ffi::Py_DecRef(obj);
        return false;
    }
    true
}

unsafe extern "C" fn clinicdemo_exec(module: Obj) -> c_int {
    // boom is added as a function of its own: it is the panic demonstration
    if !add(module, c"Counter", counter_type())
        || !add(module, c"boom", ffi::PyCFunction_NewEx(&raw mut BOOM, module, null_mut()))
    {
        return -1;
    }
    let _: (c_long, c_ulong) = (0, 0);
    0
}

static mut BOOM: ffi::PyMethodDef = CLINICDEMO_BOOM_METHODDEF;
