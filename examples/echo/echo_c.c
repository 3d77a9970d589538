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

/* One per module object, so one per interpreter: nothing is shared between interpreters. */
typedef struct {
    PyTypeObject *thing_type;
} echo_state;

static struct PyModuleDef echo_module;

/* Thing's type in the interpreter that made `self` (a Thing or an instance of a subclass), for
   the glue of Thing.__init__: found through the module state, never a static variable. */
static PyTypeObject *
echo_thing_type(PyObject *self)
{
    PyObject *module = PyType_GetModuleByDef(Py_TYPE(self), &echo_module);
    return ((echo_state *)PyModule_GetState(module))->thing_type;
}

#include "clinic/echo_c.c.h"

/*[clinic input]
module echo
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=1807c39fd3627d77]*/

/*[clinic input]
echo.noargs

No arguments.
[clinic start generated code]*/

static PyObject *
echo_noargs_impl(PyObject *module)
/*[clinic end generated code: output=5a0f48ce4b0915e4 input=ecc4fa82db61bbd7]*/
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

static PyObject *
echo_mixed_impl(PyObject *module, int a, PyObject *b, const char *d,
                double c, int e)
/*[clinic end generated code: output=542446147308a4ad input=432d3ede3b26cae3]*/
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

static PyObject *
echo_posonly_impl(PyObject *module, int a, long b, PyObject *c)
/*[clinic end generated code: output=f20ebcbc7bb6db10 input=ac7d0a76b4e7b82d]*/
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

static PyObject *
echo_kwonly_impl(PyObject *module, int alpha, int beta, PyObject *gamma)
/*[clinic end generated code: output=168cec6c7869dd6c input=c30f0af28bf7f2ad]*/
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

static PyObject *
echo_many_impl(PyObject *module, int first, int second, int third,
               int fourth)
/*[clinic end generated code: output=d0e44974029c40ab input=bea8834d435ee20a]*/
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

static PyObject *
echo_documented_impl(PyObject *module, PyObject *value, int repeat)
/*[clinic end generated code: output=27569713e1aca02f input=cea7abc2234f4bff]*/
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

static PyObject *
echo_depr_pos_impl(PyObject *module, int a, int b, int c)
/*[clinic end generated code: output=aebfd6347039f4c7 input=466ef594537c0423]*/
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

static PyObject *
echo_depr_kw_impl(PyObject *module, int a, int b, int c)
/*[clinic end generated code: output=e6f12d78123bf6a2 input=369a57e50fed7709]*/
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

static PyObject *
echo_groups_impl(PyObject *module, int group_left_1, int y, int x,
                 PyObject *ch, int group_right_1, long attr, int flag)
/*[clinic end generated code: output=25278c723e3cb65e input=81781584c105048a]*/
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

static PyObject *
echo_star_impl(PyObject *module, int a, PyObject *rest)
/*[clinic end generated code: output=f95d3d7941857b52 input=f989a5ecaf8abc6d]*/
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

static PyObject *
echo_star_kw_impl(PyObject *module, int a, PyObject *rest, int b)
/*[clinic end generated code: output=3e5ed3a2cd68e5b0 input=e33e88e9125f2e47]*/
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

static PyObject *
echo_star_kwreq_impl(PyObject *module, PyObject *args, const char *key,
                     int flag)
/*[clinic end generated code: output=bcdd985243e4e643 input=4af01b533eedebaf]*/
{
    return steal_tuple(3, Py_NewRef(args), PyUnicode_FromString(key), PyBool_FromLong(flag));
}

/*[clinic input]
echo.o_s_hash

    x: str(accept={str, robuffer}, zeroes=True)
    /

One s_hash.
[clinic start generated code]*/

static PyObject *
echo_o_s_hash_impl(PyObject *module, const char *x, Py_ssize_t x_length)
/*[clinic end generated code: output=9d3364f8b633d84d input=9e2cc17372c920ca]*/
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

static PyObject *
echo_p_s_hash_impl(PyObject *module, PyObject *a, const char *x,
                   Py_ssize_t x_length)
