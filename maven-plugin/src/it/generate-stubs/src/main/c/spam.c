/* A fresh extension module: blocks declared, nothing generated yet. */
#define PY_SSIZE_T_CLEAN
#include "Python.h"

#include "clinic/spam.c.h"

/*[clinic input]
module spam
[clinic start generated code]*/

/*[clinic input]
spam.add

    a: int
    b: int
    /

Return the sum of a and b.
[clinic start generated code]*/
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
