#!/usr/bin/env python3
"""Writes the source of `convmod`, the reliability suite's module of every converter family.

    convmod.py OUT_DIR [--limited]

One function per converter and shape, each impl returning what it was given, so the same calls
can be compared across three builds of one declaration set: argclinic's public glue, argclinic's
limited glue (--limited: the functions the limited API cannot express are left out) and CPython
3.13's own clinic output (the reference). Per converter:
  o_NAME(x, /)                      required, positional-only (METH_O)
  k_NAME(a=0, x=D, *, y=D)          optional, by position and keyword (where a default exists)
  c_NAME(b: Py_buffer, x, i=0)      x parsed after a buffer was acquired, then an int: the error
                                    paths must release what the earlier parameters hold
  d_NAME(e: str(encoding=...), x, i=0)   the same after an allocated string (getargs path)
plus r_NAME(x, /) -> RET for every return converter and the calling-convention shapes of the
echo module (groups, *args, keyword-only, deprecations, a class), taken from
examples/echo/declarations.py.

Nothing here is committed as generated code: the suite writes the source into its target folder
and generates each build's glue from it, so every run tests the current generator.
"""
import argparse
import os
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "examples" / "echo"))
import declarations as echo  # noqa: E402  (examples/echo/declarations.py)

LONG = "PyLong_FromLongLong((long long){x})"
ULONG = "PyLong_FromUnsignedLongLong((unsigned long long){x})"
OBJ = "opt_obj({x})"
BYTES_Z = "opt_bytes({x})"
# A length read even when the argument was omitted: every variable the impl can read must be
# initialised (the reference build, CPython's clinic, leaves it unset, so it reads 0 instead).
BYTES_LEN = "steal_tuple(2, opt_bytes_len({x}, {x}_length), PyLong_FromSsize_t(LEN({x}, {x}_length)))"

# name, DSL converter, default for the optional variant (None: required only), C expression
# turning parameter {x} into a new reference, whether the limited API (3.13) can express it.
CONVERTERS = [
    ("uchar", "unsigned_char", "3", LONG, True),
    ("uchar_bw", "unsigned_char(bitwise=True)", "3", LONG, True),
    ("byte", "byte", "3", LONG, True),
    ("short", "short", "3", LONG, True),
    ("ushort", "unsigned_short", "3", ULONG, True),
    ("ushort_bw", "unsigned_short(bitwise=True)", "3", ULONG, True),
    ("int", "int", "3", LONG, True),
    ("uint", "unsigned_int", "3", ULONG, True),
    ("uint_bw", "unsigned_int(bitwise=True)", "3", ULONG, True),
    ("long", "long", "-3", LONG, True),
    ("ulong", "unsigned_long", "3", ULONG, True),
    ("ulong_bw", "unsigned_long(bitwise=True)", "3", ULONG, True),
    ("longlong", "long_long", "3", LONG, True),
    ("ulonglong", "unsigned_long_long", "3", ULONG, True),
    ("ulonglong_bw", "unsigned_long_long(bitwise=True)", "3", ULONG, True),
    ("ssize", "Py_ssize_t", "-1", LONG, True),
    ("ssize_none", "Py_ssize_t(c_default='-5', accept={int, NoneType})", "None", LONG, True),
    ("slice", "slice_index(c_default='7')", "None", LONG, True),
    ("slice_int", "slice_index(accept={int})", "0", LONG, True),
    ("size", "size_t", "3", ULONG, True),
    ("char", "char", "b'x'", "PyBytes_FromStringAndSize(&{x}, 1)", True),
    ("unichar", "int(accept={str})", None, LONG, True),
    ("fildes", "fildes", None, LONG, True),
    ("bool", "bool", "True", "PyBool_FromLong({x})", True),
    ("bool_int", "bool(accept={int})", "False", "PyBool_FromLong({x})", True),
    ("float", "float", "1.5", "PyFloat_FromDouble((double){x})", True),
    ("double", "double", "-2.25", "PyFloat_FromDouble({x})", True),
    ("complex", "Py_complex", None, "PyComplex_FromDoubles({x}.real, {x}.imag)", False),
    ("str", "str", "'dflt'", "opt_bytes({x})", True),
    ("str_none", "str(accept={str, NoneType})", "None", BYTES_Z, True),
    ("s_hash", "str(accept={str, robuffer}, zeroes=True)", "NULL", BYTES_LEN, True),
    ("z_hash", "str(accept={str, robuffer, NoneType}, zeroes=True)", "None", BYTES_LEN, True),
    ("y_hash", "str(accept={robuffer}, zeroes=True)", "NULL", BYTES_LEN, True),
    ("y", "str(accept={robuffer})", "NULL", BYTES_Z, True),
    ("es", "str(encoding='latin-1')", "None", BYTES_Z, True),
    ("es_hash", "str(encoding='latin-1', zeroes=True)", "None", BYTES_LEN, True),
    ("et", "str(encoding='utf-8', accept={bytes, bytearray, str})", "None", BYTES_Z, True),
    ("et_hash", "str(encoding='utf-8', accept={bytes, bytearray, str}, zeroes=True)", "None",
     BYTES_LEN, True),
    ("wchar", "Py_UNICODE", "None", "opt_wide({x})", True),
    ("wchar_none", "Py_UNICODE(accept={str, NoneType})", "None", "opt_wide({x})", True),
    ("object", "object", "None", OBJ, True),
    ("object_null", "object", "NULL", OBJ, True),
    ("list", "object(subclass_of='&PyList_Type')", None, OBJ, True),
    ("long_obj", "object(subclass_of='&PyLong_Type')", "NULL", OBJ, True),
    ("even", "object(converter='convmod_even', type='long')", "0", LONG, True),
    ("bytes_obj", "PyBytesObject", "NULL", "opt_obj((PyObject *){x})", False),
    ("bytearray_obj", "PyByteArrayObject", "NULL", "opt_obj((PyObject *){x})", False),
    ("unicode", "unicode", "NULL", OBJ, True),
    ("buffer", "Py_buffer", "None", "buf_to_py({x})", True),
    ("buffer_str", "Py_buffer(accept={str, buffer})", "None", "buf_to_py({x})", True),
    ("buffer_strnone", "Py_buffer(accept={str, buffer, NoneType})", "None", "buf_to_py({x})", True),
    ("buffer_rw", "Py_buffer(accept={rwbuffer})", "None", "buf_to_py({x})", True),
]

