/* Benchmark module, C glue (generated from decls.py). Impls return None. */
#define PY_SSIZE_T_CLEAN
#include "Python.h"

#include "clinic/bench_c.c.h"

/*[clinic input]
module bench
[clinic start generated code]*/

/*[clinic input]
bench.noargs

Benchmark noargs.
[clinic start generated code]*/
{
    Py_RETURN_NONE;
}

/*[clinic input]
bench.one
    x: object
    /

Benchmark one.
[clinic start generated code]*/
{
    Py_RETURN_NONE;
}

/*[clinic input]
bench.one_int
    x: int
    /

Benchmark one_int.
[clinic start generated code]*/
{
    Py_RETURN_NONE;
}

/*[clinic input]
bench.pos2
    a: int
    b: double
    /

Benchmark pos2.
[clinic start generated code]*/
{
    Py_RETURN_NONE;
}

/*[clinic input]
bench.kw
    a: int
    b: int = 0

Benchmark kw.
[clinic start generated code]*/
{
    Py_RETURN_NONE;
}

/*[clinic input]
bench.str1
    s: str
    /

Benchmark str1.
[clinic start generated code]*/
{
    Py_RETURN_NONE;
}

/* The floor: the same calling conventions with no parsing at all. */
static PyObject *
floor_noargs(PyObject *m, PyObject *Py_UNUSED(a))
{
    Py_RETURN_NONE;
}

static PyObject *
floor_o(PyObject *m, PyObject *Py_UNUSED(a))
{
    Py_RETURN_NONE;
}

static PyObject *
floor_fast(PyObject *m, PyObject *const *args, Py_ssize_t nargs)
{
    Py_RETURN_NONE;
}

static PyObject *
floor_fastkw(PyObject *m, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    BENCH_NOARGS_METHODDEF
    BENCH_ONE_METHODDEF
    BENCH_ONE_INT_METHODDEF
    BENCH_POS2_METHODDEF
    BENCH_KW_METHODDEF
    BENCH_STR1_METHODDEF
    {"floor_noargs", floor_noargs, METH_NOARGS, NULL},
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
