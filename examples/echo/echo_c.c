/* The echo module, C glue. Generated from declarations.py; the clinic output is not committed. */
#define PY_SSIZE_T_CLEAN
#include "Python.h"

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
            PyTuple_SET_ITEM(t, i, items[i]);
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
opt_str(const char *s)
{
    return s == NULL ? Py_NewRef(Py_None) : PyUnicode_FromString(s);
}

static PyObject *
buf_to_py(Py_buffer *b)
{
    if (b->obj == NULL) {
        return Py_NewRef(Py_None);
    }
    return PyBytes_FromStringAndSize(b->buf, b->len);
}

typedef struct {
    PyObject_HEAD
    PyObject *new_data;
    PyObject *init_data;
} ThingObject;

static PyTypeObject *thing_type;

#include "clinic/echo_c.c.h"

/*[clinic input]
module echo
[clinic start generated code]*/

/*[clinic input]
echo.noargs

No arguments.
[clinic start generated code]*/
{
    return steal_tuple(0);
}

/*[clinic input]
echo.mixed

    a: int
    /
    b: object
    *
    d: str
    c: double = 0.5
    e: bool = False

Positional-only, keyword, keyword-only required.
[clinic start generated code]*/
{
    return steal_tuple(5, PyLong_FromLong((long)a), Py_NewRef(b), PyUnicode_FromString(d), PyFloat_FromDouble(c), PyBool_FromLong(e));
}

/*[clinic input]
echo.posonly

    a: int
    b: long = 7
    c: object = None
    /

Positional-only with defaults.
[clinic start generated code]*/
{
    return steal_tuple(3, PyLong_FromLong((long)a), PyLong_FromLong(b), Py_NewRef(c));
}

/*[clinic input]
echo.kwonly

    *
    alpha: int
    beta: int = 2
    gamma: object = NULL

Keyword-only.
[clinic start generated code]*/
{
    return steal_tuple(3, PyLong_FromLong((long)alpha), PyLong_FromLong((long)beta), opt_obj(gamma));
}

/*[clinic input]
echo.many

    first: int
    second: int
    third: int = 3
    fourth: int = 4

Four with two optional.
[clinic start generated code]*/
{
    return steal_tuple(4, PyLong_FromLong((long)first), PyLong_FromLong((long)second), PyLong_FromLong((long)third), PyLong_FromLong((long)fourth));
}

/*[clinic input]
echo.documented

    value: object
        The value to echo.
    /
    repeat: int = 1
        How many times.

Echo with parameter docs.

More text after the summary.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(value), PyLong_FromLong((long)repeat));
}

/*[clinic input]
echo.depr_pos

    a: int
    * [from 3.14]
    b: int = 2
    c: int = 3

Deprecated positional use.
[clinic start generated code]*/
{
    return steal_tuple(3, PyLong_FromLong((long)a), PyLong_FromLong((long)b), PyLong_FromLong((long)c));
}

/*[clinic input]
echo.depr_kw

    a: int
    b: int = 2
    / [from 3.14]
    c: int = 3

Deprecated keyword use.
[clinic start generated code]*/
{
    return steal_tuple(3, PyLong_FromLong((long)a), PyLong_FromLong((long)b), PyLong_FromLong((long)c));
}

/*[clinic input]
echo.groups

    [
    y: int
    x: int
    ]
    ch: object
    [
    attr: long
    flag: bool
    ]
    /

Optional groups left and right.
[clinic start generated code]*/
{
    return steal_tuple(7, PyBool_FromLong(group_left_1), PyLong_FromLong((long)y), PyLong_FromLong((long)x), Py_NewRef(ch), PyBool_FromLong(group_right_1), PyLong_FromLong(attr), PyBool_FromLong(flag));
}

/*[clinic input]
echo.star

    a: int
    /
    *rest: object

Positional with *args.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromLong((long)a), Py_NewRef(rest));
}

/*[clinic input]
echo.star_kw

    a: int
    *rest: object
    b: int = 7

*args between keywords.
[clinic start generated code]*/
{
    return steal_tuple(3, PyLong_FromLong((long)a), Py_NewRef(rest), PyLong_FromLong((long)b));
}

/*[clinic input]
echo.star_kwreq

    *args: object
    key: str
    flag: bool = False

*args then a required keyword.
[clinic start generated code]*/
{
    return steal_tuple(3, Py_NewRef(args), PyUnicode_FromString(key), PyBool_FromLong(flag));
}

