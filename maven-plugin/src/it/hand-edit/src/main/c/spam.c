/* A fresh extension module: blocks declared, nothing generated yet. */
#define PY_SSIZE_T_CLEAN
#include "Python.h"

#include "clinic/spam.c.h"

/*[clinic input]
module spam
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=fb02dbff56054488]*/

/*[clinic input]
spam.add

    a: int
    b: int
    /

Return the sum of a and b.
[clinic start generated code]*/

static PyObject *
spam_add_impl(PyObject *module, int a, int b) /* tuned by hand */
/*[clinic end generated code: output=2eafc3e0d3eb1c0f input=0454825035f24e8a]*/
{
    return PyLong_FromLong((long)a + (long)b);
}

static PyMethodDef spam_methods[] = {
    SPAM_ADD_METHODDEF
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef spam_module = {
    PyModuleDef_HEAD_INIT, "spam", NULL, 0, spam_methods,
};

PyMODINIT_FUNC
PyInit_spam(void)
{
    return PyModuleDef_Init(&spam_module);
}