# name, return converter, C type of the impl's result
RETURNS = [("int", "int"), ("long", "long"), ("ssize", "Py_ssize_t"), ("size", "size_t"),
           ("uint", "unsigned_int"), ("ulong", "unsigned_long"), ("double", "double"),
           ("float", "float"), ("bool", "bool")]

HEADER = r'''/* convmod: every converter family, each impl returning what it got. Written by
   reliability/convmod.py into the suite's target folder; its glue is generated per build. */
#define PY_SSIZE_T_CLEAN
#include "Python.h"
#include <string.h>
#include <wchar.h>

/* A tuple that steals its items; NULL (with the error kept) if any item is NULL. */
static PyObject *
steal_tuple(int n, ...)
{
    va_list va;
    PyObject *items[16];
    int failed = 0;
    va_start(va, n);
    for (int i = 0; i < n; i++) {
        items[i] = va_arg(va, PyObject *);
        failed |= items[i] == NULL;
    }
    va_end(va);
    PyObject *t = failed ? NULL : PyTuple_New(n);
    for (int i = 0; i < n; i++) {
        if (t != NULL) {
            PyTuple_SetItem(t, i, items[i]);
        }
        else {
            Py_XDECREF(items[i]);
        }
    }
    return t;
}

static PyObject *
opt_obj(PyObject *o)
{
    return o == NULL ? PyUnicode_FromString("<NULL>") : Py_NewRef(o);
}

static PyObject *
opt_bytes(const char *s)
{
    return s == NULL ? Py_NewRef(Py_None) : PyBytes_FromString(s);
}

static PyObject *
opt_bytes_len(const char *s, Py_ssize_t n)
{
    return s == NULL ? Py_NewRef(Py_None) : PyBytes_FromStringAndSize(s, n);
}

static PyObject *
opt_wide(const wchar_t *s)
{
    return s == NULL ? Py_NewRef(Py_None) : PyUnicode_FromWideChar(s, (Py_ssize_t)wcslen(s));
}

#if defined(CONVMOD_REFERENCE)
/* CPython's clinic leaves the length of an omitted argument unset: read it only when given. */
#define LEN(s, n) ((s) == NULL ? 0 : (n))
/* The wide-string converters its getargs path names are not exported by the interpreter. */
#define _PyUnicode_WideCharString_Converter ref_wide_converter
#define _PyUnicode_WideCharString_Opt_Converter ref_wide_opt_converter
static int
ref_wide_convert(PyObject *obj, void *ptr, const char *expected)
{
    wchar_t **out = (wchar_t **)ptr;
    if (obj == NULL) {  /* cleanup call */
        PyMem_Free(*out);
        *out = NULL;
        return 1;
    }
    if (!PyUnicode_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "argument must be %s, not %.50s", expected, Py_TYPE(obj)->tp_name);
        return 0;
    }
    *out = PyUnicode_AsWideCharString(obj, NULL);
    return *out == NULL ? 0 : Py_CLEANUP_SUPPORTED;
}
static int
ref_wide_converter(PyObject *obj, void *ptr)
{
    return ref_wide_convert(obj, ptr, "str");
}
static int
ref_wide_opt_converter(PyObject *obj, void *ptr)
{
    if (obj == Py_None) {
        *(wchar_t **)ptr = NULL;
        return 1;
    }
    return ref_wide_convert(obj, ptr, "str or None");
}
#else
#define LEN(s, n) (n)
#endif

static PyObject *
buf_to_py(Py_buffer *b)
{
    if (b->obj == NULL) {
        return Py_NewRef(Py_None);
    }
    return PyBytes_FromStringAndSize(b->buf, b->len);
}

/* object(converter=...): accepts even ints only. */
static int
convmod_even(PyObject *o, void *out)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) {
        return 0;
    }
    if (v % 2) {
        PyErr_SetString(PyExc_ValueError, "odd");
        return 0;
    }
    *(long *)out = v;
    return 1;
}

typedef struct {
    PyObject_HEAD
    PyObject *new_data;
    PyObject *init_data;
} ThingObject;

static PyTypeObject *thing_type;

#include "clinic/convmod.c.h"

/* The glue above is compiled with every warning; impls below may ignore their module. */
#pragma GCC diagnostic ignored "-Wunused-parameter"

/*[clinic input]
module convmod
[clinic start generated code]*/
'''

