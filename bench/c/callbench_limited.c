/* Limited-API copy of the benchmark glue: this translation unit is compiled with
   Py_LIMITED_API=0x030a0000 and linked into the same module as callbench.c. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "limited/benchglue.c"

PyMethodDef callbench_limited_methods[] = {
    {"limited_objs", ARGCLINIC_CFUNC(bench_objs), METH_FASTCALL|METH_KEYWORDS, NULL},
    {"limited_typed", ARGCLINIC_CFUNC(bench_typed), METH_FASTCALL|METH_KEYWORDS, NULL},
    {NULL, NULL, 0, NULL}
};
