<#-- Fed by org.argclinic.emit.c.ViewModels.ParseStep. One fixed piece of parsing code, chosen by kind, in late-bound
     form (literal braces doubled, {name}/{format_units}/{parse_arguments} filled later). Lines
     start at column 0; the emitter indents the snippet. text, other and a (a count, already in
     decimal) are only printed, never tested: Java renders them as slots (Templates.renderSlotted);
     kind, plural and varargs are the values to test. -->
<#switch kind>
<#case "noargs_def_class">
if (nargs || (kwnames && PyTuple_GET_SIZE(kwnames))) {{
    PyErr_SetString(PyExc_TypeError, "{name}() takes no arguments");
    ${text}
}}
<#break>
<#case "meth_o_fallback">
if (!PyArg_Parse(${text}, "{format_units}:{name}", {parse_arguments})) {{
    goto exit;
}}
<#break>
<#case "nargs_def">
Py_ssize_t nargs = ${text};
<#break>
<#case "nargs_exact">
if (${text} != ${a}) {{
    PyErr_Format(PyExc_TypeError, "{name} expected ${a} argument${plural}, got %zd", ${text});
    goto exit;
}}
<#break>
<#case "nargs_min">
if (${text} < ${a}) {{
    PyErr_Format(PyExc_TypeError, "{name} expected at least ${a} argument${plural}, got %zd", ${text});
    goto exit;
}}
<#break>
<#case "nargs_max">
if (${text} > ${a}) {{
    PyErr_Format(PyExc_TypeError, "{name} expected at most ${a} argument${plural}, got %zd", ${text});
    goto exit;
}}
<#break>
<#case "check_positional">
if (!_PyArg_CheckPositional("{name}", ${text}, ${a}, ${other})) {{
    goto exit;
}}
<#break>
<#case "vararg_fastcall">
${other} = PyTuple_New(${text});
if (!${other}) {{
    goto exit;
}}
for (Py_ssize_t i = 0; i < ${text}; ++i) {{
    PyTuple_SET_ITEM(${other}, i, Py_NewRef(args[${a} + i]));
}}
<#break>
<#case "vararg_slice">
${other} = PyTuple_GetSlice(${a}, -1);
<#break>
<#case "skip_optional">
if (${text} < ${a}) {{
    goto skip_optional;
}}
<#break>
<#case "parse_stack">
if (!_PyArg_ParseStack(args, nargs, "{format_units}:{name}",
    {parse_arguments})) {{
    goto exit;
}}
<#break>
<#case "parse_tuple">
if (!PyArg_ParseTuple(args, "{format_units}:{name}",
    {parse_arguments})) {{
    goto exit;
}}
<#break>
<#case "unpack_fastcall">
args = ${text}(args, nargs, NULL, kwnames, &_parser, ${other}, argsbuf);
if (!args) {{
    goto exit;
}}
<#break>
<#case "unpack_varargs">
fastargs = ${text}(_PyTuple_CAST(args)->ob_item, nargs, kwargs, NULL, &_parser, ${other}, argsbuf);
if (!fastargs) {{
    goto exit;
}}
<#break>
<#case "goto_if_nargs_below">
if (nargs < ${a}) {{
    goto ${text};
}}
<#break>
<#case "noptargs_decrement">
noptargs--;
<#break>
<#case "goto_if_no_noptargs">
if (!noptargs) {{
    goto ${text};
}}
<#break>
<#case "if_arg_open">
if (${text}) {{
<#break>
<#case "if_arg_close">
    if (!--noptargs) {{
        goto ${text};
    }}
}}
<#break>
<#case "parse_tuple_and_keywords_limited">
if (!PyArg_ParseTupleAndKeywords(args, kwargs, "{format_units}:{name}", _keywords,
    {parse_arguments}))
    goto exit;
<#break>
<#case "parse_stack_and_keywords">
if (!_PyArg_ParseStackAndKeywords(args, nargs, kwnames, &_parser{parse_arguments_comma}
    {parse_arguments})) {{
    goto exit;
}}
<#break>
<#case "parse_tuple_and_keywords_fast">
if (!_PyArg_ParseTupleAndKeywordsFast(args, kwargs, &_parser,
    {parse_arguments})) {{
    goto exit;
}}
<#break>
<#case "no_keywords">
if ({self_type_check}!_PyArg_NoKeywords("{name}", kwargs)) {{
    goto exit;
}}
<#break>
<#case "no_positional">
if ({self_type_check}!_PyArg_NoPositional("{name}", args)) {{
    goto exit;
}}
<#break>
<#case "var_keyword_kwnames">
${text} = PyDict_New();
if (!${text}) {{
    goto exit;
}}
if (kwnames) {{
    Py_ssize_t nkw = PyTuple_GET_SIZE(kwnames);
    for (Py_ssize_t i = 0; i < nkw; i++) {{
        if (PyDict_SetItem(${text}, PyTuple_GET_ITEM(kwnames, i), args[nargs + i]) < 0) {{
            goto exit;
        }}
    }}
}}
<#break>
<#case "var_keyword_kwargs">
${text} = kwargs ? PyDict_Copy(kwargs) : PyDict_New();
if (!${text}) {{
    goto exit;
}}
<#break>
<#case "vararg_tuple_slice">
${other} = PyTuple_GetSlice(args, ${a}, PY_SSIZE_T_MAX);
if (!${other}) {{
    goto exit;
}}
<#break>
<#case "assign">
${text} = ${other};
<#break>
<#case "assign_noptargs">
noptargs = ${text};
<#break>
<#case "var_keyword_split">
${text} = PyDict_New();
if (!${text}) {{
    goto exit;
}}
if (kwargs) {{
    PyObject *key, *value;
    Py_ssize_t pos = 0;
    ${other} = PyDict_New();
    if (!${other}) {{
        goto exit;
    }}
    while (PyDict_Next(kwargs, &pos, &key, &value)) {{
        int named = 0;
        for (int k = 0; _keywords[k]; k++) {{
            if (_keywords[k][0] && PyUnicode_Check(key)
                && PyUnicode_CompareWithASCIIString(key, _keywords[k]) == 0) {{
                named = 1;
                break;
            }}
        }}
        if (PyDict_SetItem(named ? ${other} : ${text}, key, value) < 0) {{
            goto exit;
        }}
    }}
    kwargs = ${other};
}}
<#break>
</#switch>