# A class with every method kind; limited-API code (3.11+) so all three builds share it.
CLASS = r'''
/*[clinic input]
class convmod.Thing "ThingObject *" "thing_type"
[clinic start generated code]*/

/*[clinic input]
@classmethod
convmod.Thing.__new__

    a: int
    b: object = None

Make a thing.
[clinic start generated code]*/
{
    ThingObject *self = (ThingObject *)PyType_GenericAlloc(type, 0);
    if (self == NULL) {
        return NULL;
    }
    self->new_data = steal_tuple(2, PyLong_FromLong(a), Py_NewRef(b));
    self->init_data = Py_NewRef(Py_None);
    if (self->new_data == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

/*[clinic input]
convmod.Thing.__init__

    x: int = 0
    /

[clinic start generated code]*/
{
    PyObject *data = steal_tuple(1, PyLong_FromLong(x));
    if (data == NULL) {
        return -1;
    }
    Py_XDECREF(self->init_data);
    self->init_data = data;
    return 0;
}

/*[clinic input]
convmod.Thing.meth

    a: int
    *
    b: str = 'q'

A method.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromLong(a), PyUnicode_FromString(b));
}

/*[clinic input]
@classmethod
convmod.Thing.cmeth

    a: int
    /

A class method.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong(a));
}

/*[clinic input]
@staticmethod
convmod.Thing.smeth

    a: int = 1

A static method.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong(a));
}

/*[clinic input]
@getter
convmod.Thing.new_data

What __new__ got.
[clinic start generated code]*/
{
    return Py_NewRef(self->new_data);
}

/*[clinic input]
@getter
convmod.Thing.init_data

What __init__ got.
[clinic start generated code]*/
{
    return Py_NewRef(self->init_data);
}

/*[clinic input]
@setter
convmod.Thing.init_data
[clinic start generated code]*/
{
    if (value == NULL) {
        PyErr_SetString(PyExc_AttributeError, "cannot delete init_data");
        return -1;
    }
    PyObject *old = self->init_data;
    self->init_data = Py_NewRef(value);
    Py_XDECREF(old);
    return 0;
}

/*[clinic input]
convmod.Thing.defcls

    cls: defining_class
    /
    a: int = 0

A METH_METHOD method.
[clinic start generated code]*/
{
    return steal_tuple(2, PyType_GetName(cls), PyLong_FromLong(a));
}

static void
thing_dealloc(PyObject *op)
{
    ThingObject *self = (ThingObject *)op;
    Py_XDECREF(self->new_data);
    Py_XDECREF(self->init_data);
    PyTypeObject *tp = Py_TYPE(op);
    freefunc free_ = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    free_(op);
    Py_DECREF(tp);
}

static PyMethodDef thing_methods[] = {
    CONVMOD_THING_METH_METHODDEF
    CONVMOD_THING_CMETH_METHODDEF
    CONVMOD_THING_SMETH_METHODDEF
    CONVMOD_THING_DEFCLS_METHODDEF
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef thing_getset[] = {
    CONVMOD_THING_NEW_DATA_GETSETDEF
    CONVMOD_THING_INIT_DATA_GETSETDEF
    {NULL, NULL, NULL, NULL, NULL}
};

static PyType_Slot thing_slots[] = {
    {Py_tp_new, convmod_Thing},
    {Py_tp_init, convmod_Thing___init__},
    {Py_tp_dealloc, thing_dealloc},
    {Py_tp_doc, (void *)convmod_Thing__doc__},
    {Py_tp_methods, thing_methods},
    {Py_tp_getset, thing_getset},
    {0, NULL}
};

static PyType_Spec thing_spec = {
    "convmod.Thing", sizeof(ThingObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, thing_slots,
};
'''

