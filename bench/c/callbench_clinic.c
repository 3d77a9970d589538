/* What CPython's own clinic emits for the benchmark signatures (the 3.11-3.13 shape), on the
   private _PyArg_UnpackKeywords of the running interpreter. From 3.13 that function is declared
   only in CPython's internal headers, so run_bench.py compiles this file alone with
   Py_BUILD_CORE_MODULE there; the other variants never see the internal API. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>
#if defined(Py_BUILD_CORE_MODULE)
#  include "internal/pycore_modsupport.h"
#endif

static PyObject *
objs_impl(PyObject *module, PyObject *a, PyObject *b, PyObject *c, PyObject *d)
{
    (void)module; (void)a; (void)b; (void)c; (void)d;
    Py_RETURN_NONE;
}

static PyObject *
typed_impl(PyObject *module, long x, double y, const char *s, int flag)
{
    (void)module; (void)x; (void)y; (void)s; (void)flag;
    Py_RETURN_NONE;
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

PyMethodDef callbench_clinic_methods[] = {
    {"clinic_objs", (PyCFunction)(void (*)(void))clinic_objs, METH_FASTCALL|METH_KEYWORDS, NULL},
    {"clinic_typed", (PyCFunction)(void (*)(void))clinic_typed, METH_FASTCALL|METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL}
};