/*[clinic input]
echo.o_s_hash

    x: str(accept={str, robuffer}, zeroes=True)
    /

One s_hash.
[clinic start generated code]*/
{
    return steal_tuple(1, PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.p_s_hash

    a: object
    x: str(accept={str, robuffer}, zeroes=True)
    /

Positional s_hash.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.k_s_hash

    x: str(accept={str, robuffer}, zeroes=True)

Keyword s_hash.
[clinic start generated code]*/
{
    return steal_tuple(1, PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.o_z_hash

    x: str(accept={str, robuffer, NoneType}, zeroes=True)
    /

One z_hash.
[clinic start generated code]*/
{
    return steal_tuple(1, x ? PyBytes_FromStringAndSize(x, x_length) : Py_NewRef(Py_None));
}

/*[clinic input]
echo.p_z_hash

    a: object
    x: str(accept={str, robuffer, NoneType}, zeroes=True)
    /

Positional z_hash.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), x ? PyBytes_FromStringAndSize(x, x_length) : Py_NewRef(Py_None));
}

/*[clinic input]
echo.k_z_hash

    x: str(accept={str, robuffer, NoneType}, zeroes=True)

Keyword z_hash.
[clinic start generated code]*/
{
    return steal_tuple(1, x ? PyBytes_FromStringAndSize(x, x_length) : Py_NewRef(Py_None));
}

/*[clinic input]
echo.o_y_hash

    x: str(accept={robuffer}, zeroes=True)
    /

One y_hash.
[clinic start generated code]*/
{
    return steal_tuple(1, PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.p_y_hash

    a: object
    x: str(accept={robuffer}, zeroes=True)
    /

Positional y_hash.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.k_y_hash

    x: str(accept={robuffer}, zeroes=True)

Keyword y_hash.
[clinic start generated code]*/
{
    return steal_tuple(1, PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.o_y_nonul

    x: str(accept={robuffer})
    /

One y_nonul.
[clinic start generated code]*/
{
    return steal_tuple(1, PyBytes_FromString(x));
}

/*[clinic input]
echo.p_y_nonul

    a: object
    x: str(accept={robuffer})
    /

Positional y_nonul.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyBytes_FromString(x));
}

/*[clinic input]
echo.k_y_nonul

    x: str(accept={robuffer})

Keyword y_nonul.
[clinic start generated code]*/
{
    return steal_tuple(1, PyBytes_FromString(x));
}

/*[clinic input]
echo.o_s_hash_legacy

    x: 's#'
    /

One s_hash_legacy.
[clinic start generated code]*/
{
    return steal_tuple(1, PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.p_s_hash_legacy

    a: object
    x: 's#'
    /

Positional s_hash_legacy.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.k_s_hash_legacy

    x: 's#'

Keyword s_hash_legacy.
[clinic start generated code]*/
{
    return steal_tuple(1, PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.star_only

    *objs: object

Only *args.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef(objs));
}

/*[clinic input]
echo.o_short

    x: short
    /

One short.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong((long)x));
}

/*[clinic input]
echo.p_short

    a: object
    x: short
    /

Positional short.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromLong((long)x));
}

/*[clinic input]
echo.k_short

    x: short = 3
    *
    y: short = 3

Keyword short.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromLong((long)x), PyLong_FromLong((long)y));
}

/*[clinic input]
echo.o_ushort

    x: unsigned_short
    /

One ushort.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromUnsignedLong((unsigned long)x));
}

/*[clinic input]
echo.p_ushort

    a: object
    x: unsigned_short
    /

Positional ushort.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromUnsignedLong((unsigned long)x));
}

/*[clinic input]
echo.k_ushort

    x: unsigned_short = 3
    *
    y: unsigned_short = 3

Keyword ushort.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong((unsigned long)x), PyLong_FromUnsignedLong((unsigned long)y));
}

/*[clinic input]
echo.o_ushort_bw

    x: unsigned_short(bitwise=True)
    /

One ushort_bw.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromUnsignedLong((unsigned long)x));
}

/*[clinic input]
echo.p_ushort_bw

    a: object
    x: unsigned_short(bitwise=True)
    /

Positional ushort_bw.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromUnsignedLong((unsigned long)x));
}

/*[clinic input]
echo.k_ushort_bw

    x: unsigned_short(bitwise=True) = 3
    *
    y: unsigned_short(bitwise=True) = 3

Keyword ushort_bw.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong((unsigned long)x), PyLong_FromUnsignedLong((unsigned long)y));
}

/*[clinic input]
echo.o_int

    x: int
    /

One int.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong((long)x));
}

/*[clinic input]
echo.p_int

    a: object
    x: int
    /

Positional int.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromLong((long)x));
}

/*[clinic input]
echo.k_int

    x: int = 3
    *
    y: int = 3

Keyword int.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromLong((long)x), PyLong_FromLong((long)y));
}

/*[clinic input]
echo.o_uint

    x: unsigned_int
    /

One uint.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromUnsignedLong((unsigned long)x));
}

/*[clinic input]
echo.p_uint

    a: object
    x: unsigned_int
    /

Positional uint.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromUnsignedLong((unsigned long)x));
}

/*[clinic input]
echo.k_uint

    x: unsigned_int = 3
    *
    y: unsigned_int = 3

Keyword uint.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong((unsigned long)x), PyLong_FromUnsignedLong((unsigned long)y));
}

/*[clinic input]
echo.o_uint_bw

    x: unsigned_int(bitwise=True)
    /

One uint_bw.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromUnsignedLong((unsigned long)x));
}

/*[clinic input]
echo.p_uint_bw

    a: object
    x: unsigned_int(bitwise=True)
    /

Positional uint_bw.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromUnsignedLong((unsigned long)x));
}

/*[clinic input]
echo.k_uint_bw

    x: unsigned_int(bitwise=True) = 3
    *
    y: unsigned_int(bitwise=True) = 3

Keyword uint_bw.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong((unsigned long)x), PyLong_FromUnsignedLong((unsigned long)y));
}

/*[clinic input]
echo.o_long

    x: long
    /

One long.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong(x));
}

/*[clinic input]
echo.p_long

    a: object
    x: long
    /

Positional long.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromLong(x));
}

/*[clinic input]
echo.k_long

    x: long = -3
    *
    y: long = -3

Keyword long.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromLong(x), PyLong_FromLong(y));
}

/*[clinic input]
echo.o_ulong

    x: unsigned_long
    /

One ulong.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromUnsignedLong(x));
}

/*[clinic input]
echo.p_ulong

    a: object
    x: unsigned_long
    /

Positional ulong.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromUnsignedLong(x));
}

/*[clinic input]
echo.k_ulong

    x: unsigned_long = 3
    *
    y: unsigned_long = 3

Keyword ulong.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong(x), PyLong_FromUnsignedLong(y));
}

/*[clinic input]
echo.o_ulong_bw

    x: unsigned_long(bitwise=True)
    /

One ulong_bw.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromUnsignedLong(x));
}

/*[clinic input]
echo.p_ulong_bw

    a: object
    x: unsigned_long(bitwise=True)
    /

Positional ulong_bw.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromUnsignedLong(x));
}

/*[clinic input]
echo.k_ulong_bw

    x: unsigned_long(bitwise=True) = 3
    *
    y: unsigned_long(bitwise=True) = 3

Keyword ulong_bw.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong(x), PyLong_FromUnsignedLong(y));
}

/*[clinic input]
echo.o_longlong

    x: long_long
    /

One longlong.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLongLong(x));
}

/*[clinic input]
echo.p_longlong

    a: object
    x: long_long
    /

Positional longlong.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromLongLong(x));
}

/*[clinic input]
echo.k_longlong

    x: long_long = 3
    *
    y: long_long = 3

Keyword longlong.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromLongLong(x), PyLong_FromLongLong(y));
}

/*[clinic input]
echo.o_ulonglong

    x: unsigned_long_long
    /

One ulonglong.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromUnsignedLongLong(x));
}

/*[clinic input]
echo.p_ulonglong

    a: object
    x: unsigned_long_long
    /

Positional ulonglong.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromUnsignedLongLong(x));
}

/*[clinic input]
echo.k_ulonglong

    x: unsigned_long_long = 3
    *
    y: unsigned_long_long = 3

Keyword ulonglong.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLongLong(x), PyLong_FromUnsignedLongLong(y));
}

/*[clinic input]
echo.o_ulonglong_bw

    x: unsigned_long_long(bitwise=True)
    /

One ulonglong_bw.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromUnsignedLongLong(x));
}

/*[clinic input]
echo.p_ulonglong_bw

    a: object
    x: unsigned_long_long(bitwise=True)
    /

Positional ulonglong_bw.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromUnsignedLongLong(x));
}

/*[clinic input]
echo.k_ulonglong_bw

    x: unsigned_long_long(bitwise=True) = 3
    *
    y: unsigned_long_long(bitwise=True) = 3

Keyword ulonglong_bw.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLongLong(x), PyLong_FromUnsignedLongLong(y));
}

/*[clinic input]
echo.o_ssize

    x: Py_ssize_t
    /

One ssize.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromSsize_t(x));
}

/*[clinic input]
echo.p_ssize

    a: object
    x: Py_ssize_t
    /

Positional ssize.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromSsize_t(x));
}

/*[clinic input]
echo.k_ssize

    x: Py_ssize_t = -1
    *
    y: Py_ssize_t = -1

Keyword ssize.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromSsize_t(x), PyLong_FromSsize_t(y));
}

/*[clinic input]
echo.o_ssize_none

    x: Py_ssize_t(c_default='-5', accept={int, NoneType})
    /

One ssize_none.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromSsize_t(x));
}

/*[clinic input]
echo.p_ssize_none

    a: object
    x: Py_ssize_t(c_default='-5', accept={int, NoneType})
    /

Positional ssize_none.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromSsize_t(x));
}

/*[clinic input]
echo.k_ssize_none

    x: Py_ssize_t(c_default='-5', accept={int, NoneType}) = None
    *
    y: Py_ssize_t(c_default='-5', accept={int, NoneType}) = None

Keyword ssize_none.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromSsize_t(x), PyLong_FromSsize_t(y));
}

/*[clinic input]
echo.o_slice

    x: slice_index(c_default='7')
    /

One slice.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromSsize_t(x));
}

/*[clinic input]
echo.p_slice

    a: object
    x: slice_index(c_default='7')
    /

Positional slice.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromSsize_t(x));
}

/*[clinic input]
echo.k_slice

    x: slice_index(c_default='7') = None
    *
    y: slice_index(c_default='7') = None

Keyword slice.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromSsize_t(x), PyLong_FromSsize_t(y));
}

/*[clinic input]
echo.o_slice_int

    x: slice_index(accept={int})
    /

One slice_int.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromSsize_t(x));
}

/*[clinic input]
echo.p_slice_int

    a: object
    x: slice_index(accept={int})
    /

Positional slice_int.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromSsize_t(x));
}

/*[clinic input]
echo.k_slice_int

    x: slice_index(accept={int}) = 0
    *
    y: slice_index(accept={int}) = 0

Keyword slice_int.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromSsize_t(x), PyLong_FromSsize_t(y));
}

/*[clinic input]
echo.o_size

    x: size_t
    /

One size.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromSize_t(x));
}

/*[clinic input]
echo.p_size

    a: object
    x: size_t
    /

Positional size.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromSize_t(x));
}

/*[clinic input]
echo.k_size

    x: size_t = 3
    *
    y: size_t = 3

Keyword size.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromSize_t(x), PyLong_FromSize_t(y));
}

/*[clinic input]
echo.o_uchar

    x: unsigned_char
    /

One uchar.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong((long)x));
}

/*[clinic input]
echo.p_uchar

    a: object
    x: unsigned_char
    /

Positional uchar.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromLong((long)x));
}

/*[clinic input]
echo.k_uchar

    x: unsigned_char = 3
    *
    y: unsigned_char = 3

Keyword uchar.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromLong((long)x), PyLong_FromLong((long)y));
}

/*[clinic input]
echo.o_uchar_bw

    x: unsigned_char(bitwise=True)
    /

One uchar_bw.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong((long)x));
}

/*[clinic input]
echo.p_uchar_bw

    a: object
    x: unsigned_char(bitwise=True)
    /

Positional uchar_bw.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromLong((long)x));
}

/*[clinic input]
echo.k_uchar_bw

    x: unsigned_char(bitwise=True) = 3
    *
    y: unsigned_char(bitwise=True) = 3

Keyword uchar_bw.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromLong((long)x), PyLong_FromLong((long)y));
}

/*[clinic input]
echo.o_byte

    x: byte
    /

One byte.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong((long)x));
}

/*[clinic input]
echo.p_byte

    a: object
    x: byte
    /

Positional byte.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromLong((long)x));
}

/*[clinic input]
echo.k_byte

    x: byte = 3
    *
    y: byte = 3

Keyword byte.
[clinic start generated code]*/
{
    return steal_tuple(2, PyLong_FromLong((long)x), PyLong_FromLong((long)y));
}

/*[clinic input]
echo.o_char

    x: char
    /

One char.
[clinic start generated code]*/
{
    return steal_tuple(1, PyBytes_FromStringAndSize(&x, 1));
}

/*[clinic input]
echo.p_char

    a: object
    x: char
    /

Positional char.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyBytes_FromStringAndSize(&x, 1));
}

/*[clinic input]
echo.k_char

    x: char = b'x'
    *
    y: char = b'x'

Keyword char.
[clinic start generated code]*/
{
    return steal_tuple(2, PyBytes_FromStringAndSize(&x, 1), PyBytes_FromStringAndSize(&y, 1));
}

/*[clinic input]
echo.o_unichar

    x: int(accept={str})
    /

One unichar.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong((long)x));
}

/*[clinic input]
echo.p_unichar

    a: object
    x: int(accept={str})
    /

Positional unichar.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromLong((long)x));
}

/*[clinic input]
echo.k_unichar

    x: int(accept={str})

Keyword unichar.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong((long)x));
}

/*[clinic input]
echo.o_fildes

    x: fildes
    /

One fildes.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong((long)x));
}

/*[clinic input]
echo.p_fildes

    a: object
    x: fildes
    /

Positional fildes.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromLong((long)x));
}

/*[clinic input]
echo.k_fildes

    x: fildes

Keyword fildes.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong((long)x));
}

/*[clinic input]
echo.o_bool

    x: bool
    /

One bool.
[clinic start generated code]*/
{
    return steal_tuple(1, PyBool_FromLong(x));
}

/*[clinic input]
echo.p_bool

    a: object
    x: bool
    /

Positional bool.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyBool_FromLong(x));
}

/*[clinic input]
echo.k_bool

    x: bool = True
    *
    y: bool = True

Keyword bool.
[clinic start generated code]*/
{
    return steal_tuple(2, PyBool_FromLong(x), PyBool_FromLong(y));
}

/*[clinic input]
echo.o_bool_int

    x: bool(accept={int})
    /

One bool_int.
[clinic start generated code]*/
{
    return steal_tuple(1, PyBool_FromLong(x));
}

/*[clinic input]
echo.p_bool_int

    a: object
    x: bool(accept={int})
    /

Positional bool_int.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyBool_FromLong(x));
}

/*[clinic input]
echo.k_bool_int

    x: bool(accept={int}) = False
    *
    y: bool(accept={int}) = False

Keyword bool_int.
[clinic start generated code]*/
{
    return steal_tuple(2, PyBool_FromLong(x), PyBool_FromLong(y));
}

/*[clinic input]
echo.o_float

    x: float
    /

One float.
[clinic start generated code]*/
{
    return steal_tuple(1, PyFloat_FromDouble((double)x));
}

/*[clinic input]
echo.p_float

    a: object
    x: float
    /

Positional float.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyFloat_FromDouble((double)x));
}

/*[clinic input]
echo.k_float

    x: float = 1.5
    *
    y: float = 1.5

Keyword float.
[clinic start generated code]*/
{
    return steal_tuple(2, PyFloat_FromDouble((double)x), PyFloat_FromDouble((double)y));
}

/*[clinic input]
echo.o_double

    x: double
    /

One double.
[clinic start generated code]*/
{
    return steal_tuple(1, PyFloat_FromDouble(x));
}

/*[clinic input]
echo.p_double

    a: object
    x: double
    /

Positional double.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyFloat_FromDouble(x));
}

/*[clinic input]
echo.k_double

    x: double = -2.25
    *
    y: double = -2.25

Keyword double.
[clinic start generated code]*/
{
    return steal_tuple(2, PyFloat_FromDouble(x), PyFloat_FromDouble(y));
}

/*[clinic input]
echo.o_complex

    x: Py_complex
    /

One complex.
[clinic start generated code]*/
{
    return steal_tuple(1, PyComplex_FromCComplex(x));
}

/*[clinic input]
echo.p_complex

    a: object
    x: Py_complex
    /

Positional complex.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyComplex_FromCComplex(x));
}

/*[clinic input]
echo.k_complex

    x: Py_complex

Keyword complex.
[clinic start generated code]*/
{
    return steal_tuple(1, PyComplex_FromCComplex(x));
}

/*[clinic input]
echo.o_str

    x: str
    /

One str.
[clinic start generated code]*/
{
    return steal_tuple(1, PyUnicode_FromString(x));
}

/*[clinic input]
echo.p_str

    a: object
    x: str
    /

Positional str.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), PyUnicode_FromString(x));
}

/*[clinic input]
echo.k_str

    x: str = 'dflt'
    *
    y: str = 'dflt'

Keyword str.
[clinic start generated code]*/
{
    return steal_tuple(2, PyUnicode_FromString(x), PyUnicode_FromString(y));
}

/*[clinic input]
echo.o_str_none

    x: str(accept={str, NoneType})
    /

One str_none.
[clinic start generated code]*/
{
    return steal_tuple(1, opt_str(x));
}

/*[clinic input]
echo.p_str_none

    a: object
    x: str(accept={str, NoneType})
    /

Positional str_none.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), opt_str(x));
}

/*[clinic input]
echo.k_str_none

    x: str(accept={str, NoneType}) = None
    *
    y: str(accept={str, NoneType}) = None

Keyword str_none.
[clinic start generated code]*/
{
    return steal_tuple(2, opt_str(x), opt_str(y));
}

/*[clinic input]
echo.o_object

    x: object
    /

One object.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef(x));
}

/*[clinic input]
echo.p_object

    a: object
    x: object
    /

Positional object.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), Py_NewRef(x));
}

/*[clinic input]
echo.k_object

    x: object = None
    *
    y: object = None

Keyword object.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(x), Py_NewRef(y));
}

/*[clinic input]
echo.o_object_null

    x: object
    /

One object_null.
[clinic start generated code]*/
{
    return steal_tuple(1, opt_obj(x));
}

/*[clinic input]
echo.p_object_null

    a: object
    x: object
    /

Positional object_null.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), opt_obj(x));
}

/*[clinic input]
echo.k_object_null

    x: object = NULL
    *
    y: object = NULL

Keyword object_null.
[clinic start generated code]*/
{
    return steal_tuple(2, opt_obj(x), opt_obj(y));
}

/*[clinic input]
echo.o_list

    x: object(subclass_of='&PyList_Type')
    /

One list.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef(x));
}

/*[clinic input]
echo.p_list

    a: object
    x: object(subclass_of='&PyList_Type')
    /

Positional list.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), Py_NewRef(x));
}

/*[clinic input]
echo.k_list

    x: object(subclass_of='&PyList_Type')

Keyword list.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef(x));
}

/*[clinic input]
echo.o_long_obj

    x: object(subclass_of='&PyLong_Type')
    /

One long_obj.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef(x));
}

/*[clinic input]
echo.p_long_obj

    a: object
    x: object(subclass_of='&PyLong_Type')
    /

Positional long_obj.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), Py_NewRef(x));
}

/*[clinic input]
echo.k_long_obj

    x: object(subclass_of='&PyLong_Type')

Keyword long_obj.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef(x));
}

/*[clinic input]
echo.o_bytes_obj

    x: PyBytesObject
    /

One bytes_obj.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef((PyObject *)x));
}

/*[clinic input]
echo.p_bytes_obj

    a: object
    x: PyBytesObject
    /

Positional bytes_obj.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), Py_NewRef((PyObject *)x));
}

/*[clinic input]
echo.k_bytes_obj

    x: PyBytesObject

Keyword bytes_obj.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef((PyObject *)x));
}

/*[clinic input]
echo.o_bytearray_obj

    x: PyByteArrayObject
    /

One bytearray_obj.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef((PyObject *)x));
}

/*[clinic input]
echo.p_bytearray_obj

    a: object
    x: PyByteArrayObject
    /

Positional bytearray_obj.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), Py_NewRef((PyObject *)x));
}

/*[clinic input]
echo.k_bytearray_obj

    x: PyByteArrayObject

Keyword bytearray_obj.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef((PyObject *)x));
}

/*[clinic input]
echo.o_unicode

    x: unicode
    /

One unicode.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef(x));
}

/*[clinic input]
echo.p_unicode

    a: object
    x: unicode
    /

Positional unicode.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), Py_NewRef(x));
}

/*[clinic input]
echo.k_unicode

    x: unicode

Keyword unicode.
[clinic start generated code]*/
{
    return steal_tuple(1, Py_NewRef(x));
}

/*[clinic input]
echo.o_buffer

    x: Py_buffer
    /

One buffer.
[clinic start generated code]*/
{
    return steal_tuple(1, buf_to_py(x));
}

/*[clinic input]
echo.p_buffer

    a: object
    x: Py_buffer
    /

Positional buffer.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), buf_to_py(x));
}

/*[clinic input]
echo.k_buffer

    x: Py_buffer = None
    *
    y: Py_buffer = None

Keyword buffer.
[clinic start generated code]*/
{
    return steal_tuple(2, buf_to_py(x), buf_to_py(y));
}

/*[clinic input]
echo.o_buffer_str

    x: Py_buffer(accept={str, buffer})
    /

One buffer_str.
[clinic start generated code]*/
{
    return steal_tuple(1, buf_to_py(x));
}

/*[clinic input]
echo.p_buffer_str

    a: object
    x: Py_buffer(accept={str, buffer})
    /

Positional buffer_str.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), buf_to_py(x));
}

/*[clinic input]
echo.k_buffer_str

    x: Py_buffer(accept={str, buffer})

Keyword buffer_str.
[clinic start generated code]*/
{
    return steal_tuple(1, buf_to_py(x));
}

/*[clinic input]
echo.o_buffer_strnone

    x: Py_buffer(accept={str, buffer, NoneType})
    /

One buffer_strnone.
[clinic start generated code]*/
{
    return steal_tuple(1, buf_to_py(x));
}

/*[clinic input]
echo.p_buffer_strnone

    a: object
    x: Py_buffer(accept={str, buffer, NoneType})
    /

Positional buffer_strnone.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), buf_to_py(x));
}

/*[clinic input]
echo.k_buffer_strnone

    x: Py_buffer(accept={str, buffer, NoneType})

Keyword buffer_strnone.
[clinic start generated code]*/
{
    return steal_tuple(1, buf_to_py(x));
}

/*[clinic input]
echo.o_buffer_rw

    x: Py_buffer(accept={rwbuffer})
    /

One buffer_rw.
[clinic start generated code]*/
{
    return steal_tuple(1, buf_to_py(x));
}

/*[clinic input]
echo.p_buffer_rw

    a: object
    x: Py_buffer(accept={rwbuffer})
    /

Positional buffer_rw.
[clinic start generated code]*/
{
    return steal_tuple(2, Py_NewRef(a), buf_to_py(x));
}

/*[clinic input]
echo.k_buffer_rw

    x: Py_buffer(accept={rwbuffer})

Keyword buffer_rw.
[clinic start generated code]*/
{
    return steal_tuple(1, buf_to_py(x));
}

/*[clinic input]
echo.r_int -> int

    x: int
    /

Returns int; -7 raises ValueError.
[clinic start generated code]*/
{
    if (x == -7) {
        PyErr_SetString(PyExc_ValueError, "seven");
        return -1;
    }
    return x;
}

/*[clinic input]
echo.r_long -> long

    x: int
    /

Returns long; -7 raises ValueError.
[clinic start generated code]*/
{
    if (x == -7) {
        PyErr_SetString(PyExc_ValueError, "seven");
        return -1;
    }
    return x;
}

/*[clinic input]
echo.r_ssize -> Py_ssize_t

    x: int
    /

Returns ssize; -7 raises ValueError.
[clinic start generated code]*/
{
    if (x == -7) {
        PyErr_SetString(PyExc_ValueError, "seven");
        return -1;
    }
    return x;
}

/*[clinic input]
echo.r_size -> size_t

    x: int
    /

Returns size; -7 raises ValueError.
[clinic start generated code]*/
{
    if (x == -7) {
        PyErr_SetString(PyExc_ValueError, "seven");
        return -1;
    }
    return x;
}

/*[clinic input]
echo.r_uint -> unsigned_int

    x: int
    /

Returns uint; -7 raises ValueError.
[clinic start generated code]*/
{
    if (x == -7) {
        PyErr_SetString(PyExc_ValueError, "seven");
        return -1;
    }
    return x;
}

/*[clinic input]
echo.r_ulong -> unsigned_long

    x: int
    /

Returns ulong; -7 raises ValueError.
[clinic start generated code]*/
{
    if (x == -7) {
        PyErr_SetString(PyExc_ValueError, "seven");
        return -1;
    }
    return x;
}

/*[clinic input]
echo.r_double -> double

    x: int
    /

Returns double; -7 raises ValueError.
[clinic start generated code]*/
{
    if (x == -7) {
        PyErr_SetString(PyExc_ValueError, "seven");
        return -1;
    }
    return x;
}

/*[clinic input]
echo.r_float -> float

    x: int
    /

Returns float; -7 raises ValueError.
[clinic start generated code]*/
{
    if (x == -7) {
        PyErr_SetString(PyExc_ValueError, "seven");
        return -1;
    }
    return x;
}

/*[clinic input]
echo.r_bool -> bool

    x: int
    /

Returns bool; -7 raises ValueError.
[clinic start generated code]*/
{
    if (x == -7) {
        PyErr_SetString(PyExc_ValueError, "seven");
        return -1;
    }
    return x;
}

/* ---- a class: __new__ with keywords, __init__ positional-only, methods, getters ---- */

/*[clinic input]
class echo.Thing "ThingObject *" "thing_type"
[clinic start generated code]*/

/*[clinic input]
@classmethod
echo.Thing.__new__

    a: int
    b: object = None

Make a thing.
[clinic start generated code]*/
{
    ThingObject *self = (ThingObject *)type->tp_alloc(type, 0);
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
echo.Thing.__init__

    x: int = 0
    /

[clinic start generated code]*/
{
    Py_XSETREF(self->init_data, steal_tuple(1, PyLong_FromLong(x)));
    return self->init_data == NULL ? -1 : 0;
}

/*[clinic input]
echo.Thing.meth

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
echo.Thing.cmeth

    a: int
    /

A class method.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong(a));
}

/*[clinic input]
@staticmethod
echo.Thing.smeth

    a: int = 1

A static method.
[clinic start generated code]*/
{
    return steal_tuple(1, PyLong_FromLong(a));
}

/*[clinic input]
@getter
echo.Thing.new_data

What __new__ got.
[clinic start generated code]*/
{
    return Py_NewRef(self->new_data);
}

/*[clinic input]
@getter
echo.Thing.init_data

What __init__ got.
[clinic start generated code]*/
{
    return Py_NewRef(self->init_data);
}

/*[clinic input]
@setter
echo.Thing.init_data
[clinic start generated code]*/
{
    if (value == NULL) {
        PyErr_SetString(PyExc_AttributeError, "cannot delete init_data");
        return -1;
    }
    Py_XSETREF(self->init_data, Py_NewRef(value));
    return 0;
}

/*[clinic input]
echo.Thing.defcls

    cls: defining_class
    /
    a: int = 0

A METH_METHOD method.
[clinic start generated code]*/
{
    return steal_tuple(2, PyUnicode_FromString(cls->tp_name), PyLong_FromLong(a));
}

static void
thing_dealloc(PyObject *op)
{
    ThingObject *self = (ThingObject *)op;
    Py_XDECREF(self->new_data);
    Py_XDECREF(self->init_data);
    PyTypeObject *tp = Py_TYPE(op);
    tp->tp_free(op);
    Py_DECREF(tp);
}

static PyMethodDef thing_methods[] = {
    ECHO_THING_METH_METHODDEF
    ECHO_THING_CMETH_METHODDEF
    ECHO_THING_SMETH_METHODDEF
    ECHO_THING_DEFCLS_METHODDEF
    {NULL, NULL, 0, NULL}
};

static PyGetSetDef thing_getset[] = {
    ECHO_THING_NEW_DATA_GETSETDEF
    ECHO_THING_INIT_DATA_GETSETDEF
    {NULL, NULL, NULL, NULL, NULL}
};

static PyType_Slot thing_slots[] = {
    {Py_tp_new, echo_Thing},
    {Py_tp_init, echo_Thing___init__},
    {Py_tp_dealloc, thing_dealloc},
    {Py_tp_doc, (void *)echo_Thing__doc__},
    {Py_tp_methods, thing_methods},
    {Py_tp_getset, thing_getset},
    {0, NULL}
};

static PyType_Spec thing_spec = {
    "echo_c.Thing", sizeof(ThingObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, thing_slots,
};

static PyMethodDef echo_methods[] = {
    ECHO_NOARGS_METHODDEF
    ECHO_MIXED_METHODDEF
    ECHO_POSONLY_METHODDEF
    ECHO_KWONLY_METHODDEF
    ECHO_MANY_METHODDEF
    ECHO_DOCUMENTED_METHODDEF
    ECHO_DEPR_POS_METHODDEF
    ECHO_DEPR_KW_METHODDEF
    ECHO_GROUPS_METHODDEF
    ECHO_STAR_METHODDEF
    ECHO_STAR_KW_METHODDEF
    ECHO_STAR_KWREQ_METHODDEF
    ECHO_O_S_HASH_METHODDEF
    ECHO_P_S_HASH_METHODDEF
    ECHO_K_S_HASH_METHODDEF
    ECHO_O_Z_HASH_METHODDEF
    ECHO_P_Z_HASH_METHODDEF
    ECHO_K_Z_HASH_METHODDEF
    ECHO_O_Y_HASH_METHODDEF
    ECHO_P_Y_HASH_METHODDEF
    ECHO_K_Y_HASH_METHODDEF
    ECHO_O_Y_NONUL_METHODDEF
    ECHO_P_Y_NONUL_METHODDEF
    ECHO_K_Y_NONUL_METHODDEF
    ECHO_O_S_HASH_LEGACY_METHODDEF
    ECHO_P_S_HASH_LEGACY_METHODDEF
    ECHO_K_S_HASH_LEGACY_METHODDEF
    ECHO_STAR_ONLY_METHODDEF
    ECHO_O_SHORT_METHODDEF
    ECHO_P_SHORT_METHODDEF
    ECHO_K_SHORT_METHODDEF
    ECHO_O_USHORT_METHODDEF
    ECHO_P_USHORT_METHODDEF
    ECHO_K_USHORT_METHODDEF
    ECHO_O_USHORT_BW_METHODDEF
    ECHO_P_USHORT_BW_METHODDEF
    ECHO_K_USHORT_BW_METHODDEF
    ECHO_O_INT_METHODDEF
    ECHO_P_INT_METHODDEF
    ECHO_K_INT_METHODDEF
    ECHO_O_UINT_METHODDEF
    ECHO_P_UINT_METHODDEF
    ECHO_K_UINT_METHODDEF
    ECHO_O_UINT_BW_METHODDEF
    ECHO_P_UINT_BW_METHODDEF
    ECHO_K_UINT_BW_METHODDEF
    ECHO_O_LONG_METHODDEF
    ECHO_P_LONG_METHODDEF
    ECHO_K_LONG_METHODDEF
    ECHO_O_ULONG_METHODDEF
    ECHO_P_ULONG_METHODDEF
    ECHO_K_ULONG_METHODDEF
    ECHO_O_ULONG_BW_METHODDEF
    ECHO_P_ULONG_BW_METHODDEF
    ECHO_K_ULONG_BW_METHODDEF
    ECHO_O_LONGLONG_METHODDEF
    ECHO_P_LONGLONG_METHODDEF
    ECHO_K_LONGLONG_METHODDEF
    ECHO_O_ULONGLONG_METHODDEF
    ECHO_P_ULONGLONG_METHODDEF
    ECHO_K_ULONGLONG_METHODDEF
    ECHO_O_ULONGLONG_BW_METHODDEF
    ECHO_P_ULONGLONG_BW_METHODDEF
    ECHO_K_ULONGLONG_BW_METHODDEF
    ECHO_O_SSIZE_METHODDEF
    ECHO_P_SSIZE_METHODDEF
    ECHO_K_SSIZE_METHODDEF
    ECHO_O_SSIZE_NONE_METHODDEF
    ECHO_P_SSIZE_NONE_METHODDEF
    ECHO_K_SSIZE_NONE_METHODDEF
    ECHO_O_SLICE_METHODDEF
    ECHO_P_SLICE_METHODDEF
    ECHO_K_SLICE_METHODDEF
    ECHO_O_SLICE_INT_METHODDEF
    ECHO_P_SLICE_INT_METHODDEF
    ECHO_K_SLICE_INT_METHODDEF
    ECHO_O_SIZE_METHODDEF
    ECHO_P_SIZE_METHODDEF
    ECHO_K_SIZE_METHODDEF
    ECHO_O_UCHAR_METHODDEF
    ECHO_P_UCHAR_METHODDEF
    ECHO_K_UCHAR_METHODDEF
    ECHO_O_UCHAR_BW_METHODDEF
    ECHO_P_UCHAR_BW_METHODDEF
    ECHO_K_UCHAR_BW_METHODDEF
    ECHO_O_BYTE_METHODDEF
    ECHO_P_BYTE_METHODDEF
    ECHO_K_BYTE_METHODDEF
    ECHO_O_CHAR_METHODDEF
    ECHO_P_CHAR_METHODDEF
    ECHO_K_CHAR_METHODDEF
    ECHO_O_UNICHAR_METHODDEF
    ECHO_P_UNICHAR_METHODDEF
    ECHO_K_UNICHAR_METHODDEF
    ECHO_O_FILDES_METHODDEF
    ECHO_P_FILDES_METHODDEF
    ECHO_K_FILDES_METHODDEF
    ECHO_O_BOOL_METHODDEF
    ECHO_P_BOOL_METHODDEF
    ECHO_K_BOOL_METHODDEF
    ECHO_O_BOOL_INT_METHODDEF
    ECHO_P_BOOL_INT_METHODDEF
    ECHO_K_BOOL_INT_METHODDEF
    ECHO_O_FLOAT_METHODDEF
    ECHO_P_FLOAT_METHODDEF
    ECHO_K_FLOAT_METHODDEF
    ECHO_O_DOUBLE_METHODDEF
    ECHO_P_DOUBLE_METHODDEF
    ECHO_K_DOUBLE_METHODDEF
    ECHO_O_COMPLEX_METHODDEF
    ECHO_P_COMPLEX_METHODDEF
    ECHO_K_COMPLEX_METHODDEF
    ECHO_O_STR_METHODDEF
    ECHO_P_STR_METHODDEF
    ECHO_K_STR_METHODDEF
    ECHO_O_STR_NONE_METHODDEF
    ECHO_P_STR_NONE_METHODDEF
    ECHO_K_STR_NONE_METHODDEF
    ECHO_O_OBJECT_METHODDEF
    ECHO_P_OBJECT_METHODDEF
    ECHO_K_OBJECT_METHODDEF
    ECHO_O_OBJECT_NULL_METHODDEF
    ECHO_P_OBJECT_NULL_METHODDEF
    ECHO_K_OBJECT_NULL_METHODDEF
    ECHO_O_LIST_METHODDEF
    ECHO_P_LIST_METHODDEF
    ECHO_K_LIST_METHODDEF
    ECHO_O_LONG_OBJ_METHODDEF
    ECHO_P_LONG_OBJ_METHODDEF
    ECHO_K_LONG_OBJ_METHODDEF
    ECHO_O_BYTES_OBJ_METHODDEF
    ECHO_P_BYTES_OBJ_METHODDEF
    ECHO_K_BYTES_OBJ_METHODDEF
    ECHO_O_BYTEARRAY_OBJ_METHODDEF
    ECHO_P_BYTEARRAY_OBJ_METHODDEF
    ECHO_K_BYTEARRAY_OBJ_METHODDEF
    ECHO_O_UNICODE_METHODDEF
    ECHO_P_UNICODE_METHODDEF
    ECHO_K_UNICODE_METHODDEF
    ECHO_O_BUFFER_METHODDEF
    ECHO_P_BUFFER_METHODDEF
    ECHO_K_BUFFER_METHODDEF
    ECHO_O_BUFFER_STR_METHODDEF
    ECHO_P_BUFFER_STR_METHODDEF
    ECHO_K_BUFFER_STR_METHODDEF
    ECHO_O_BUFFER_STRNONE_METHODDEF
    ECHO_P_BUFFER_STRNONE_METHODDEF
    ECHO_K_BUFFER_STRNONE_METHODDEF
    ECHO_O_BUFFER_RW_METHODDEF
    ECHO_P_BUFFER_RW_METHODDEF
    ECHO_K_BUFFER_RW_METHODDEF
    ECHO_R_INT_METHODDEF
    ECHO_R_LONG_METHODDEF
    ECHO_R_SSIZE_METHODDEF
    ECHO_R_SIZE_METHODDEF
    ECHO_R_UINT_METHODDEF
    ECHO_R_ULONG_METHODDEF
    ECHO_R_DOUBLE_METHODDEF
    ECHO_R_FLOAT_METHODDEF
    ECHO_R_BOOL_METHODDEF
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef echo_module = {
    PyModuleDef_HEAD_INIT, "echo_c", NULL, 0, echo_methods,
};

PyMODINIT_FUNC
PyInit_echo_c(void)
{
    PyObject *m = PyModule_Create(&echo_module);
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
