/* The two benchmark signatures, declared for argclinic; clinic/benchglue.c.h (public target) and
   limited/clinic/benchglue.c.h (limited 3.10) are generated from this file. Included by
   callbench.c and callbench_limited.c. */

/*[clinic input]
module bench
[clinic start generated code]*/
/*[clinic end generated code: output=da39a3ee5e6b4b0d input=f69fc295a83cb59b]*/

#include "clinic/benchglue.c.h"

/*[clinic input]
bench.objs

    a: object
    b: object
    c: object = None
    d: object = None

Four objects, two optional.
[clinic start generated code]*/

static PyObject *
bench_objs_impl(PyObject *module, PyObject *a, PyObject *b, PyObject *c,
                PyObject *d)
/*[clinic end generated code: output=561c6be8f34b57d2 input=09a4622471daa2a5]*/
{
    (void)module; (void)a; (void)b; (void)c; (void)d;
    Py_RETURN_NONE;
}

/*[clinic input]
bench.typed

    x: long
    y: double
    s: str
    flag: bool

Converted arguments.
[clinic start generated code]*/

static PyObject *
bench_typed_impl(PyObject *module, long x, double y, const char *s, int flag)
/*[clinic end generated code: output=475eb185afb4ee54 input=acaad61b45128a06]*/
{
    (void)module; (void)x; (void)y; (void)s; (void)flag;
    Py_RETURN_NONE;
}
