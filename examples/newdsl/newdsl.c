/* The DSL constructs of CPython 3.14 and later (issue 14), as a C module: newdsl_c.
 * rust/src/newdsl.rs holds the same declarations as a Rust module (newdsl_rust); check.py calls
 * both and compares. Every impl returns its arguments as a tuple. Only the limited API is used
 * here, so the same source builds for --c-api public and --c-api limited. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "clinic/newdsl.c.h"

/*[clinic input]
module newdsl
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=985237c621112ae1]*/

/*[clinic input]
@disable fastcall
newdsl.pos

    a: int
    b: object
    /
    *args: object

@disable fastcall (gh-132097): positional-only, from the argument tuple.
[clinic start generated code]*/

static PyObject *
newdsl_pos_impl(PyObject *module, int a, PyObject *b, PyObject *args)
/*[clinic end generated code: output=b6364b4c658abcd3 input=6909c11c25fd4113]*/
{
    (void)module;
    return Py_BuildValue("(iOO)", a, b, args);
}

/*[clinic input]
@disable fastcall
newdsl.kw

    a: int
    /
    b: str = "x"
    *
    c: double = 1.5

@disable fastcall (gh-132097): a tuple and a dict.
[clinic start generated code]*/

static PyObject *
newdsl_kw_impl(PyObject *module, int a, const char *b, double c)
/*[clinic end generated code: output=411cdd8a96ec5738 input=ae1b6bfd2607b749]*/
{
    (void)module;
    return Py_BuildValue("(isd)", a, b, c);
}

/*[clinic input]
@disable fastcall
newdsl.one

    a: object
    /

@disable fastcall (gh-132097) leaves METH_O alone.
[clinic start generated code]*/

static PyObject *
newdsl_one(PyObject *module, PyObject *a)
/*[clinic end generated code: output=9e531c9099c7a383 input=7a20a11bb99b46d6]*/
{
    (void)module;
    return Py_BuildValue("(O)", a);
}

/*[clinic input]
newdsl.tup

    a: object
    /
    *args: tuple

*args: tuple (gh-122943): the extra positional arguments as a tuple.
[clinic start generated code]*/

static PyObject *
newdsl_tup_impl(PyObject *module, PyObject *a, PyObject *args)
/*[clinic end generated code: output=7f86fb1aa7c2425f input=6302efd543ed3dce]*/
{
    (void)module;
    return Py_BuildValue("(OO)", a, args);
}

/*[clinic input]
newdsl.tupkw

    a: object
    *args: tuple
    b: int = 0

*args: tuple (gh-122943) between keyword parameters.
[clinic start generated code]*/

static PyObject *
newdsl_tupkw_impl(PyObject *module, PyObject *a, PyObject *args, int b)
/*[clinic end generated code: output=d45f1b9a915bfc9e input=d54eb44670f01f00]*/
{
    (void)module;
    return Py_BuildValue("(OOi)", a, args, b);
}

static PyMethodDef newdsl_methods[] = {
    NEWDSL_POS_METHODDEF
    NEWDSL_KW_METHODDEF
    NEWDSL_ONE_METHODDEF
    NEWDSL_TUP_METHODDEF
    NEWDSL_TUPKW_METHODDEF
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef newdsl_module = {
    PyModuleDef_HEAD_INIT,
    "newdsl_c",
    NULL,
    0,
    newdsl_methods,
    NULL,
    NULL,
    NULL,
    NULL,
};

PyMODINIT_FUNC
PyInit_newdsl_c(void)
{
    return PyModuleDef_Init(&newdsl_module);
}
