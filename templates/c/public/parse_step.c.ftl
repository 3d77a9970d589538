<#-- parse_step.c.ftl (c-public, c-limited). text, other and a are only printed (slots, see core).
     Fed by ViewModels.ParseStep: the pieces of parsing
     code whose c-core form uses CPython's private API, rewritten on the argclinic runtime; every
     other piece comes from c/core/parse_step.c.ftl. Late-bound form (literal braces doubled);
     lines start at column 0. For unpack_*, text is the name of the CPython function the core
     form calls (varargs says whether it is the one with *args) and other its int arguments; for
     getargs_positional_max(_fastcall), a is the parameter count, other the positional count and text 1
     when a positional parameter is optional; for getargs_arity (check_positional with getargs'
     message), text is nargs, a the minimum and other the maximum. -->
<#switch kind>
<#case "noargs_def_class">
if (nargs || (kwnames && ARGCLINIC_TUPLE_SIZE(kwnames))) {{
    PyErr_SetString(PyExc_TypeError, "{name}() takes no arguments");
    ${text}
}}
<#break>
<#case "check_positional">
if (!argclinic_check_positional("{name}", ${text}, ${a}, ${other})) {{
    goto exit;
}}
<#break>
<#case "getargs_arity">
if (!argclinic_getargs_arity("{name}", ${text}, ${a}, ${other})) {{
    goto exit;
}}
<#break>
<#case "parse_stack">
if (!argclinic_parse_stack(args, nargs, "{format_units}:{name}",
    {parse_arguments})) {{
    goto exit;
}}
<#break>
<#case "getargs_positional_max">
if (!argclinic_getargs_positional_max("{name}", ARGCLINIC_TUPLE_SIZE(args), kwargs ? PyDict_Size(kwargs) : 0, ${a}, ${other}, ${text})) {{
    goto exit;
}}
<#break>
<#case "getargs_positional_max_fastcall">
if (!argclinic_getargs_positional_max("{name}", nargs, kwnames ? ARGCLINIC_TUPLE_SIZE(kwnames) : 0, ${a}, ${other}, ${text})) {{
    goto exit;
}}
<#break>
<#case "parse_stack_and_keywords">
if (!argclinic_parse_stack_and_keywords(args, nargs, kwnames, "{format_units}:{name}", _keywords,
    {parse_arguments})) {{
    goto exit;
}}
<#break>
<#case "vararg_fastcall">
${other} = argclinic_tuple_from_array(args + ${a}, ${text});
if (!${other}) {{
    goto exit;
}}
<#break>
<#case "vararg_slice">
<#case "vararg_tuple_slice">
${other} = PyTuple_GetSlice(args, ${a}, PY_SSIZE_T_MAX);
if (!${other}) {{
    goto exit;
}}
<#break>
<#case "unpack_fastcall">
<#if varargs>
args = argclinic_unpack_keywords(args, nargs, NULL, kwnames, &_parser, ${other}, argsbuf);
<#else>
args = ARGCLINIC_UNPACK_KEYWORDS(args, nargs, NULL, kwnames, &_parser, ${other}, argsbuf);
</#if>
if (!args) {{
    goto exit;
}}
<#break>
<#case "unpack_varargs">
<#if varargs>
fastargs = argclinic_unpack_tuple(args, kwargs, &_parser, ${other}, argsbuf);
<#else>
fastargs = argclinic_unpack_tuple(args, kwargs, &_parser, ${other}, -1, argsbuf);
</#if>
if (!fastargs) {{
    goto exit;
}}
<#break>
<#case "no_keywords">
if ({self_type_check}!argclinic_no_keywords("{name}", kwargs)) {{
    goto exit;
}}
<#break>
<#case "no_positional">
if ({self_type_check}!argclinic_no_positional("{name}", args)) {{
    goto exit;
}}
<#break>
<#case "var_keyword_kwnames">
${text} = PyDict_New();
if (!${text}) {{
    goto exit;
}}
if (kwnames) {{
    Py_ssize_t nkw = ARGCLINIC_TUPLE_SIZE(kwnames);
    for (Py_ssize_t i = 0; i < nkw; i++) {{
        if (PyDict_SetItem(${text}, ARGCLINIC_TUPLE_ITEM(kwnames, i), args[nargs + i]) < 0) {{
            goto exit;
        }}
    }}
}}
<#break>
<#default>
<#include "../core/parse_step.c.ftl">
</#switch>
