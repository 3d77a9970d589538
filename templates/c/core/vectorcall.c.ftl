<#-- Fed by org.argclinic.emit.c.VectorcallView. @vectorcall (gh-87613) on __new__ or __init__:
     the slot ({c_basename}, for tp_new / tp_init) and the vectorcall entry (${name}, for
     tp_vectorcall) both call {c_basename}_vectorcall_helper, the one parser (METH_FASTCALL
     form). The slot serves subclasses and tuple-and-dict calls: it hands the tuple's items on
     as they are and lays a dict out as kwnames and values. Late-bound form ({c_basename},
     {self_type}, {self_name}; literal braces doubled); lines start at column 0. Public C API
     of 3.9+ only (no Py_NewRef). -->
<#assign error = init?then("-1", "NULL")>
static ${init?then("int", "PyObject *")}
{c_basename}({self_type}{self_name}, PyObject *args, PyObject *kwargs)
{{
    Py_ssize_t nargs = PyTuple_GET_SIZE(args);
    Py_ssize_t nkw = kwargs ? PyDict_GET_SIZE(kwargs) : 0;
    PyObject *const *items = &PyTuple_GET_ITEM(args, 0);
    if (nkw == 0) {{
        return {c_basename}_vectorcall_helper({self_name}, items, nargs, NULL);
    }}
    PyObject **stack = PyMem_New(PyObject *, nargs + nkw);
    if (stack == NULL) {{
        PyErr_NoMemory();
        return ${error};
    }}
    PyObject *kwnames = PyTuple_New(nkw);
    if (kwnames == NULL) {{
        PyMem_Free(stack);
        return ${error};
    }}
    for (Py_ssize_t i = 0; i < nargs; i++) {{
        stack[i] = items[i];
    }}
    PyObject *key, *value;
    Py_ssize_t pos = 0, k = 0;
    while (PyDict_Next(kwargs, &pos, &key, &value) && k < nkw) {{
        Py_INCREF(key);
        PyTuple_SET_ITEM(kwnames, k, key);
        stack[nargs + k] = value;
        k++;
    }}
    ${init?then("int", "PyObject *")} result = {c_basename}_vectorcall_helper({self_name}, stack, nargs, kwnames);
    Py_DECREF(kwnames);
    PyMem_Free(stack);
    return result;
}}

static PyObject *
${name}(PyObject *type, PyObject *const *args, size_t nargsf, PyObject *kwnames)
{{
<#if init>
    PyObject *self = ((PyTypeObject *)type)->tp_alloc((PyTypeObject *)type, 0);
    if (self == NULL) {{
        return NULL;
    }}
    if ({c_basename}_vectorcall_helper(({self_type})self, args, PyVectorcall_NARGS(nargsf), kwnames) < 0) {{
        Py_DECREF(self);
        return NULL;
    }}
    return self;
<#else>
    return {c_basename}_vectorcall_helper(({self_type})type, args, PyVectorcall_NARGS(nargsf), kwnames);
</#if>
}}
