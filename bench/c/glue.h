/* The glue argclinic's public and limited targets generate for the two benchmark signatures,
   in the same shape as templates/c/public produce it; included by callbench.c (public API) and
   callbench_limited.c (Py_LIMITED_API 3.10) with BENCH_PREFIX naming the copies.

     objs(a, b, c=None, d=None)
     typed(x: long, y: double, s: str, flag: bool)                                     */

#define BENCH_CAT2(a, b) a##b
#define BENCH_CAT(a, b) BENCH_CAT2(a, b)
#define G(name) BENCH_CAT(BENCH_PREFIX, name)

static PyObject *
G(objs)(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *return_value = NULL;
    static const char *const _keywords[] = {"a", "b", "c", "d"};
    static PyObject *_interned[4];
    static argclinic_parser _parser = {"objs", _keywords, _interned, 4, 0, 2, 4, 0, 0x0ULL, 0};
    PyObject *argsbuf[4];
    PyObject *const *fastargs;
    Py_ssize_t noptargs = nargs + (kwnames ? ARGCLINIC_TUPLE_SIZE(kwnames) : 0) - 2;
    PyObject *a;
    PyObject *b;
    PyObject *c = Py_None;
    PyObject *d = Py_None;

    fastargs = ARGCLINIC_UNPACK(&_parser, args, nargs, kwnames, 2, 4, 0, argsbuf);
    if (!fastargs) {
        goto exit;
    }
    a = fastargs[0];
    b = fastargs[1];
    if (!noptargs) {
        goto skip_optional_pos;
    }
    if (fastargs[2]) {
        c = fastargs[2];
        if (!--noptargs) {
            goto skip_optional_pos;
        }
    }
    d = fastargs[3];
skip_optional_pos:
    return_value = objs_impl(module, a, b, c, d);

exit:
    return return_value;
}

static PyObject *
G(typed)(PyObject *module, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
{
    PyObject *return_value = NULL;
    static const char *const _keywords[] = {"x", "y", "s", "flag"};
    static PyObject *_interned[4];
    static argclinic_parser _parser = {"typed", _keywords, _interned, 4, 0, 4, 4, 0, 0x0ULL, 0};
    PyObject *argsbuf[4];
    PyObject *const *fastargs;
    long x;
    double y;
    const char *s;
    int flag;

    fastargs = ARGCLINIC_UNPACK(&_parser, args, nargs, kwnames, 4, 4, 0, argsbuf);
    if (!fastargs) {
        goto exit;
    }
    if (!argclinic_long(fastargs[0], &x)) {
        goto exit;
    }
    if (!argclinic_double(fastargs[1], &y)) {
        goto exit;
    }
    if (!argclinic_str("typed", "argument 's'", fastargs[2], 0, &s)) {
        goto exit;
    }
    if (!argclinic_bool(fastargs[3], &flag)) {
        goto exit;
    }
    return_value = typed_impl(module, x, y, s, flag);

exit:
    return return_value;
}
