/* Call-overhead benchmark module: the same two signatures parsed five ways.

   public_*   argclinic --c-api public glue (benchglue.c, generated clinic/benchglue.c.h)
   limited_*  argclinic --c-api limited glue (callbench_limited.c, Py_LIMITED_API 3.10)
   classic_*  METH_VARARGS|METH_KEYWORDS + PyArg_ParseTupleAndKeywords
   clinic_*   what CPython's own clinic emits (3.11-3.13 shape), on the private _PyArg_UnpackKeywords
   floor_*    METH_FASTCALL|METH_KEYWORDS that parses nothing                                  */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

#include "public/benchglue.c"

/* what the other variants call: the same impls */
#define objs_impl bench_objs_impl
#define typed_impl bench_typed_impl

#ifndef CALLBENCH_NO_LIMITED
extern PyMethodDef callbench_limited_methods[];
#endif
extern PyMethodDef callbench_clinic_methods[];

/* ---- classic ---- */

static PyObject *
classic_objs(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"a", "b", "c", "d", NULL};
    PyObject *a, *b, *c = Py_None, *d = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "OO|OO:objs", kwlist, &a, &b, &c, &d)) {
        return NULL;
    }
    return objs_impl(module, a, b, c, d);
}

static PyObject *
classic_typed(PyObject *module, PyObject *args, PyObject *kwargs)
{
    static char *kwlist[] = {"x", "y", "s", "flag", NULL};
    long x;
    double y;
    const char *s;
    int flag;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "ldsp:typed", kwlist, &x, &y, &s, &flag)) {
        return NULL;
    }
    return typed_impl(module, x, y, s, flag);
}

/* ---- floor ---- */

static PyObject *
floor_call(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    (void)module; (void)args; (void)nargs; (void)kwnames;
    Py_RETURN_NONE;
}

static PyMethodDef callbench_methods[] = {
    {"public_objs", ARGCLINIC_CFUNC(bench_objs), METH_FASTCALL|METH_KEYWORDS, NULL},
    {"public_typed", ARGCLINIC_CFUNC(bench_typed), METH_FASTCALL|METH_KEYWORDS, NULL},
    {"classic_objs", ARGCLINIC_CFUNC(classic_objs), METH_VARARGS|METH_KEYWORDS, NULL},
    {"classic_typed", ARGCLINIC_CFUNC(classic_typed), METH_VARARGS|METH_KEYWORDS, NULL},
    {"floor_objs", ARGCLINIC_CFUNC(floor_call), METH_FASTCALL|METH_KEYWORDS, NULL},
    {"floor_typed", ARGCLINIC_CFUNC(floor_call), METH_FASTCALL|METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL}
};

static int
callbench_exec(PyObject *module)
{
    if (PyModule_AddFunctions(module, callbench_clinic_methods) < 0) {
        return -1;
    }
#ifndef CALLBENCH_NO_LIMITED
    if (PyModule_AddFunctions(module, callbench_limited_methods) < 0) {
        return -1;
    }
#endif
    return 0;
}

static PyModuleDef_Slot callbench_slots[] = {
    {Py_mod_exec, callbench_exec},
#ifdef Py_mod_multiple_interpreters     /* 3.12+ */
    /* the module keeps no state: every interpreter, and every thread, may call it */
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
#endif
#ifdef Py_mod_gil                       /* 3.13+ */
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL}
};

static struct PyModuleDef callbench_module = {
    PyModuleDef_HEAD_INIT, "callbench", NULL, 0, callbench_methods, callbench_slots,
    NULL, NULL, NULL
};

PyMODINIT_FUNC
PyInit_callbench(void)
{
    return PyModuleDef_Init(&callbench_module);
}
