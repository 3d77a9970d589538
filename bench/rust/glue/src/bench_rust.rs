//! Benchmark module, Rust glue (generated from decls.py). Impls return None.
#![allow(unused_variables)] // the impls ignore their arguments: the glue is what is measured
use pyo3_ffi as ffi;

include!("clinic/bench_rust.rs");

fn none() -> clinic::Result<*mut ffi::PyObject> {
    unsafe {
        let n = ffi::Py_None();
        ffi::Py_INCREF(n);
        Ok(n)
    }
}

/*[clinic input]
module bench
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=f69fc295a83cb59b]*/

/*[clinic input]
bench.noargs

Benchmark noargs.
[clinic start generated code]*/
fn bench_noargs_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=b9647d66063ef6d7 input=0032103b26ee52ae]*/
{
    none()
}

/*[clinic input]
bench.one
    x: object
    /

Benchmark one.
[clinic start generated code]*/
fn bench_one_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, x: *mut clinic::ffi::PyObject) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=bab20cf4364f00af input=177d1e1758c63d87]*/
{
    none()
}

/*[clinic input]
bench.one_int
    x: int
    /

Benchmark one_int.
[clinic start generated code]*/
fn bench_one_int_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, x: i32) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=9bec7af5008c39f4 input=be5d06bd68a548cd]*/
{
    none()
}

/*[clinic input]
bench.pos2
    a: int
    b: double
    /

Benchmark pos2.
[clinic start generated code]*/
fn bench_pos2_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: i32, b: f64) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=f485478752bc5a91 input=b0dd1f8479fab33b]*/
{
    none()
}

/*[clinic input]
bench.kw
    a: int
    b: int = 0

Benchmark kw.
[clinic start generated code]*/
fn bench_kw_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, a: i32, b: i32) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=e48e066a5423a2d1 input=d95d904767caba6a]*/
{
    none()
}

/*[clinic input]
bench.str1
    s: str
    /

Benchmark str1.
[clinic start generated code]*/
fn bench_str1_impl(#[allow(unused_variables)] module: *mut clinic::ffi::PyObject, s: &str) -> clinic::Result<*mut clinic::ffi::PyObject>
/*[clinic end generated code: output=4f915c76792fbb32 input=2e1e1a9f39936021]*/
{
    none()
}

static mut METHODS: [ffi::PyMethodDef; 7] = [
    BENCH_NOARGS_METHODDEF,
    BENCH_ONE_METHODDEF,
    BENCH_ONE_INT_METHODDEF,
    BENCH_POS2_METHODDEF,
    BENCH_KW_METHODDEF,
    BENCH_STR1_METHODDEF,
    ffi::PyMethodDef::zeroed(),
];

static mut MODULE: ffi::PyModuleDef = ffi::PyModuleDef {
    m_base: ffi::PyModuleDef_HEAD_INIT,
    m_name: c"bench_rust".as_ptr(),
    m_doc: std::ptr::null(),
    m_size: 0,
    m_methods: std::ptr::null_mut(),
    m_slots: std::ptr::null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

/// The module's init function.
#[no_mangle]
pub unsafe extern "C" fn PyInit_bench_rust() -> *mut ffi::PyObject {
    let def = &raw mut MODULE;
    (*def).m_methods = (&raw mut METHODS).cast();
    ffi::PyModule_Create(def)
}
