<#-- parse_arg.c.ftl: the parse of one argument with the public C API (c-public and c-limited).
     Fed by PublicViewModels.ParseArg; kind picks the piece. Late-bound form: C braces doubled,
     {name} (the function's Python name) filled by the function renderer. Lines start at column 0
     and end with a newline; the emitter indents the snippet. -->
<#switch kind>
<#case "call">
<#if direct>
if (!${function}(${callArgs}, &${paramname})) {{
    goto exit;
}}
<#else>
{{
    ${ctype} _value;
    if (!${function}(${callArgs}, &_value)) {{
        goto exit;
    }}
    ${paramname} = (${type})_value;
}}
</#if>
<#break>
<#case "fildes">
${paramname} = PyObject_AsFileDescriptor(${argname});
if (${paramname} < 0) {{
    goto exit;
}}
<#break>
<#case "complex">
${paramname} = PyComplex_AsCComplex(${argname});
if (PyErr_Occurred()) {{
    goto exit;
}}
<#break>
<#case "object">
${paramname} = ${cast}${argname};
<#break>
<#case "checked">
if (!${check}) {{
    argclinic_bad_argument("{name}", "${displayname}", "${expected}", ${argname});
    goto exit;
}}
${paramname} = ${value};
<#break>
<#case "subclass_of">
if (!PyObject_TypeCheck(${argname}, ${expected})) {{
    argclinic_bad_argument_type("{name}", "${displayname}", ${expected}, ${argname});
    goto exit;
}}
${paramname} = ${value};
<#break>
<#case "wchar">
if (!PyUnicode_Check(${argname})) {{
    argclinic_bad_argument("{name}", "${displayname}", "str", ${argname});
    goto exit;
}}
${paramname} = PyUnicode_AsWideCharString(${argname}, NULL);
if (${paramname} == NULL) {{
    goto exit;
}}
<#break>
<#case "wchar_or_none">
if (${argname} == Py_None) {{
    ${paramname} = NULL;
}}
else if (PyUnicode_Check(${argname})) {{
    ${paramname} = PyUnicode_AsWideCharString(${argname}, NULL);
    if (${paramname} == NULL) {{
        goto exit;
    }}
}}
else {{
    argclinic_bad_argument("{name}", "${displayname}", "str or None", ${argname});
    goto exit;
}}
<#break>
<#case "parse">
if (!PyArg_Parse(${argname}, "${formatUnit}:{name}", ${parseArguments})) {{
    goto exit;
}}
<#break>
</#switch>
