/* Benchmark module, C glue (generated from decls.py). Impls return None. */
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
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=f69fc295a83cb59b]*/

/*[clinic input]
bench.noargs

Benchmark noargs.
[clinic start generated code]*/

static PyObject *
bench_noargs_impl(PyObject *module)
/*[clinic end generated code: output=d1deae1803ae234e input=0032103b26ee52ae]*/
{
    RETURN_NONE;
}

/*[clinic input]
bench.one
    x: object
    /

Benchmark one.
[clinic start generated code]*/

static PyObject *
bench_one(PyObject *module, PyObject *x)
/*[clinic end generated code: output=72b0b6bc568fc6df input=177d1e1758c63d87]*/
{
    RETURN_NONE;
}

/*[clinic input]
bench.one_int
    x: int
    /

Benchmark one_int.
[clinic start generated code]*/

static PyObject *
bench_one_int_impl(PyObject *module, int x)
/*[clinic end generated code: output=aad692fcfa9408b8 input=be5d06bd68a548cd]*/
{
    RETURN_NONE;
}

/*[clinic input]
bench.pos2
    a: int
    b: double
    /

Benchmark pos2.
[clinic start generated code]*/

static PyObject *
bench_pos2_impl(PyObject *module, int a, double b)
/*[clinic end generated code: output=0556e8afe50a3f4f input=b0dd1f8479fab33b]*/
{
    RETURN_NONE;
}

/*[clinic input]
bench.kw
    a: int
    b: int = 0

Benchmark kw.
[clinic start generated code]*/

static PyObject *
bench_kw_impl(PyObject *module, int a, int b)
/*[clinic end generated code: output=121f4718503b1ff9 input=d95d904767caba6a]*/
{
    RETURN_NONE;
}

/*[clinic input]
bench.str1
    s: str
    /

Benchmark str1.
[clinic start generated code]*/

static PyObject *
bench_str1_impl(PyObject *module, const char *s)
/*[clinic end generated code: output=671e07a1de5f4092 input=2e1e1a9f39936021]*/
{
    RETURN_NONE;
}

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
