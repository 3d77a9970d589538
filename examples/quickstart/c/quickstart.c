/* quickstart: a complete extension module whose argument parsing argclinic generates.
   `argclinic generate quickstart.c` writes clinic/quickstart.c.h and the impl signatures below. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    long long total;
} AccumulatorObject;

/*[clinic input]
module quickstart
class quickstart.Accumulator "AccumulatorObject *" "NULL"
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=f0679cb02945cca2]*/

/* The glue: a <NAME>_METHODDEF per function, its docstring, and the wrapper that parses the
   arguments and calls the <name>_impl function written here. */
#include "clinic/quickstart.c.h"

/*[clinic input]
quickstart.scale -> double

    x: double
    /
    factor: double = 2.0
    *
    offset: double = 0.0

Return x * factor + offset.
[clinic start generated code]*/

static double
quickstart_scale_impl(PyObject *module, double x, double factor,
                      double offset)
/*[clinic end generated code: output=82e25747ba098c6b input=437b9f3359019467]*/
{
    (void)module;
    return x * factor + offset;
}

/*[clinic input]
quickstart.checksum

    data: Py_buffer
    /
    salt: Py_buffer = None

Return the sum of the bytes of data, plus those of salt when it is given.
[clinic start generated code]*/

static PyObject *
quickstart_checksum_impl(PyObject *module, Py_buffer *data, Py_buffer *salt)
/*[clinic end generated code: output=5b09a9683cd9a638 input=12a709ad9d9e71e0]*/
{
    (void)module;
    unsigned long sum = 0;
    for (Py_ssize_t i = 0; i < data->len; i++) {
        sum += ((const unsigned char *)data->buf)[i];
    }
    /* An omitted buffer is all zeros: salt->obj is NULL. The glue releases given buffers. */
    if (salt->obj != NULL) {
        for (Py_ssize_t i = 0; i < salt->len; i++) {
            sum += ((const unsigned char *)salt->buf)[i];
        }
    }
    return PyLong_FromUnsignedLong(sum);
}

/*[clinic input]
@critical_section
quickstart.Accumulator.add

    value: long_long
    /

Add value to the total and return the new total.
[clinic start generated code]*/

static PyObject *
quickstart_Accumulator_add_impl(AccumulatorObject *self, long long value)
/*[clinic end generated code: output=77727c59270d4b76 input=1f5d1f10f2fa56cb]*/
{
    /* @critical_section: on a free-threaded build, the glue holds self's lock here. */
    self->total += value;
    return PyLong_FromLongLong(self->total);
}

static PyMethodDef accumulator_methods[] = {
    QUICKSTART_ACCUMULATOR_ADD_METHODDEF
    {NULL, NULL, 0, NULL}
};

static PyType_Slot accumulator_slots[] = {
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_methods, accumulator_methods},
    {Py_tp_doc, (void *)"Keeps a running total."},
    {0, NULL}
};

static PyType_Spec accumulator_spec = {
    "quickstart.Accumulator", sizeof(AccumulatorObject), 0, Py_TPFLAGS_DEFAULT, accumulator_slots
};

static PyMethodDef quickstart_methods[] = {
    QUICKSTART_SCALE_METHODDEF
    QUICKSTART_CHECKSUM_METHODDEF
    {NULL, NULL, 0, NULL}
};

static int
quickstart_exec(PyObject *module)
{
    /* A heap type per module object: each (sub)interpreter gets its own. */
    PyObject *type = PyType_FromModuleAndSpec(module, &accumulator_spec, NULL);
    if (type == NULL) {
        return -1;
    }
    int rc = PyModule_AddType(module, (PyTypeObject *)type);
    Py_DECREF(type);
    return rc;
}

static PyModuleDef_Slot quickstart_slots[] = {
    {Py_mod_exec, quickstart_exec},
    /* Nothing is shared between interpreters and nothing relies on the GIL (the glue neither). */
#if defined(Py_mod_multiple_interpreters)
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
#endif
#if defined(Py_mod_gil)
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL}
};

static struct PyModuleDef quickstart_module = {
    PyModuleDef_HEAD_INIT, "quickstart", "argclinic's quick start.", 0,
    quickstart_methods, quickstart_slots, NULL, NULL, NULL
};

PyMODINIT_FUNC
PyInit_quickstart(void)
{
    return PyModuleDef_Init(&quickstart_module);
}
