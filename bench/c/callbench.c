/* Call-overhead benchmark module: the same two signatures parsed five ways.

   public_*   argclinic --c-api public glue (benchglue.c, generated clinic/benchglue.h)
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

extern PyMethodDef callbench_limited_methods[];

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

/* ---- CPython clinic's fast path (private API; links against CPython 3.11-3.13) ---- */

static PyObject *
clinic_objs(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *return_value = NULL;
    static const char * const _keywords[] = {"a", "b", "c", "d", NULL};
    static _PyArg_Parser _parser = {.keywords = _keywords, .fname = "objs"};
    PyObject *argsbuf[4];
    Py_ssize_t noptargs = nargs + (kwnames ? PyTuple_GET_SIZE(kwnames) : 0) - 2;
    PyObject *a;
    PyObject *b;
    PyObject *c = Py_None;
    PyObject *d = Py_None;

    args = _PyArg_UnpackKeywords(args, nargs, NULL, kwnames, &_parser, 2, 4, 0, argsbuf);
    if (!args) {
        goto exit;
    }
    a = args[0];
    b = args[1];
    if (!noptargs) {
        goto skip_optional_pos;
    }
    if (args[2]) {
        c = args[2];
        if (!--noptargs) {
            goto skip_optional_pos;
        }
    }
    d = args[3];
skip_optional_pos:
    return_value = objs_impl(module, a, b, c, d);

exit:
    return return_value;
}

static PyObject *
clinic_typed(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *return_value = NULL;
    static const char * const _keywords[] = {"x", "y", "s", "flag", NULL};
    static _PyArg_Parser _parser = {.keywords = _keywords, .fname = "typed"};
    PyObject *argsbuf[4];
    long x;
    double y;
    const char *s;
    int flag;

    args = _PyArg_UnpackKeywords(args, nargs, NULL, kwnames, &_parser, 4, 4, 0, argsbuf);
    if (!args) {
        goto exit;
    }
    x = PyLong_AsLong(args[0]);
    if (x == -1 && PyErr_Occurred()) {
        goto exit;
    }
    if (PyFloat_CheckExact(args[1])) {
        y = PyFloat_AS_DOUBLE(args[1]);
    }
    else
    {
        y = PyFloat_AsDouble(args[1]);
        if (y == -1.0 && PyErr_Occurred()) {
            goto exit;
        }
    }
    if (!PyUnicode_Check(args[2])) {
        PyErr_Format(PyExc_TypeError, "typed() argument 's' must be str, not %.50s",
                     Py_TYPE(args[2])->tp_name);
        goto exit;
    }
    Py_ssize_t s_length;
    s = PyUnicode_AsUTF8AndSize(args[2], &s_length);
    if (s == NULL) {
        goto exit;
    }
    if (strlen(s) != (size_t)s_length) {
        PyErr_SetString(PyExc_ValueError, "embedded null character");
        goto exit;
    }
    flag = PyObject_IsTrue(args[3]);
    if (flag < 0) {
        goto exit;
    }
    return_value = typed_impl(module, x, y, s, flag);

exit:
    return return_value;
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
    {"clinic_objs", ARGCLINIC_CFUNC(clinic_objs), METH_FASTCALL|METH_KEYWORDS, NULL},
    {"clinic_typed", ARGCLINIC_CFUNC(clinic_typed), METH_FASTCALL|METH_KEYWORDS, NULL},
    {"floor_objs", ARGCLINIC_CFUNC(floor_call), METH_FASTCALL|METH_KEYWORDS, NULL},
    {"floor_typed", ARGCLINIC_CFUNC(floor_call), METH_FASTCALL|METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL}
};

static int
callbench_exec(PyObject *module)
{
    return PyModule_AddFunctions(module, callbench_limited_methods);
}

static PyModuleDef_Slot callbench_slots[] = {
    {Py_mod_exec, callbench_exec},
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
