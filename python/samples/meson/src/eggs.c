/* eggs: a meson-python sample built for the limited API (abi3, Python 3.10+), with argclinic's
   --c-api limited --limited-version 3.10 glue. */
#include <Python.h>

/*[clinic input]
module eggs
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=bcb893896e5508a5]*/

#include "clinic/eggs.c.h"

/*[clinic input]
eggs.clamp -> long

    value: long
    /
    low: long = 0
    high: long = 100

Return value limited to the range [low, high].
[clinic start generated code]*/

static long
eggs_clamp_impl(PyObject *module, long value, long low, long high)
/*[clinic end generated code: output=735e94bfc30103c7 input=9971a16127f65c7b]*/
{
    return value < low ? low : value > high ? high : value;
}

/*[clinic input]
eggs.repeat

    text: unicode
    times: Py_ssize_t = 2

Return text repeated times times.
[clinic start generated code]*/

static PyObject *
eggs_repeat_impl(PyObject *module, PyObject *text, Py_ssize_t times)
/*[clinic end generated code: output=58d236612f362255 input=bb75b00be193f254]*/
{
    return PySequence_Repeat(text, times);
}

static PyMethodDef eggs_methods[] = {
    EGGS_CLAMP_METHODDEF
    EGGS_REPEAT_METHODDEF
    {NULL, NULL, 0, NULL}
};

static PyModuleDef_Slot eggs_slots[] = {
#ifdef Py_mod_multiple_interpreters
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
#endif
    {0, NULL}
};

static struct PyModuleDef eggs_module = {
    PyModuleDef_HEAD_INIT, "eggs", "argclinic's meson-python sample.", 0, eggs_methods, eggs_slots,
    NULL, NULL, NULL
};

PyMODINIT_FUNC
PyInit_eggs(void)
{
    return PyModuleDef_Init(&eggs_module);
}
