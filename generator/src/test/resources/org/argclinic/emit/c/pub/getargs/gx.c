/* Functions CPython 3.13's clinic parses with getargs, for GetargsParityTest: the test builds
   this module with CPython's own clinic and with argclinic's public and limited targets (MODNAME
   is replaced by each build's module name) and compares calls. */
#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include "clinic/gx.c.h"

/*[clinic input]
module gx
class gx.Box "PyObject *" "NULL"
[clinic start generated code]*/

/*[clinic input]
gx.kwo
    x: str(accept={str, robuffer}, zeroes=True)
    *
    y: int
[clinic start generated code]*/
{
    (void)module;
    return Py_BuildValue("(y#i)", x, x_length, y);
}

/*[clinic input]
gx.opt
    a: int
    x: str(accept={str, robuffer, NoneType}, zeroes=True) = None
    y: int = 0
    *
    z: int = 0
[clinic start generated code]*/
{
    (void)module;
    return Py_BuildValue("(iz#ii)", a, x, x_length, y, z);
}

/*[clinic input]
gx.pk
    a: str(accept={str, robuffer}, zeroes=True)
    /
    b: int = 0
    *
    c: int = 5
[clinic start generated code]*/
{
    (void)module;
    return Py_BuildValue("(y#ii)", a, a_length, b, c);
}

/*[clinic input]
gx.po
    a: str(accept={robuffer}, zeroes=True)
    b: int = 0
    /
[clinic start generated code]*/
{
    (void)module;
    return Py_BuildValue("(y#i)", a, a_length, b);
}

/*[clinic input]
gx.enc
    a: str(encoding='utf-8')
    b: unsigned_short = 0
    c: size_t = 0
[clinic start generated code]*/
{
    (void)module;
    return Py_BuildValue("(yin)", a, (int)b, (Py_ssize_t)c);
}

/*[clinic input]
gx.grp
    [
    u: unsigned_int
    ]
    s: str(accept={robuffer}, zeroes=True)
    /
[clinic start generated code]*/
{
    (void)module;
    return Py_BuildValue("(iIy#)", group_left_1, u, s, s_length);
}

/*[clinic input]
gx.Box.meth
    cls: defining_class
    a: str(accept={robuffer}, zeroes=True)
    b: int = 0
    *
    c: int = 0
[clinic start generated code]*/
{
    (void)self;
    (void)cls;
    return Py_BuildValue("(y#ii)", a, a_length, b, c);
}

static PyMethodDef box_methods[] = {
    GX_BOX_METH_METHODDEF
    {NULL, NULL, 0, NULL}
};

static PyType_Slot box_slots[] = {
    {Py_tp_methods, box_methods},
    {0, NULL}
};

static PyType_Spec box_spec = {"MODNAME.Box", 0, 0, Py_TPFLAGS_DEFAULT, box_slots};

static PyMethodDef gx_methods[] = {
    GX_KWO_METHODDEF GX_OPT_METHODDEF GX_PK_METHODDEF GX_PO_METHODDEF GX_ENC_METHODDEF
    GX_GRP_METHODDEF
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef gx_module = {
    PyModuleDef_HEAD_INIT, "MODNAME", NULL, 0, gx_methods, NULL, NULL, NULL, NULL
};

PyMODINIT_FUNC
PyInit_MODNAME(void)
{
    PyObject *box;
    PyObject *m = PyModule_Create(&gx_module);
    if (m == NULL) {
        return NULL;
    }
    box = PyType_FromModuleAndSpec(m, &box_spec, NULL);
    if (box == NULL || PyObject_SetAttrString(m, "Box", box) < 0) {
        Py_XDECREF(box);
        Py_DECREF(m);
        return NULL;
    }
    Py_DECREF(box);
    return m;
}
