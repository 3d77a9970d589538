/* Glue committed for an older declaration (one parameter); b was added to the block since. */
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
spam_add_impl(PyObject *module, int a)
/*[clinic end generated code: output=75a9796d35155751 input=e9820b70c9b4450c]*/
{
    return PyLong_FromLong((long)a);
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
