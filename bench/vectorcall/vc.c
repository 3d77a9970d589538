/* @vectorcall (gh-87613) against the tuple-and-dict slots: two types with the same __init__
 * declaration, Fast with @vectorcall (tp_vectorcall set), Slow without. Built by ./run, which
 * checks that both behave the same from Python and counts the instructions of a construction
 * with two keyword arguments. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    PyObject *a;
    PyObject *b;
} PairObject;

static int
pair_set(PairObject *self, PyObject *a, PyObject *b)
{
    Py_INCREF(a);
    Py_XSETREF(self->a, a);
    Py_INCREF(b);
    Py_XSETREF(self->b, b);
    return 0;
}

#include "clinic/vc.c.h"

/*[clinic input]
module vc
class vc.Fast "PairObject *" "NULL"
class vc.Slow "PairObject *" "NULL"
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=5a1a50b74e4b0990]*/

/*[clinic input]
@vectorcall
vc.Fast.__init__

    a: object
    b: object = None

A pair, constructed through vectorcall.
[clinic start generated code]*/

static int
vc_Fast___init___impl(PairObject *self, PyObject *a, PyObject *b)
/*[clinic end generated code: output=fb4621c61aa824a6 input=b65c900d77869354]*/
{
    return pair_set(self, a, b);
}

/*[clinic input]
vc.Slow.__init__

    a: object
    b: object = None

A pair, constructed through tp_new and tp_init.
[clinic start generated code]*/

static int
vc_Slow___init___impl(PairObject *self, PyObject *a, PyObject *b)
/*[clinic end generated code: output=8eb599c55b31df3a input=5c3eb981f250c17b]*/
{
    return pair_set(self, a, b);
}

static void
pair_dealloc(PairObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    Py_XDECREF(self->a);
    Py_XDECREF(self->b);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static PyObject *
pair_a(PairObject *self, void *closure)
{
    (void)closure;
    PyObject *a = self->a ? self->a : Py_None;
    Py_INCREF(a);
    return a;
}

static PyObject *
pair_b(PairObject *self, void *closure)
{
    (void)closure;
    PyObject *b = self->b ? self->b : Py_None;
    Py_INCREF(b);
    return b;
}

static PyGetSetDef pair_getset[] = {
    {"a", (getter)pair_a, NULL, NULL, NULL},
    {"b", (getter)pair_b, NULL, NULL, NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot fast_slots[] = {
    {Py_tp_init, vc_Fast___init__},
    {Py_tp_doc, (void *)vc_Fast___init____doc__},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, pair_dealloc},
    {Py_tp_getset, pair_getset},
    {0, NULL},
};

static PyType_Slot slow_slots[] = {
    {Py_tp_init, vc_Slow___init__},
    {Py_tp_doc, (void *)vc_Slow___init____doc__},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, pair_dealloc},
    {Py_tp_getset, pair_getset},
    {0, NULL},
};

static PyType_Spec fast_spec = {"vc.Fast", sizeof(PairObject), 0,
                                Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, fast_slots};
static PyType_Spec slow_spec = {"vc.Slow", sizeof(PairObject), 0,
                                Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, slow_slots};

static int
vc_exec(PyObject *module)
{
    PyObject *fast = PyType_FromSpec(&fast_spec);
    if (fast == NULL) {
        return -1;
    }
    /* the public API sets tp_vectorcall on the type object (Py_tp_vectorcall is 3.14's) */
    ((PyTypeObject *)fast)->tp_vectorcall = vc_Fast_vectorcall;
    if (PyModule_AddObject(module, "Fast", fast) < 0) {
        Py_DECREF(fast);
        return -1;
    }
    PyObject *slow = PyType_FromSpec(&slow_spec);
    if (slow == NULL || PyModule_AddObject(module, "Slow", slow) < 0) {
        Py_XDECREF(slow);
        return -1;
    }
    return 0;
}

static PyModuleDef_Slot vc_slots[] = {
    {Py_mod_exec, vc_exec},
    {0, NULL},
};

static struct PyModuleDef vc_module = {
    PyModuleDef_HEAD_INIT, "vc", NULL, 0, NULL, vc_slots, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_vc(void)
{
    return PyModuleDef_Init(&vc_module);
}