MODULE_TAIL = r'''
static PyMethodDef convmod_methods[] = {
%s    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef convmod_module = {
    PyModuleDef_HEAD_INIT, "convmod", NULL, 0, convmod_methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_convmod(void)
{
    PyObject *m = PyModule_Create(&convmod_module);
    if (m == NULL) {
        return NULL;
    }
    thing_type = (PyTypeObject *)PyType_FromSpec(&thing_spec);
    if (thing_type == NULL || PyModule_AddObjectRef(m, "Thing", (PyObject *)thing_type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
'''


def functions(limited):
    """(name, DSL, C body) of every function of the build."""
    out = []
    for name, dsl, params in echo.blocks():
        if name in echo.C_GENERIC:
            out.append((name, dsl.replace("echo.", "convmod.", 1), echo.c_impl(name, params)))
    for name, conv, default, to_py, in_limited in CONVERTERS:
        if limited and not in_limited:
            continue
        x = to_py.format(x="x")
        out.append((f"o_{name}", f"convmod.o_{name}\n\n    x: {conv}\n    /\n\nOne {name}.",
                    f"    return steal_tuple(1, {x});"))
        if default is not None:
            out.append((f"k_{name}",
                        f"convmod.k_{name}\n\n    a: int = 0\n    x: {conv} = {default}\n    *\n"
                        f"    y: {conv} = {default}\n\nOptional {name}.",
                        f"    return steal_tuple(3, PyLong_FromLong(a), {x}, {to_py.format(x='y')});"))
        out.append((f"c_{name}",
                    f"convmod.c_{name}\n\n    b: Py_buffer\n    x: {conv}\n    i: int = 0\n\n"
                    f"{name} after a buffer.",
                    f"    return steal_tuple(3, buf_to_py(b), {x}, PyLong_FromLong(i));"))
        out.append((f"d_{name}",
                    f"convmod.d_{name}\n\n    e: str(encoding='utf-8')\n    x: {conv}\n    i: int = 0\n\n"
                    f"{name} after an encoded string.",
                    f"    return steal_tuple(3, opt_bytes(e), {x}, PyLong_FromLong(i));"))
    for name, conv in RETURNS:
        out.append((f"r_{name}", f"convmod.r_{name} -> {conv}\n\n    x: int\n    /\n\n"
                    f"Returns {name}; -7 raises ValueError.",
                    "    if (x == -7) {\n        PyErr_SetString(PyExc_ValueError, \"seven\");\n"
                    "        return -1;\n    }\n    return x;"))
    return out


def source(limited):
    parts = [HEADER]
    fns = functions(limited)
    for _name, dsl, body in fns:
        parts.append("\n/*[clinic input]\n%s\n[clinic start generated code]*/\n{\n%s\n}\n" % (dsl, body))
    parts.append(CLASS)
    parts.append(MODULE_TAIL % "".join("    CONVMOD_%s_METHODDEF\n" % n.upper() for n, _d, _b in fns))
    return "".join(parts)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out")
    ap.add_argument("--limited", action="store_true")
    ns = ap.parse_args()
    os.makedirs(ns.out, exist_ok=True)
    pathlib.Path(ns.out, "convmod.c").write_text(source(ns.limited))


if __name__ == "__main__":
    main()
