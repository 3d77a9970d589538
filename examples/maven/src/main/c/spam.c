/*
 * An extension module whose argument parsing is written by argclinic. Each block below declares
 * a function's Python signature; `mvn generate-sources` writes the impl signature under it and
 * the parsing glue into clinic/spam.c.h. The bodies are all a human writes.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/*[clinic input]
module spam
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=fb02dbff56054488]*/

#include "clinic/spam.c.h"

/*[clinic input]
spam.add

    a: int
    b: int
    /

Return the sum of two integers.
[clinic start generated code]*/

static PyObject *
spam_add_impl(PyObject *module, int a, int b)
/*[clinic end generated code: output=2eafc3e0d3eb1c0f input=f7abde9301768173]*/
{
    return PyLong_FromLong((long)a + (long)b);
}

/*[clinic input]
spam.greet

    name: str
    *
    excited: bool = False

Return a greeting for name.
[clinic start generated code]*/

static PyObject *
spam_greet_impl(PyObject *module, const char *name, int excited)
/*[clinic end generated code: output=36794a243ca611e0 input=ce1ba6183b06a589]*/
{
    return PyUnicode_FromFormat("Hello, %s%s", name, excited ? "!" : ".");
}

/*[clinic input]
spam.scale

    x: double
    factor: double = 2.0
    /

Return x multiplied by factor.
[clinic start generated code]*/

static PyObject *
spam_scale_impl(PyObject *module, double x, double factor)
/*[clinic end generated code: output=89b43d94d5a54ceb input=71f4e6d3f8d0fcab]*/
{
    return PyFloat_FromDouble(x * factor);
}

static PyMethodDef spam_methods[] = {
    SPAM_ADD_METHODDEF
    SPAM_GREET_METHODDEF
    SPAM_SCALE_METHODDEF
    {NULL, NULL, 0, NULL}
};

/* The module keeps no state, so it declares (where the headers have the slots: 3.12+, 3.13+)
   that subinterpreters with their own GIL may import it and that a free-threaded build need
   not turn the GIL on for it. */
static PyModuleDef_Slot spam_slots[] = {
#if defined(Py_mod_multiple_interpreters)
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
#endif
#if defined(Py_mod_gil)
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL}
};

static struct PyModuleDef spam_module = {
    PyModuleDef_HEAD_INIT,
    .m_name = "spam",
    .m_doc = "An example module whose argument parsing argclinic generates.",
    .m_size = 0,
    .m_methods = spam_methods,
    .m_slots = spam_slots,
};

PyMODINIT_FUNC
PyInit_spam(void)
{
    return PyModuleDef_Init(&spam_module);
}
