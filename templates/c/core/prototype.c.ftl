<#-- Fed by org.argclinic.emit.c.ViewModels.Prototype(kind, argname). One C function prototype (no ';'), in Argument
     Clinic's late-bound form: {c_basename}, {self_type}, ... are filled in later by the emitter, so
     literal braces are doubled. No trailing newline matters: the emitter normalizes the snippet. -->
<#switch kind>
<#case "keyword">
static PyObject *
{c_basename}({self_type}{self_name}, PyObject *args, PyObject *kwargs)
<#break>
<#case "keyword_init">
static int
{c_basename}({self_type}{self_name}, PyObject *args, PyObject *kwargs)
<#break>
<#case "vectorcall_helper">
static PyObject *
{c_basename}_vectorcall_helper({self_type}{self_name}, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
<#break>
<#case "vectorcall_helper_init">
static int
{c_basename}_vectorcall_helper({self_type}{self_name}, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
<#break>
<#case "varargs">
static PyObject *
{c_basename}({self_type}{self_name}, PyObject *args)
<#break>
<#case "fastcall">
static PyObject *
{c_basename}({self_type}{self_name}, PyObject *const *args, Py_ssize_t nargs)
<#break>
<#case "fastcall_keywords">
static PyObject *
{c_basename}({self_type}{self_name}, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
<#break>
<#case "def_class">
static PyObject *
{c_basename}({self_type}{self_name}, PyTypeObject *{defining_class_name}, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames)
<#break>
<#case "noargs">
static PyObject *
{c_basename}({self_type}{self_name}, PyObject *Py_UNUSED(ignored))
<#break>
<#case "getter">
static PyObject *
{c_basename}({self_type}{self_name}, void *Py_UNUSED(context))
<#break>
<#case "setter">
static int
{c_basename}({self_type}{self_name}, PyObject *value, void *Py_UNUSED(context))
<#break>
<#case "meth_o">
static PyObject *
{c_basename}({impl_parameters})
<#break>
<#case "meth_o_arg">
static PyObject *
{c_basename}({self_type}{self_name}, PyObject *${argname})
<#break>
<#case "impl_definition">
static {impl_return_type}
{c_basename}_impl({impl_parameters})
<#break>
</#switch>