/*[clinic end generated code: output=c4902eed5e8f6e72 input=c89b5949dc9c5de4]*/
{
    return steal_tuple(2, Py_NewRef(a), PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.k_s_hash

    x: str(accept={str, robuffer}, zeroes=True)

Keyword s_hash.
[clinic start generated code]*/

static PyObject *
echo_k_s_hash_impl(PyObject *module, const char *x, Py_ssize_t x_length)
/*[clinic end generated code: output=e566a985fe3665de input=b9b09b13d964c8c4]*/
{
    return steal_tuple(1, PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.o_z_hash

    x: str(accept={str, robuffer, NoneType}, zeroes=True)
    /

One z_hash.
[clinic start generated code]*/

static PyObject *
echo_o_z_hash_impl(PyObject *module, const char *x, Py_ssize_t x_length)
/*[clinic end generated code: output=ecbb811b70d76412 input=fc09538bc2e4920e]*/
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

static PyObject *
echo_p_z_hash_impl(PyObject *module, PyObject *a, const char *x,
                   Py_ssize_t x_length)
/*[clinic end generated code: output=9cab13a3aa793176 input=f768bb62eabffc0d]*/
{
    return steal_tuple(2, Py_NewRef(a), x ? PyBytes_FromStringAndSize(x, x_length) : Py_NewRef(Py_None));
}

/*[clinic input]
echo.k_z_hash

    x: str(accept={str, robuffer, NoneType}, zeroes=True)

Keyword z_hash.
[clinic start generated code]*/

static PyObject *
echo_k_z_hash_impl(PyObject *module, const char *x, Py_ssize_t x_length)
/*[clinic end generated code: output=c5e0479ed01541c4 input=20e3f8036d38ee5c]*/
{
    return steal_tuple(1, x ? PyBytes_FromStringAndSize(x, x_length) : Py_NewRef(Py_None));
}

/*[clinic input]
echo.o_y_hash

    x: str(accept={robuffer}, zeroes=True)
    /

One y_hash.
[clinic start generated code]*/

static PyObject *
echo_o_y_hash_impl(PyObject *module, const char *x, Py_ssize_t x_length)
/*[clinic end generated code: output=507f7118bde8dadd input=a5b1781241d1f53d]*/
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

static PyObject *
echo_p_y_hash_impl(PyObject *module, PyObject *a, const char *x,
                   Py_ssize_t x_length)
/*[clinic end generated code: output=ac81979a4943426c input=6df61afe1b400695]*/
{
    return steal_tuple(2, Py_NewRef(a), PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.k_y_hash

    x: str(accept={robuffer}, zeroes=True)

Keyword y_hash.
[clinic start generated code]*/

static PyObject *
echo_k_y_hash_impl(PyObject *module, const char *x, Py_ssize_t x_length)
/*[clinic end generated code: output=9403e337961adaf8 input=7a615965911ce4ec]*/
{
    return steal_tuple(1, PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.o_y_nonul

    x: str(accept={robuffer})
    /

One y_nonul.
[clinic start generated code]*/

static PyObject *
echo_o_y_nonul_impl(PyObject *module, const char *x)
/*[clinic end generated code: output=b02bebedcac9b8e5 input=07e255b083704e9d]*/
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

static PyObject *
echo_p_y_nonul_impl(PyObject *module, PyObject *a, const char *x)
/*[clinic end generated code: output=09ea5b1ce3ecc05f input=7077ee2a19ef16ea]*/
{
    return steal_tuple(2, Py_NewRef(a), PyBytes_FromString(x));
}

/*[clinic input]
echo.k_y_nonul

    x: str(accept={robuffer})

Keyword y_nonul.
[clinic start generated code]*/

static PyObject *
echo_k_y_nonul_impl(PyObject *module, const char *x)
/*[clinic end generated code: output=795c2a34ebc93633 input=90b9e324ebfafc45]*/
{
    return steal_tuple(1, PyBytes_FromString(x));
}

/*[clinic input]
echo.o_s_hash_legacy

    x: 's#'
    /

One s_hash_legacy.
[clinic start generated code]*/

static PyObject *
echo_o_s_hash_legacy_impl(PyObject *module, const char *x,
                          Py_ssize_t x_length)
/*[clinic end generated code: output=b77675cac61339c3 input=83bd807ec68b5f43]*/
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

static PyObject *
echo_p_s_hash_legacy_impl(PyObject *module, PyObject *a, const char *x,
                          Py_ssize_t x_length)
/*[clinic end generated code: output=b9809ca69a0a7562 input=2a9b4ffc474e5fb5]*/
{
    return steal_tuple(2, Py_NewRef(a), PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.k_s_hash_legacy

    x: 's#'

Keyword s_hash_legacy.
[clinic start generated code]*/

static PyObject *
echo_k_s_hash_legacy_impl(PyObject *module, const char *x,
                          Py_ssize_t x_length)
/*[clinic end generated code: output=b620f5ec7fa37d20 input=557f0659c99feb0a]*/
{
    return steal_tuple(1, PyBytes_FromStringAndSize(x, x_length));
}

/*[clinic input]
echo.star_only

    *objs: object

Only *args.
[clinic start generated code]*/

static PyObject *
echo_star_only_impl(PyObject *module, PyObject *objs)
/*[clinic end generated code: output=5037a78e1b97a11b input=528402dceb2c7965]*/
{
    return steal_tuple(1, Py_NewRef(objs));
}

/*[clinic input]
echo.o_short

    x: short
    /

One short.
[clinic start generated code]*/

static PyObject *
echo_o_short_impl(PyObject *module, short x)
/*[clinic end generated code: output=e4a25d9fe4733172 input=bdd1fc650189f0be]*/
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

static PyObject *
echo_p_short_impl(PyObject *module, PyObject *a, short x)
/*[clinic end generated code: output=e255eafd8e07f2e1 input=dbbb4d9f9dd58153]*/
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

static PyObject *
echo_k_short_impl(PyObject *module, short x, short y)
/*[clinic end generated code: output=66408c3795a6bd7c input=319314ff51cfe69a]*/
{
    return steal_tuple(2, PyLong_FromLong((long)x), PyLong_FromLong((long)y));
}

/*[clinic input]
echo.o_ushort

    x: unsigned_short
    /

One ushort.
[clinic start generated code]*/

static PyObject *
echo_o_ushort_impl(PyObject *module, unsigned short x)
/*[clinic end generated code: output=10b5e4dba3c5b69c input=6567166fafde88cb]*/
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

static PyObject *
echo_p_ushort_impl(PyObject *module, PyObject *a, unsigned short x)
/*[clinic end generated code: output=704b9bab54df8c91 input=8a476d3466d4267e]*/
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

static PyObject *
echo_k_ushort_impl(PyObject *module, unsigned short x, unsigned short y)
/*[clinic end generated code: output=4de6ad502b233adf input=8f0338a713b154a4]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong((unsigned long)x), PyLong_FromUnsignedLong((unsigned long)y));
}

/*[clinic input]
echo.o_ushort_bw

    x: unsigned_short(bitwise=True)
    /

One ushort_bw.
[clinic start generated code]*/

static PyObject *
echo_o_ushort_bw_impl(PyObject *module, unsigned short x)
/*[clinic end generated code: output=581edd2837a71b0a input=ce8f9d355fc257ca]*/
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

static PyObject *
echo_p_ushort_bw_impl(PyObject *module, PyObject *a, unsigned short x)
/*[clinic end generated code: output=96e64eecbb0c5c9a input=6d6d359594c50cf2]*/
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

static PyObject *
echo_k_ushort_bw_impl(PyObject *module, unsigned short x, unsigned short y)
/*[clinic end generated code: output=0718e60fa1e2c12b input=6a09b0241ba12e26]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong((unsigned long)x), PyLong_FromUnsignedLong((unsigned long)y));
}

/*[clinic input]
echo.o_int

    x: int
    /

One int.
[clinic start generated code]*/

static PyObject *
echo_o_int_impl(PyObject *module, int x)
/*[clinic end generated code: output=5f68ba466e048f11 input=e73d6832315d0a1a]*/
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

static PyObject *
echo_p_int_impl(PyObject *module, PyObject *a, int x)
/*[clinic end generated code: output=b0816ae8dbfaa017 input=39991c12f97de974]*/
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

static PyObject *
echo_k_int_impl(PyObject *module, int x, int y)
/*[clinic end generated code: output=8ab878d368e2593d input=2dd20deb56be29a9]*/
{
    return steal_tuple(2, PyLong_FromLong((long)x), PyLong_FromLong((long)y));
}

/*[clinic input]
echo.o_uint

    x: unsigned_int
    /

One uint.
[clinic start generated code]*/

static PyObject *
echo_o_uint_impl(PyObject *module, unsigned int x)
/*[clinic end generated code: output=a2a670e5e5e78303 input=0ae555304a988768]*/
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

static PyObject *
echo_p_uint_impl(PyObject *module, PyObject *a, unsigned int x)
/*[clinic end generated code: output=38ac302dff0c3ada input=8dc6e6baca89b90c]*/
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

static PyObject *
echo_k_uint_impl(PyObject *module, unsigned int x, unsigned int y)
/*[clinic end generated code: output=67db8418c56e23ca input=d7399118df4ff23d]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong((unsigned long)x), PyLong_FromUnsignedLong((unsigned long)y));
}

/*[clinic input]
echo.o_uint_bw

    x: unsigned_int(bitwise=True)
    /

One uint_bw.
[clinic start generated code]*/

static PyObject *
echo_o_uint_bw_impl(PyObject *module, unsigned int x)
/*[clinic end generated code: output=be69801d0c2a0ea8 input=b1b35c35d59c368e]*/
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

static PyObject *
echo_p_uint_bw_impl(PyObject *module, PyObject *a, unsigned int x)
/*[clinic end generated code: output=6eebf93121381e45 input=b75ec7c558148bf1]*/
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

static PyObject *
echo_k_uint_bw_impl(PyObject *module, unsigned int x, unsigned int y)
/*[clinic end generated code: output=c514525ff722cb60 input=3cc082f8dc355544]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong((unsigned long)x), PyLong_FromUnsignedLong((unsigned long)y));
}

/*[clinic input]
echo.o_long

    x: long
    /

One long.
[clinic start generated code]*/

static PyObject *
echo_o_long_impl(PyObject *module, long x)
/*[clinic end generated code: output=2bc6f1376a52d365 input=43b1764fa7b676d1]*/
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

static PyObject *
echo_p_long_impl(PyObject *module, PyObject *a, long x)
/*[clinic end generated code: output=bf305208e81a3f4d input=045a88625b23d548]*/
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

static PyObject *
echo_k_long_impl(PyObject *module, long x, long y)
/*[clinic end generated code: output=1014a91ff2064740 input=19969f0d9beb4516]*/
{
    return steal_tuple(2, PyLong_FromLong(x), PyLong_FromLong(y));
}

/*[clinic input]
echo.o_ulong

    x: unsigned_long
    /

One ulong.
[clinic start generated code]*/

static PyObject *
echo_o_ulong_impl(PyObject *module, unsigned long x)
/*[clinic end generated code: output=c19a6b17bb810508 input=41a6934cb9c18363]*/
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

static PyObject *
echo_p_ulong_impl(PyObject *module, PyObject *a, unsigned long x)
/*[clinic end generated code: output=73c503e853461fc5 input=ff293915ce8075f0]*/
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

static PyObject *
echo_k_ulong_impl(PyObject *module, unsigned long x, unsigned long y)
/*[clinic end generated code: output=a3985741cd504bed input=0d68080454c16c70]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong(x), PyLong_FromUnsignedLong(y));
}

/*[clinic input]
echo.o_ulong_bw

    x: unsigned_long(bitwise=True)
    /

One ulong_bw.
[clinic start generated code]*/

static PyObject *
echo_o_ulong_bw_impl(PyObject *module, unsigned long x)
/*[clinic end generated code: output=b4efd0cfb9007006 input=2b92cc3f2d693bb4]*/
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

static PyObject *
echo_p_ulong_bw_impl(PyObject *module, PyObject *a, unsigned long x)
/*[clinic end generated code: output=46de1b4d28f8ad38 input=4484c7a8f7d4b9cd]*/
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

static PyObject *
echo_k_ulong_bw_impl(PyObject *module, unsigned long x, unsigned long y)
/*[clinic end generated code: output=06c0d27bd2cc9533 input=9317c595f738968f]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLong(x), PyLong_FromUnsignedLong(y));
}

/*[clinic input]
echo.o_longlong

    x: long_long
    /

One longlong.
[clinic start generated code]*/

static PyObject *
echo_o_longlong_impl(PyObject *module, long long x)
/*[clinic end generated code: output=f35eb2e90f961d3c input=996ca030befaa6cb]*/
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

static PyObject *
echo_p_longlong_impl(PyObject *module, PyObject *a, long long x)
/*[clinic end generated code: output=7142060b52c316c0 input=6776ff687bb34162]*/
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

static PyObject *
echo_k_longlong_impl(PyObject *module, long long x, long long y)
/*[clinic end generated code: output=a0095a3225b609a0 input=e03d281cd695470f]*/
{
    return steal_tuple(2, PyLong_FromLongLong(x), PyLong_FromLongLong(y));
}

/*[clinic input]
echo.o_ulonglong

    x: unsigned_long_long
    /

One ulonglong.
[clinic start generated code]*/

static PyObject *
echo_o_ulonglong_impl(PyObject *module, unsigned long long x)
/*[clinic end generated code: output=03e96e21b7b32366 input=0d54715d7756781e]*/
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

static PyObject *
echo_p_ulonglong_impl(PyObject *module, PyObject *a, unsigned long long x)
/*[clinic end generated code: output=12ff1c62629d3c1e input=1e3278eaf5ef0785]*/
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

static PyObject *
echo_k_ulonglong_impl(PyObject *module, unsigned long long x,
                      unsigned long long y)
/*[clinic end generated code: output=077c3fa4592147d9 input=938baaa6bcf2a82f]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLongLong(x), PyLong_FromUnsignedLongLong(y));
}

/*[clinic input]
echo.o_ulonglong_bw

    x: unsigned_long_long(bitwise=True)
    /

One ulonglong_bw.
[clinic start generated code]*/

static PyObject *
echo_o_ulonglong_bw_impl(PyObject *module, unsigned long long x)
/*[clinic end generated code: output=8fedddccc6dc5656 input=fa7b74c08716fea6]*/
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

static PyObject *
echo_p_ulonglong_bw_impl(PyObject *module, PyObject *a, unsigned long long x)
/*[clinic end generated code: output=82dd7fe805665753 input=77d8ade3f1e45583]*/
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

static PyObject *
echo_k_ulonglong_bw_impl(PyObject *module, unsigned long long x,
                         unsigned long long y)
/*[clinic end generated code: output=316770aeec5ea66e input=4962599e06932be0]*/
{
    return steal_tuple(2, PyLong_FromUnsignedLongLong(x), PyLong_FromUnsignedLongLong(y));
}

/*[clinic input]
echo.o_ssize

    x: Py_ssize_t
    /

One ssize.
[clinic start generated code]*/

static PyObject *
echo_o_ssize_impl(PyObject *module, Py_ssize_t x)
/*[clinic end generated code: output=bdd4995e58a73bef input=079b4e0136d6b8e1]*/
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

static PyObject *
echo_p_ssize_impl(PyObject *module, PyObject *a, Py_ssize_t x)
/*[clinic end generated code: output=2a2c21edb01a6248 input=b3476f252fa56933]*/
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

static PyObject *
echo_k_ssize_impl(PyObject *module, Py_ssize_t x, Py_ssize_t y)
/*[clinic end generated code: output=fce340a5485825df input=dd724e99f1e1dcb6]*/
{
    return steal_tuple(2, PyLong_FromSsize_t(x), PyLong_FromSsize_t(y));
}

/*[clinic input]
echo.o_ssize_none

    x: Py_ssize_t(c_default='-5', accept={int, NoneType})
    /

One ssize_none.
[clinic start generated code]*/

static PyObject *
echo_o_ssize_none_impl(PyObject *module, Py_ssize_t x)
/*[clinic end generated code: output=f7beed5804e66ae4 input=da0ce13416460a07]*/
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

static PyObject *
echo_p_ssize_none_impl(PyObject *module, PyObject *a, Py_ssize_t x)
/*[clinic end generated code: output=0c32e954428df2a4 input=0c7462c301e04ea2]*/
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

static PyObject *
echo_k_ssize_none_impl(PyObject *module, Py_ssize_t x, Py_ssize_t y)
/*[clinic end generated code: output=968d5e1b3d67b648 input=c4c639b62ba82126]*/
{
    return steal_tuple(2, PyLong_FromSsize_t(x), PyLong_FromSsize_t(y));
}

/*[clinic input]
echo.o_slice

    x: slice_index(c_default='7')
    /

One slice.
[clinic start generated code]*/

static PyObject *
echo_o_slice_impl(PyObject *module, Py_ssize_t x)
/*[clinic end generated code: output=69e3dabb964a609b input=406e379d20cf81be]*/
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

static PyObject *
echo_p_slice_impl(PyObject *module, PyObject *a, Py_ssize_t x)
/*[clinic end generated code: output=7548cc6f9c6748a0 input=038829bd304c584f]*/
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

static PyObject *
echo_k_slice_impl(PyObject *module, Py_ssize_t x, Py_ssize_t y)
/*[clinic end generated code: output=485669f73124fcd6 input=d0dc14fc82bac1df]*/
{
    return steal_tuple(2, PyLong_FromSsize_t(x), PyLong_FromSsize_t(y));
}

/*[clinic input]
echo.o_slice_int

    x: slice_index(accept={int})
    /

One slice_int.
[clinic start generated code]*/

static PyObject *
echo_o_slice_int_impl(PyObject *module, Py_ssize_t x)
/*[clinic end generated code: output=169ceb2bb4a21603 input=c53db3fc8739e596]*/
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

static PyObject *
echo_p_slice_int_impl(PyObject *module, PyObject *a, Py_ssize_t x)
/*[clinic end generated code: output=66452b95e5b98ebd input=a3117fc2e939b2f3]*/
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

static PyObject *
echo_k_slice_int_impl(PyObject *module, Py_ssize_t x, Py_ssize_t y)
/*[clinic end generated code: output=19bd4971bfa8a8af input=7dde43f995e872be]*/
{
    return steal_tuple(2, PyLong_FromSsize_t(x), PyLong_FromSsize_t(y));
}

/*[clinic input]
echo.o_size

    x: size_t
    /

One size.
[clinic start generated code]*/

static PyObject *
echo_o_size_impl(PyObject *module, size_t x)
/*[clinic end generated code: output=fc1e94742b5dc8b3 input=d125d340b1c90e1c]*/
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

static PyObject *
echo_p_size_impl(PyObject *module, PyObject *a, size_t x)
/*[clinic end generated code: output=cb49d5bafa7d88ab input=031c849f5abf1edf]*/
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

static PyObject *
echo_k_size_impl(PyObject *module, size_t x, size_t y)
/*[clinic end generated code: output=1d6ad9c27fadc819 input=44b7653e9e7c25bf]*/
{
    return steal_tuple(2, PyLong_FromSize_t(x), PyLong_FromSize_t(y));
}

/*[clinic input]
echo.o_uchar

    x: unsigned_char
    /

One uchar.
[clinic start generated code]*/

static PyObject *
echo_o_uchar_impl(PyObject *module, unsigned char x)
/*[clinic end generated code: output=de1f71fe1633ef28 input=3455f3ec2522ff03]*/
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

static PyObject *
echo_p_uchar_impl(PyObject *module, PyObject *a, unsigned char x)
/*[clinic end generated code: output=909cfca456acd7bc input=3cfdddaab6a2a955]*/
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

static PyObject *
echo_k_uchar_impl(PyObject *module, unsigned char x, unsigned char y)
/*[clinic end generated code: output=3a1b4b90ba800711 input=71aa5d3ee54a3f05]*/
{
    return steal_tuple(2, PyLong_FromLong((long)x), PyLong_FromLong((long)y));
}

/*[clinic input]
echo.o_uchar_bw

    x: unsigned_char(bitwise=True)
    /

One uchar_bw.
[clinic start generated code]*/

static PyObject *
echo_o_uchar_bw_impl(PyObject *module, unsigned char x)
/*[clinic end generated code: output=dcb405ca858b5d02 input=b9b34e2731326a1d]*/
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

static PyObject *
echo_p_uchar_bw_impl(PyObject *module, PyObject *a, unsigned char x)
/*[clinic end generated code: output=4eb4b1660cbe0e7d input=d8fed91f604169f3]*/
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

static PyObject *
echo_k_uchar_bw_impl(PyObject *module, unsigned char x, unsigned char y)
/*[clinic end generated code: output=b7a73d795975d9cb input=5c165a3355f1bdcd]*/
{
    return steal_tuple(2, PyLong_FromLong((long)x), PyLong_FromLong((long)y));
}

/*[clinic input]
echo.o_byte

    x: byte
    /

One byte.
[clinic start generated code]*/

static PyObject *
echo_o_byte_impl(PyObject *module, unsigned char x)
/*[clinic end generated code: output=b38d8b96eda43914 input=dd4fca71197dedc2]*/
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

static PyObject *
echo_p_byte_impl(PyObject *module, PyObject *a, unsigned char x)
/*[clinic end generated code: output=667e58587588af80 input=bc4563c1170c3b91]*/
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

static PyObject *
echo_k_byte_impl(PyObject *module, unsigned char x, unsigned char y)
/*[clinic end generated code: output=4645eba1153aaaee input=8f0f4665185613b5]*/
{
    return steal_tuple(2, PyLong_FromLong((long)x), PyLong_FromLong((long)y));
}

/*[clinic input]
echo.o_char

    x: char
    /

One char.
[clinic start generated code]*/

static PyObject *
echo_o_char_impl(PyObject *module, char x)
/*[clinic end generated code: output=f269400f1e1cc1a3 input=74408a6829b60298]*/
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

static PyObject *
echo_p_char_impl(PyObject *module, PyObject *a, char x)
/*[clinic end generated code: output=ed9e8fd2f370c102 input=738918b607f861e8]*/
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

static PyObject *
echo_k_char_impl(PyObject *module, char x, char y)
/*[clinic end generated code: output=c4d50b33b400935c input=0a8d954241dda2d5]*/
{
    return steal_tuple(2, PyBytes_FromStringAndSize(&x, 1), PyBytes_FromStringAndSize(&y, 1));
}

/*[clinic input]
echo.o_unichar

    x: int(accept={str})
    /

One unichar.
[clinic start generated code]*/

static PyObject *
echo_o_unichar_impl(PyObject *module, int x)
/*[clinic end generated code: output=5a0f3fa8ec2d7c50 input=11a20ecb75a3a1f6]*/
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

static PyObject *
echo_p_unichar_impl(PyObject *module, PyObject *a, int x)
/*[clinic end generated code: output=e6ac6d79e68f4bde input=fbf2d9460ac36793]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromLong((long)x));
}

/*[clinic input]
echo.k_unichar

    x: int(accept={str})

Keyword unichar.
[clinic start generated code]*/

static PyObject *
echo_k_unichar_impl(PyObject *module, int x)
/*[clinic end generated code: output=1268a92bc983b4a9 input=9e01b56f62477c9b]*/
{
    return steal_tuple(1, PyLong_FromLong((long)x));
}

/*[clinic input]
echo.o_fildes

    x: fildes
    /

One fildes.
[clinic start generated code]*/

static PyObject *
echo_o_fildes_impl(PyObject *module, int x)
/*[clinic end generated code: output=2f4975d59e0ee144 input=71b215fa15638827]*/
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

static PyObject *
echo_p_fildes_impl(PyObject *module, PyObject *a, int x)
/*[clinic end generated code: output=5ac910d5d875232e input=81b7629b194eef74]*/
{
    return steal_tuple(2, Py_NewRef(a), PyLong_FromLong((long)x));
}

/*[clinic input]
echo.k_fildes

    x: fildes

Keyword fildes.
[clinic start generated code]*/

static PyObject *
echo_k_fildes_impl(PyObject *module, int x)
/*[clinic end generated code: output=c5d416c6aefbd3f0 input=012a300f4e673539]*/
{
    return steal_tuple(1, PyLong_FromLong((long)x));
}

/*[clinic input]
echo.o_bool

    x: bool
    /

One bool.
[clinic start generated code]*/

static PyObject *
echo_o_bool_impl(PyObject *module, int x)
/*[clinic end generated code: output=e12946026f5c1a4a input=601d1a0acf1e7cd5]*/
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

static PyObject *
echo_p_bool_impl(PyObject *module, PyObject *a, int x)
/*[clinic end generated code: output=531dc927cd2193e8 input=15c1fe1bd9a64231]*/
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

static PyObject *
echo_k_bool_impl(PyObject *module, int x, int y)
/*[clinic end generated code: output=03673d89ba3dd5b2 input=70377b2bc1dfed5f]*/
{
    return steal_tuple(2, PyBool_FromLong(x), PyBool_FromLong(y));
}

/*[clinic input]
echo.o_bool_int

    x: bool(accept={int})
    /

One bool_int.
[clinic start generated code]*/

static PyObject *
echo_o_bool_int_impl(PyObject *module, int x)
/*[clinic end generated code: output=bb195d6aed9776a8 input=317ee961ebf0f75b]*/
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

static PyObject *
echo_p_bool_int_impl(PyObject *module, PyObject *a, int x)
/*[clinic end generated code: output=e52f664b9d1f87ee input=2866fd1d2bb02162]*/
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

static PyObject *
echo_k_bool_int_impl(PyObject *module, int x, int y)
/*[clinic end generated code: output=918ec3970749f9c5 input=470eb1497a7eba74]*/
{
    return steal_tuple(2, PyBool_FromLong(x), PyBool_FromLong(y));
}

/*[clinic input]
echo.o_float

    x: float
    /

One float.
[clinic start generated code]*/

static PyObject *
echo_o_float_impl(PyObject *module, float x)
/*[clinic end generated code: output=9fc08b6c3e43ca85 input=b1443f73616e10b4]*/
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

static PyObject *
echo_p_float_impl(PyObject *module, PyObject *a, float x)
/*[clinic end generated code: output=279b31afa6c12a20 input=a28a54320df872b6]*/
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

static PyObject *
echo_k_float_impl(PyObject *module, float x, float y)
/*[clinic end generated code: output=8820e93508f59159 input=26f8e8af0bdedb12]*/
{
    return steal_tuple(2, PyFloat_FromDouble((double)x), PyFloat_FromDouble((double)y));
}

/*[clinic input]
echo.o_double

    x: double
    /

One double.
[clinic start generated code]*/

static PyObject *
echo_o_double_impl(PyObject *module, double x)
/*[clinic end generated code: output=a11cbfe6582d6042 input=f3b36f9c771aa0e0]*/
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

static PyObject *
echo_p_double_impl(PyObject *module, PyObject *a, double x)
/*[clinic end generated code: output=e57fcefc0f329e16 input=366bbf2e93529917]*/
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

static PyObject *
echo_k_double_impl(PyObject *module, double x, double y)
/*[clinic end generated code: output=3bbc6eecad5f0c69 input=777ce95b61c20fcc]*/
{
    return steal_tuple(2, PyFloat_FromDouble(x), PyFloat_FromDouble(y));
}

/*[clinic input]
echo.o_complex

    x: Py_complex
    /

One complex.
[clinic start generated code]*/

static PyObject *
echo_o_complex_impl(PyObject *module, Py_complex x)
/*[clinic end generated code: output=a4b3da4fe52d763d input=b68f64f1384b128f]*/
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

static PyObject *
echo_p_complex_impl(PyObject *module, PyObject *a, Py_complex x)
/*[clinic end generated code: output=7f631472158a0f89 input=94c7e3c3278d918e]*/
{
    return steal_tuple(2, Py_NewRef(a), PyComplex_FromCComplex(x));
}

/*[clinic input]
echo.k_complex

    x: Py_complex

Keyword complex.
[clinic start generated code]*/

static PyObject *
echo_k_complex_impl(PyObject *module, Py_complex x)
/*[clinic end generated code: output=47806135f30f20ec input=5204e1cac637dfda]*/
{
    return steal_tuple(1, PyComplex_FromCComplex(x));
}

/*[clinic input]
echo.o_str

    x: str
    /

One str.
[clinic start generated code]*/

static PyObject *
echo_o_str_impl(PyObject *module, const char *x)
/*[clinic end generated code: output=7c37bd103392408d input=f992709cc9f74770]*/
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

static PyObject *
echo_p_str_impl(PyObject *module, PyObject *a, const char *x)
/*[clinic end generated code: output=575bb05faa388442 input=2c6eb02fd0d9fb42]*/
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

static PyObject *
echo_k_str_impl(PyObject *module, const char *x, const char *y)
/*[clinic end generated code: output=703fd61df9b32705 input=141ea42d920846c7]*/
{
    return steal_tuple(2, PyUnicode_FromString(x), PyUnicode_FromString(y));
}

/*[clinic input]
echo.o_str_none

    x: str(accept={str, NoneType})
    /

One str_none.
[clinic start generated code]*/

static PyObject *
echo_o_str_none_impl(PyObject *module, const char *x)
/*[clinic end generated code: output=d7e384eca3934649 input=0383d11c848dc925]*/
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

static PyObject *
echo_p_str_none_impl(PyObject *module, PyObject *a, const char *x)
/*[clinic end generated code: output=944c4b60144bccef input=6d548dcb9992b50c]*/
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

static PyObject *
echo_k_str_none_impl(PyObject *module, const char *x, const char *y)
/*[clinic end generated code: output=7100d93ac9c28983 input=2b2f397fd02cce2a]*/
{
    return steal_tuple(2, opt_str(x), opt_str(y));
}

/*[clinic input]
echo.o_object

    x: object
    /

One object.
[clinic start generated code]*/

static PyObject *
echo_o_object(PyObject *module, PyObject *x)
/*[clinic end generated code: output=5ea89e4171ce8c71 input=07a072216fa366d6]*/
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

static PyObject *
echo_p_object_impl(PyObject *module, PyObject *a, PyObject *x)
/*[clinic end generated code: output=eb0324317801fed9 input=805a4729ad18433d]*/
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

static PyObject *
echo_k_object_impl(PyObject *module, PyObject *x, PyObject *y)
/*[clinic end generated code: output=22a824f677279fcb input=5c88a5984edb7904]*/
{
    return steal_tuple(2, Py_NewRef(x), Py_NewRef(y));
}

/*[clinic input]
echo.o_object_null

    x: object
    /

One object_null.
[clinic start generated code]*/

static PyObject *
echo_o_object_null(PyObject *module, PyObject *x)
/*[clinic end generated code: output=db546f82c615837a input=416aef1723c63e59]*/
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

static PyObject *
echo_p_object_null_impl(PyObject *module, PyObject *a, PyObject *x)
/*[clinic end generated code: output=ad55d8fae1776736 input=401f6dba28f522b2]*/
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

static PyObject *
echo_k_object_null_impl(PyObject *module, PyObject *x, PyObject *y)
/*[clinic end generated code: output=a22f3dcde28893b3 input=8beb190dd624e1c7]*/
{
    return steal_tuple(2, opt_obj(x), opt_obj(y));
}

/*[clinic input]
echo.o_list

    x: object(subclass_of='&PyList_Type')
    /

One list.
[clinic start generated code]*/

static PyObject *
echo_o_list_impl(PyObject *module, PyObject *x)
/*[clinic end generated code: output=af68fc04c4a29340 input=b63c4da85b074277]*/
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

static PyObject *
echo_p_list_impl(PyObject *module, PyObject *a, PyObject *x)
/*[clinic end generated code: output=294f81bba2b24689 input=a1370c86a8a3b728]*/
{
    return steal_tuple(2, Py_NewRef(a), Py_NewRef(x));
}

/*[clinic input]
echo.k_list

    x: object(subclass_of='&PyList_Type')

Keyword list.
[clinic start generated code]*/

static PyObject *
echo_k_list_impl(PyObject *module, PyObject *x)
/*[clinic end generated code: output=a593af184a38b23a input=fb21f198ed8792e1]*/
{
    return steal_tuple(1, Py_NewRef(x));
}

/*[clinic input]
echo.o_long_obj

    x: object(subclass_of='&PyLong_Type')
    /

One long_obj.
[clinic start generated code]*/

static PyObject *
echo_o_long_obj_impl(PyObject *module, PyObject *x)
/*[clinic end generated code: output=a3b3a1f4565669e6 input=67ef66d81659d1e1]*/
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

static PyObject *
echo_p_long_obj_impl(PyObject *module, PyObject *a, PyObject *x)
/*[clinic end generated code: output=3e0868c8f6b43ccb input=22f54082959edecd]*/
{
    return steal_tuple(2, Py_NewRef(a), Py_NewRef(x));
}

/*[clinic input]
echo.k_long_obj

    x: object(subclass_of='&PyLong_Type')

Keyword long_obj.
[clinic start generated code]*/

static PyObject *
echo_k_long_obj_impl(PyObject *module, PyObject *x)
/*[clinic end generated code: output=8558449e32d11571 input=1aaa7059675f3247]*/
{
    return steal_tuple(1, Py_NewRef(x));
}

/*[clinic input]
echo.o_bytes_obj

    x: PyBytesObject
    /

One bytes_obj.
[clinic start generated code]*/

static PyObject *
echo_o_bytes_obj_impl(PyObject *module, PyBytesObject *x)
/*[clinic end generated code: output=68601ce5e16ef2cc input=ea694f167b12216c]*/
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

static PyObject *
echo_p_bytes_obj_impl(PyObject *module, PyObject *a, PyBytesObject *x)
/*[clinic end generated code: output=a55426877475b545 input=288193ee9ed254b9]*/
{
    return steal_tuple(2, Py_NewRef(a), Py_NewRef((PyObject *)x));
}

/*[clinic input]
echo.k_bytes_obj

    x: PyBytesObject

Keyword bytes_obj.
[clinic start generated code]*/

static PyObject *
echo_k_bytes_obj_impl(PyObject *module, PyBytesObject *x)
/*[clinic end generated code: output=0ce1582e77a0cda6 input=b75d8c6aa87a4bcb]*/
{
    return steal_tuple(1, Py_NewRef((PyObject *)x));
}

/*[clinic input]
echo.o_bytearray_obj

    x: PyByteArrayObject
    /

One bytearray_obj.
[clinic start generated code]*/

static PyObject *
echo_o_bytearray_obj_impl(PyObject *module, PyByteArrayObject *x)
/*[clinic end generated code: output=89af02ed3af842c0 input=dc879cd30c53fd59]*/
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

static PyObject *
echo_p_bytearray_obj_impl(PyObject *module, PyObject *a,
                          PyByteArrayObject *x)
/*[clinic end generated code: output=52597e3c9db236ae input=97da23df4ba65b97]*/
{
    return steal_tuple(2, Py_NewRef(a), Py_NewRef((PyObject *)x));
}

/*[clinic input]
echo.k_bytearray_obj

    x: PyByteArrayObject

Keyword bytearray_obj.
[clinic start generated code]*/

static PyObject *
echo_k_bytearray_obj_impl(PyObject *module, PyByteArrayObject *x)
/*[clinic end generated code: output=c5501b2cd9081ba7 input=4fa53b4ca05bb23d]*/
{
    return steal_tuple(1, Py_NewRef((PyObject *)x));
}

/*[clinic input]
echo.o_unicode

    x: unicode
    /

One unicode.
[clinic start generated code]*/

static PyObject *
echo_o_unicode_impl(PyObject *module, PyObject *x)
/*[clinic end generated code: output=9776511231a2aae8 input=853fb57e87d58ae8]*/
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

static PyObject *
echo_p_unicode_impl(PyObject *module, PyObject *a, PyObject *x)
/*[clinic end generated code: output=7b07b83298b513cf input=06131d0b9ad8fa97]*/
{
    return steal_tuple(2, Py_NewRef(a), Py_NewRef(x));
}

/*[clinic input]
echo.k_unicode

    x: unicode

Keyword unicode.
[clinic start generated code]*/

static PyObject *
echo_k_unicode_impl(PyObject *module, PyObject *x)
/*[clinic end generated code: output=27110fcc7fc935b8 input=0deabf0276917a95]*/
{
    return steal_tuple(1, Py_NewRef(x));
}

/*[clinic input]
echo.o_buffer

    x: Py_buffer
    /

One buffer.
[clinic start generated code]*/

static PyObject *
echo_o_buffer_impl(PyObject *module, Py_buffer *x)
/*[clinic end generated code: output=eddbadc6fefef00e input=d19f06055d153ea6]*/
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

static PyObject *
echo_p_buffer_impl(PyObject *module, PyObject *a, Py_buffer *x)
/*[clinic end generated code: output=94b3eb6f37b409c6 input=029cc35cf116639e]*/
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

static PyObject *
echo_k_buffer_impl(PyObject *module, Py_buffer *x, Py_buffer *y)
/*[clinic end generated code: output=91ee7f47fe29bd4e input=c6699a8866e37397]*/
{
    return steal_tuple(2, buf_to_py(x), buf_to_py(y));
}

/*[clinic input]
echo.o_buffer_str

    x: Py_buffer(accept={str, buffer})
    /

One buffer_str.
[clinic start generated code]*/

static PyObject *
echo_o_buffer_str_impl(PyObject *module, Py_buffer *x)
/*[clinic end generated code: output=313117f158e3c2aa input=38dbe71cf1a362da]*/
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

static PyObject *
echo_p_buffer_str_impl(PyObject *module, PyObject *a, Py_buffer *x)
/*[clinic end generated code: output=b77ee2be9334034e input=42d8a3cdc3e7d816]*/
{
    return steal_tuple(2, Py_NewRef(a), buf_to_py(x));
}

/*[clinic input]
echo.k_buffer_str

    x: Py_buffer(accept={str, buffer})

Keyword buffer_str.
[clinic start generated code]*/

static PyObject *
echo_k_buffer_str_impl(PyObject *module, Py_buffer *x)
/*[clinic end generated code: output=1e5ea98238545b26 input=8f03285b87f894fa]*/
{
    return steal_tuple(1, buf_to_py(x));
}

/*[clinic input]
echo.o_buffer_strnone

    x: Py_buffer(accept={str, buffer, NoneType})
    /

One buffer_strnone.
[clinic start generated code]*/

static PyObject *
echo_o_buffer_strnone_impl(PyObject *module, Py_buffer *x)
/*[clinic end generated code: output=a9cbfbdd09dbc171 input=bb11352d40ccfa97]*/
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

static PyObject *
echo_p_buffer_strnone_impl(PyObject *module, PyObject *a, Py_buffer *x)
/*[clinic end generated code: output=51a8bae6e30f75c4 input=2e16df31852d3015]*/
{
    return steal_tuple(2, Py_NewRef(a), buf_to_py(x));
}

/*[clinic input]
echo.k_buffer_strnone

    x: Py_buffer(accept={str, buffer, NoneType})

Keyword buffer_strnone.
[clinic start generated code]*/

static PyObject *
echo_k_buffer_strnone_impl(PyObject *module, Py_buffer *x)
/*[clinic end generated code: output=c3f57403db305b9a input=4fe92a2cfc001576]*/
{
    return steal_tuple(1, buf_to_py(x));
}

/*[clinic input]
echo.o_buffer_rw

    x: Py_buffer(accept={rwbuffer})
    /

One buffer_rw.
[clinic start generated code]*/

static PyObject *
echo_o_buffer_rw_impl(PyObject *module, Py_buffer *x)
/*[clinic end generated code: output=475a8a9712c5845b input=67510fe4bd0f4022]*/
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

static PyObject *
echo_p_buffer_rw_impl(PyObject *module, PyObject *a, Py_buffer *x)
/*[clinic end generated code: output=afc9816c008065d3 input=8f23b7689d586257]*/
{
    return steal_tuple(2, Py_NewRef(a), buf_to_py(x));
}

/*[clinic input]
echo.k_buffer_rw

    x: Py_buffer(accept={rwbuffer})

Keyword buffer_rw.
[clinic start generated code]*/

static PyObject *
echo_k_buffer_rw_impl(PyObject *module, Py_buffer *x)
/*[clinic end generated code: output=774348c7f13eabb8 input=48d2b135e5093655]*/
{
    return steal_tuple(1, buf_to_py(x));
}

/*[clinic input]
echo.r_int -> int

    x: int
    /

Returns int; -7 raises ValueError.
[clinic start generated code]*/

static int
echo_r_int_impl(PyObject *module, int x)
/*[clinic end generated code: output=2f0fdc71eff28f08 input=3dafd387b31c9248]*/
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

static long
echo_r_long_impl(PyObject *module, int x)
/*[clinic end generated code: output=d1d7e2bdc759cec0 input=786828bac2b68027]*/
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

static Py_ssize_t
echo_r_ssize_impl(PyObject *module, int x)
/*[clinic end generated code: output=2b6e8e4416630d13 input=7382a4bf148d07ff]*/
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

static size_t
echo_r_size_impl(PyObject *module, int x)
/*[clinic end generated code: output=ef488d58441cc403 input=cae545a569cf8d01]*/
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

static unsigned int
echo_r_uint_impl(PyObject *module, int x)
/*[clinic end generated code: output=66ae04ffc8d23277 input=e3b5fb7879bc79a9]*/
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

static unsigned long
echo_r_ulong_impl(PyObject *module, int x)
/*[clinic end generated code: output=2dedea2c3ac2b2fb input=bcabbbcb6547fe01]*/
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

static double
echo_r_double_impl(PyObject *module, int x)
/*[clinic end generated code: output=bf0e389e62e753c2 input=c36d8d918cefc248]*/
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

static float
echo_r_float_impl(PyObject *module, int x)
/*[clinic end generated code: output=bb3719a70820412b input=519db31c2049a856]*/
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

static int
echo_r_bool_impl(PyObject *module, int x)
/*[clinic end generated code: output=12b80c8f0d51bc36 input=0e95a5db29b29d4d]*/
{
    if (x == -7) {
        PyErr_SetString(PyExc_ValueError, "seven");
        return -1;
    }
    return x;
}

/* ---- a class: __new__ with keywords, __init__ positional-only, methods, getters ---- */

/*[clinic input]
class echo.Thing "ThingObject *" "echo_thing_type(self)"
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=6fc0c3e0089df361]*/

/*[clinic input]
@classmethod
echo.Thing.__new__

    a: int
    b: object = None

Make a thing.
[clinic start generated code]*/

static PyObject *
echo_Thing_impl(PyTypeObject *type, int a, PyObject *b)
/*[clinic end generated code: output=00eab3981757032c input=8480846ffa5dccd2]*/
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

static int
echo_Thing___init___impl(ThingObject *self, int x)
/*[clinic end generated code: output=b7556a83f7e6711b input=6ff8461995bb7021]*/
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

static PyObject *
echo_Thing_meth_impl(ThingObject *self, int a, const char *b)
/*[clinic end generated code: output=527f2138af1f418e input=0e2422552eeb5439]*/
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

static PyObject *
echo_Thing_cmeth_impl(PyTypeObject *type, int a)
/*[clinic end generated code: output=9e92aadf299a2d13 input=48904863f7bb4062]*/
{
    return steal_tuple(1, PyLong_FromLong(a));
}

/*[clinic input]
@staticmethod
echo.Thing.smeth

    a: int = 1

A static method.
[clinic start generated code]*/

static PyObject *
echo_Thing_smeth_impl(int a)
/*[clinic end generated code: output=44b6ae166509505b input=635a7221bcb813a2]*/
{
    return steal_tuple(1, PyLong_FromLong(a));
}

/*[clinic input]
@getter
echo.Thing.new_data

What __new__ got.
[clinic start generated code]*/

static PyObject *
echo_Thing_new_data_get_impl(ThingObject *self)
/*[clinic end generated code: output=63704cddecc1a25c input=b4fd9b469a41bcad]*/
{
    return Py_NewRef(self->new_data);
}

/*[clinic input]
@getter
echo.Thing.init_data

What __init__ got.
[clinic start generated code]*/

static PyObject *
echo_Thing_init_data_get_impl(ThingObject *self)
/*[clinic end generated code: output=cab6f219f593485f input=d856781871b416c6]*/
{
    return Py_NewRef(self->init_data);
}

/*[clinic input]
@setter
echo.Thing.init_data
[clinic start generated code]*/

static int
echo_Thing_init_data_set_impl(ThingObject *self, PyObject *value)
/*[clinic end generated code: output=2f6eca8b86be1344 input=b104e0e2ad18e2ef]*/
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

static PyObject *
echo_Thing_defcls_impl(ThingObject *self, PyTypeObject *cls, int a)
/*[clinic end generated code: output=58bb2ff7b1c6fa82 input=36415bb07bbf24ec]*/
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

static int
echo_exec(PyObject *module)
{
    echo_state *state = (echo_state *)PyModule_GetState(module);
    state->thing_type = (PyTypeObject *)PyType_FromModuleAndSpec(module, &thing_spec, NULL);
    if (state->thing_type == NULL) {
        return -1;
    }
    return PyModule_AddType(module, state->thing_type);
}

static int
echo_traverse(PyObject *module, visitproc visit, void *arg)
{
    Py_VISIT(((echo_state *)PyModule_GetState(module))->thing_type);
    return 0;
}

static int
echo_clear(PyObject *module)
{
    Py_CLEAR(((echo_state *)PyModule_GetState(module))->thing_type);
    return 0;
}

/* Multi-phase init, which subinterpreters require; the module declares that it keeps no state
   shared between interpreters and does not rely on the GIL (3.12+ and 3.13+ slots). */
static PyModuleDef_Slot echo_slots[] = {
    {Py_mod_exec, echo_exec},
#if defined(Py_mod_multiple_interpreters)
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
#endif
#if defined(Py_mod_gil)
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL}
};

static struct PyModuleDef echo_module = {
    PyModuleDef_HEAD_INIT, "echo_c", NULL, sizeof(echo_state), echo_methods, echo_slots,
    echo_traverse, echo_clear, NULL,
};

PyMODINIT_FUNC
PyInit_echo_c(void)
{
    return PyModuleDef_Init(&echo_module);
}
