/* The impl functions every variant calls: they only consume their arguments. */
static PyObject *
objs_impl(PyObject *module, PyObject *a, PyObject *b, PyObject *c, PyObject *d)
{
    (void)module; (void)a; (void)b; (void)c; (void)d;
    Py_RETURN_NONE;
}

static PyObject *
typed_impl(PyObject *module, long x, double y, const char *s, int flag)
{
    (void)module; (void)x; (void)y; (void)s; (void)flag;
    Py_RETURN_NONE;
}
