/* spam: a setuptools sample whose argument parsing is argclinic's glue (--c-api public, the
   default): METH_FASTCALL, public C API only, CPython 3.9+. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/*[clinic input]
module spam
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=fb02dbff56054488]*/

/* The glue: METHODDEF macros, docstrings, wrappers; it declares the impls defined below. */
#include "clinic/spam.c.h"

/*[clinic input]
spam.scale -> double

    value: double
    /
    factor: double = 2.0

Return value multiplied by factor.
[clinic start generated code]*/

static double
spam_scale_impl(PyObject *module, double value, double factor)
/*[clinic end generated code: output=98c722584a650bf0 input=0c66fc182817e6f5]*/
{
    return value * factor;
}

/*[clinic input]
spam.greet

    name: str
    *
    punctuation: str = "!"

Return a greeting for name.
[clinic start generated code]*/

static PyObject *
spam_greet_impl(PyObject *module, const char *name, const char *punctuation)
/*[clinic end generated code: output=30c0181b0c521fb8 input=867cf68ca3dd9ee0]*/
{
    return PyUnicode_FromFormat("Hello, %s%s", name, punctuation);
}

static PyMethodDef spam_methods[] = {
    SPAM_SCALE_METHODDEF
    SPAM_GREET_METHODDEF
    {NULL, NULL, 0, NULL}
};

static PyModuleDef_Slot spam_slots[] = {
#ifdef Py_mod_multiple_interpreters
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
#endif
#ifdef Py_mod_gil
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL}
};

static struct PyModuleDef spam_module = {
    PyModuleDef_HEAD_INIT, "spam", "argclinic's setuptools sample.", 0, spam_methods, spam_slots,
    NULL, NULL, NULL
};

PyMODINIT_FUNC
PyInit_spam(void)
{
    return PyModuleDef_Init(&spam_module);
}
