<#--
  Parse and return-conversion snippets of the "cpython" converter set (ports of CPython 3.13's
  [python input] converters), rendered by org.argclinic.resolve.CSnippets with string variables
  computed in Java (argname, paramname, converter, table, fn, cast). Same conventions as
  parse_arg.c.ftl: variables only printed (slots), column 0, C braces doubled in parse
  snippets, {name} left for the emitter.
  Macro names must differ from variable names. Lines holding only a macro tag vanish.
-->
<#-- pid_t in resource.c and _posixsubprocess.c -->
<#macro pid>
${paramname} = PyLong_AsPid(${argname});
if (${paramname} == -1 && PyErr_Occurred()) {{
    goto exit;
}}
</#macro>
<#-- HANDLE / pointer converters: cast is "" or "(uintptr_t)". -->
<#macro void_ptr>
${paramname} = ${cast}PyLong_AsVoidPtr(${argname});
if (!${paramname} && PyErr_Occurred()) {{
    goto exit;
}}
</#macro>
<#-- posixmodule's confname converter -->
<#macro confname>
if (!${converter}(module, ${argname}, &${paramname}, "${table}")) {{
    goto exit;
}}
</#macro>
<#-- a C converter that takes a leading context argument: ctx is "module" or "_PyModule_GetState(module)". -->
<#macro converter_with_context>
if (!${converter}(${ctx}, ${argname}, &${paramname})) {{
    goto exit;
}}
</#macro>
<#-- cmath's Py_complex_protected return conversion (plain C, no trailing newline). -->
<#macro complex_protected_return>
if (errno == EDOM) {
    PyErr_SetString(PyExc_ValueError, "math domain error");
    goto exit;
}
else if (errno == ERANGE) {
    PyErr_SetString(PyExc_OverflowError, "math range error");
    goto exit;
}
else {
    return_value = PyComplex_FromCComplex(_return_value);
}
</#macro>
