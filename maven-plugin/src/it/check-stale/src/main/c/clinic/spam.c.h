/*[clinic input]
preserve
[clinic start generated code]*/

PyDoc_STRVAR(spam_add__doc__,
"add($module, a, /)\n"
"--\n"
"\n"
"Return the sum of a and b.");

#define SPAM_ADD_METHODDEF    \
    {"add", (PyCFunction)spam_add, METH_O, spam_add__doc__},

static PyObject *
spam_add_impl(PyObject *module, int a);

static PyObject *
spam_add(PyObject *module, PyObject *arg)
{
    PyObject *return_value = NULL;
    int a;

    a = PyLong_AsInt(arg);
    if (a == -1 && PyErr_Occurred()) {
        goto exit;
    }
    return_value = spam_add_impl(module, a);

exit:
    return return_value;
}
/*[clinic end generated code: output=18f882740ddc5448 input=a9049054013a1b77]*/
