#!/usr/bin/env python3
"""Writes the benchmark module's sources from one table: bench_c.c (C glue + no-parse floors)
and glue/src/bench_rust.rs (Rust glue). Impls do nothing and return None, so a call measures
the glue. Run after editing the table; outputs are committed."""
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
# name, DSL body (after the function line), C impl params, Rust impl params (unused)
FUNCS = [
    ("noargs", ""),
    ("one", "    x: object\n    /\n"),
    ("one_int", "    x: int\n    /\n"),
    ("pos2", "    a: int\n    b: double\n    /\n"),
    ("kw", "    a: int\n    b: int = 0\n"),
    ("str1", "    s: str\n    /\n"),
]

C_HEAD = '''/* Benchmark module, C glue (generated from decls.py). Impls return None. */
#define PY_SSIZE_T_CLEAN
#include "Python.h"

#include "clinic/bench_c.c.h"

/* Impls and floors return a new reference to None, as the Rust and PyO3 impls do. (Since 3.12
   Py_RETURN_NONE skips the incref of the immortal None; using it here would charge the Rust
   column with impl work the C column does not do.) */
#define RETURN_NONE return Py_NewRef(Py_None)

/*[clinic input]
module bench
[clinic start generated code]*/
'''
R_HEAD = '''//! Benchmark module, Rust glue (generated from decls.py). Impls return None.
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
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=4e5e0cc1b8ec4b06]*/
'''


def main():
    c, r = [C_HEAD], [R_HEAD]
    for name, body in FUNCS:
        block = f"\n/*[clinic input]\nbench.{name}\n{body}\nBenchmark {name}.\n[clinic start generated code]*/\n"
        c.append(block + "{\n    RETURN_NONE;\n}\n")
        r.append(block + "{\n    none()\n}\n")
    c.append('''
/* The floor: the same calling conventions with no parsing at all. */
static PyObject *
floor_noargs(PyObject *m, PyObject *Py_UNUSED(a))
{
    RETURN_NONE;
}

static PyObject *
floor_o(PyObject *m, PyObject *Py_UNUSED(a))
{
    RETURN_NONE;
}

static PyObject *
floor_fast(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    RETURN_NONE;
}

static PyObject *
floor_fastkw(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    RETURN_NONE;
}

static PyMethodDef methods[] = {
''')
    for name, _ in FUNCS:
        c.append(f"    BENCH_{name.upper()}_METHODDEF\n")
    c.append('''    {"floor_noargs", floor_noargs, METH_NOARGS, NULL},
    {"floor_o", floor_o, METH_O, NULL},
    {"floor_fast", _PyCFunction_CAST(floor_fast), METH_FASTCALL, NULL},
    {"floor_fastkw", _PyCFunction_CAST(floor_fastkw), METH_FASTCALL|METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "bench_c", NULL, 0, methods};

PyMODINIT_FUNC
PyInit_bench_c(void)
{
    return PyModule_Create(&module);
}
''')
    r.append("\nstatic mut METHODS: [ffi::PyMethodDef; %d] = [\n" % (len(FUNCS) + 1))
    for name, _ in FUNCS:
        r.append(f"    BENCH_{name.upper()}_METHODDEF,\n")
    r.append('''    ffi::PyMethodDef::zeroed(),
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
''')
    (HERE / "bench_c.c").write_text("".join(c))
    (HERE / "glue" / "src" / "bench_rust.rs").write_text("".join(r))


if __name__ == "__main__":
    main()
