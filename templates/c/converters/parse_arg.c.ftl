<#--
  Converter parse snippets: one macro per snippet, rendered through snippet.c.ftl by
  org.argclinic.resolve.CSnippets
  (CConverter.snippet) with string variables argname, paramname and per-snippet extras computed in
  Java; macros only print them, never test them (Java renders them as slots, see
  Templates.renderSlotted). Output is clinic's parse_arg text: column 0, literal C braces doubled ({{ }}) and {name}
  left for the emitter. Whitespace: lines holding only a macro tag vanish; every other line is
  emitted as written. Macro names must differ from variable names (a macro would shadow one).
-->
<#macro object_converter>
if (!${converter}(${argname}, &${paramname})) {{
    goto exit;
}}
</#macro>
<#macro object_known_type>
if (!${typecheck}(${argname})) {{
    ${bad_argument}
    goto exit;
}}
${paramname} = ${cast}${argname};
</#macro>
<#macro object_subclass_of>
if (!PyObject_TypeCheck(${argname}, ${subclass_of})) {{
    ${bad_argument}
    goto exit;
}}
${paramname} = ${cast}${argname};
</#macro>
<#macro object_any>
${paramname} = ${cast}${argname};
</#macro>
<#macro bool_i>
${paramname} = PyLong_AsInt(${argname});
if (${paramname} == -1 && PyErr_Occurred()) {{
    goto exit;
}}
</#macro>
<#macro bool_p>
${paramname} = PyObject_IsTrue(${argname});
if (${paramname} < 0) {{
    goto exit;
}}
</#macro>
<#macro char_c>
if (PyBytes_Check(${argname}) && PyBytes_GET_SIZE(${argname}) == 1) {{
    ${paramname} = PyBytes_AS_STRING(${argname})[0];
}}
else if (PyByteArray_Check(${argname}) && PyByteArray_GET_SIZE(${argname}) == 1) {{
    ${paramname} = PyByteArray_AS_STRING(${argname})[0];
}}
else {{
    ${bad_argument}
    goto exit;
}}
</#macro>
<#macro unsigned_char_b>
{{
    long ival = PyLong_AsLong(${argname});
    if (ival == -1 && PyErr_Occurred()) {{
        goto exit;
    }}
    else if (ival < 0) {{
        PyErr_SetString(PyExc_OverflowError,
                        "unsigned byte integer is less than minimum");
        goto exit;
    }}
    else if (ival > UCHAR_MAX) {{
        PyErr_SetString(PyExc_OverflowError,
                        "unsigned byte integer is greater than maximum");
        goto exit;
    }}
    else {{
        ${paramname} = (unsigned char) ival;
    }}
}}
</#macro>
<#macro unsigned_char_B>
{{
    unsigned long ival = PyLong_AsUnsignedLongMask(${argname});
    if (ival == (unsigned long)-1 && PyErr_Occurred()) {{
        goto exit;
    }}
    else {{
        ${paramname} = (unsigned char) ival;
    }}
}}
</#macro>
<#macro short_h>
{{
    long ival = PyLong_AsLong(${argname});
    if (ival == -1 && PyErr_Occurred()) {{
        goto exit;
    }}
    else if (ival < SHRT_MIN) {{
        PyErr_SetString(PyExc_OverflowError,
                        "signed short integer is less than minimum");
        goto exit;
    }}
    else if (ival > SHRT_MAX) {{
        PyErr_SetString(PyExc_OverflowError,
                        "signed short integer is greater than maximum");
        goto exit;
    }}
    else {{
        ${paramname} = (short) ival;
    }}
}}
</#macro>
<#-- unsigned short / unsigned int with bitwise=True: ctype is the C type. -->
<#macro unsigned_mask>
${paramname} = (${ctype})PyLong_AsUnsignedLongMask(${argname});
if (${paramname} == (${ctype})-1 && PyErr_Occurred()) {{
    goto exit;
}}
</#macro>
<#-- unsigned short / unsigned int in the limited API: ctype, max (USHRT_MAX, UINT_MAX). -->
<#macro unsigned_limited>
{{
    unsigned long uval = PyLong_AsUnsignedLong(${argname});
    if (uval == (unsigned long)-1 && PyErr_Occurred()) {{
        goto exit;
    }}
    if (uval > ${max}) {{
        PyErr_SetString(PyExc_OverflowError,
                        "Python int too large for C ${ctype}");
        goto exit;
    }}
    ${paramname} = (${ctype}) uval;
}}
</#macro>
<#-- uint8..uint64 under the limited API (CPython 3.15's inline form); ctype is uint8_t etc. -->
<#macro uint_native_bytes>
{{
    Py_ssize_t _bytes = PyLong_AsNativeBytes(${argname}, &${paramname}, sizeof(${ctype}),
            Py_ASNATIVEBYTES_NATIVE_ENDIAN |
            Py_ASNATIVEBYTES_ALLOW_INDEX |
            Py_ASNATIVEBYTES_REJECT_NEGATIVE |
            Py_ASNATIVEBYTES_UNSIGNED_BUFFER);
    if (_bytes < 0) {{
        goto exit;
    }}
    if ((size_t)_bytes > sizeof(${ctype})) {{
        PyErr_SetString(PyExc_OverflowError,
                        "Python int too large for C ${ctype}");
        goto exit;
    }}
}}
</#macro>
<#macro int_C>
if (!PyUnicode_Check(${argname})) {{
    ${bad_argument}
    goto exit;
}}
if (PyUnicode_GET_LENGTH(${argname}) != 1) {{
    ${bad_argument}
    goto exit;
}}
${paramname} = PyUnicode_READ_CHAR(${argname}, 0);
</#macro>
<#-- long 'l', long long 'L': fn is PyLong_AsLong / PyLong_AsLongLong. -->
<#macro as_signed>
${paramname} = ${fn}(${argname});
if (${paramname} == -1 && PyErr_Occurred()) {{
    goto exit;
}}
</#macro>
<#-- unsigned long 'k', unsigned long long 'K': fn is the *Mask function. -->
<#macro unsigned_long_mask>
if (!PyLong_Check(${argname})) {{
    ${bad_argument}
    goto exit;
}}
${paramname} = ${fn}(${argname});
</#macro>
<#-- unsigned long (long), size_t in the limited API: fn, ctype. -->
<#macro as_unsigned>
${paramname} = ${fn}(${argname});
if (${paramname} == (${ctype})-1 && PyErr_Occurred()) {{
    goto exit;
}}
</#macro>
<#-- index_fn: PyNumber_Index or _PyNumber_Index. -->
<#macro ssize_t_n>
{{
    Py_ssize_t ival = -1;
    PyObject *iobj = ${index_fn}(${argname});
    if (iobj != NULL) {{
        ival = PyLong_AsSsize_t(iobj);
        Py_DECREF(iobj);
    }}
    if (ival == -1 && PyErr_Occurred()) {{
        goto exit;
    }}
    ${paramname} = ival;
}}
</#macro>
<#-- Py_ssize_t(allow_negative=False) (CPython 3.15): the same, then the sign. -->
<#macro ssize_t_n_non_negative>
{{
    Py_ssize_t ival = -1;
    PyObject *iobj = ${index_fn}(${argname});
    if (iobj != NULL) {{
        ival = PyLong_AsSsize_t(iobj);
        Py_DECREF(iobj);
    }}
    if (ival == -1 && PyErr_Occurred()) {{
        goto exit;
    }}
    ${paramname} = ival;
    if (${paramname} < 0) {{
        PyErr_SetString(PyExc_ValueError,
                        "${paramname} cannot be negative");
        goto exit;
    }}
}}
</#macro>
<#macro ssize_t_optional_limited>
if (${argname} != Py_None) {{
    if (PyIndex_Check(${argname})) {{
        ${paramname} = PyNumber_AsSsize_t(${argname}, PyExc_OverflowError);
        if (${paramname} == -1 && PyErr_Occurred()) {{
            goto exit;
        }}
    }}
    else {{
        ${bad_argument}
        goto exit;
    }}
}}
</#macro>
<#-- the same for Py_ssize_t(accept={int, NoneType}, allow_negative=False) -->
<#macro ssize_t_optional_limited_non_negative>
if (${argname} != Py_None) {{
    if (PyIndex_Check(${argname})) {{
        ${paramname} = PyNumber_AsSsize_t(${argname}, PyExc_OverflowError);
        if (${paramname} == -1 && PyErr_Occurred()) {{
            goto exit;
        }}
        if (${paramname} < 0) {{
            PyErr_SetString(PyExc_ValueError,
                            "${paramname} cannot be negative");
            goto exit;
        }}
    }}
    else {{
        ${bad_argument}
        goto exit;
    }}
}}
</#macro>
<#macro slice_index_nullable_limited>
if (!Py_IsNone(${argname})) {{
    if (PyIndex_Check(${argname})) {{
        ${paramname} = PyNumber_AsSsize_t(${argname}, NULL);
        if (${paramname} == -1 && PyErr_Occurred()) {{
            return 0;
        }}
    }}
    else {{
        PyErr_SetString(PyExc_TypeError,
                        "slice indices must be integers or "
                        "None or have an __index__ method");
        goto exit;
    }}
}}
</#macro>
<#macro slice_index_limited>
if (PyIndex_Check(${argname})) {{
    ${paramname} = PyNumber_AsSsize_t(${argname}, NULL);
    if (${paramname} == -1 && PyErr_Occurred()) {{
        goto exit;
    }}
}}
else {{
    PyErr_SetString(PyExc_TypeError,
                    "slice indices must be integers or "
                    "have an __index__ method");
    goto exit;
}}
</#macro>
<#macro size_t_n>
${paramname} = PyNumber_AsSsize_t(${argname}, PyExc_OverflowError);
if (${paramname} == -1 && PyErr_Occurred()) {{
    goto exit;
}}
</#macro>
<#macro fildes>
${paramname} = PyObject_AsFileDescriptor(${argname});
if (${paramname} < 0) {{
    goto exit;
}}
</#macro>
<#macro float_exact>
if (PyFloat_CheckExact(${argname})) {{
    ${paramname} = (float) (PyFloat_AS_DOUBLE(${argname}));
}}
else
{{
    ${paramname} = (float) PyFloat_AsDouble(${argname});
    if (${paramname} == -1.0 && PyErr_Occurred()) {{
        goto exit;
    }}
}}
</#macro>
<#macro double_exact>
if (PyFloat_CheckExact(${argname})) {{
    ${paramname} = PyFloat_AS_DOUBLE(${argname});
}}
else
{{
    ${paramname} = PyFloat_AsDouble(${argname});
    if (${paramname} == -1.0 && PyErr_Occurred()) {{
        goto exit;
    }}
}}
</#macro>
<#-- float 'f' / double 'd' in the limited API: cast is "(float) " or "". -->
<#macro float_limited>
${paramname} = ${cast}PyFloat_AsDouble(${argname});
if (${paramname} == -1.0 && PyErr_Occurred()) {{
    goto exit;
}}
</#macro>
<#macro complex_D>
${paramname} = PyComplex_AsCComplex(${argname});
if (PyErr_Occurred()) {{
    goto exit;
}}
</#macro>
<#macro str_s>
if (!PyUnicode_Check(${argname})) {{
    ${bad_argument}
    goto exit;
}}
Py_ssize_t ${length_name};
${paramname} = PyUnicode_AsUTF8AndSize(${argname}, &${length_name});
if (${paramname} == NULL) {{
    goto exit;
}}
if (strlen(${paramname}) != (size_t)${length_name}) {{
    PyErr_SetString(PyExc_ValueError, "embedded null character");
    goto exit;
}}
</#macro>
<#macro str_z>
if (${argname} == Py_None) {{
    ${paramname} = NULL;
}}
else if (PyUnicode_Check(${argname})) {{
    Py_ssize_t ${length_name};
    ${paramname} = PyUnicode_AsUTF8AndSize(${argname}, &${length_name});
    if (${paramname} == NULL) {{
        goto exit;
    }}
    if (strlen(${paramname}) != (size_t)${length_name}) {{
        PyErr_SetString(PyExc_ValueError, "embedded null character");
        goto exit;
    }}
}}
else {{
    ${bad_argument}
    goto exit;
}}
</#macro>
<#-- PyBytesObject 'S', PyByteArrayObject 'Y', unicode 'U': check is the type check macro. -->
<#macro checked_cast>
if (!${check}(${argname})) {{
    ${bad_argument}
    goto exit;
}}
${paramname} = ${cast}${argname};
</#macro>
<#macro wchar_str>
if (!PyUnicode_Check(${argname})) {{
    ${bad_argument}
    goto exit;
}}
${paramname} = PyUnicode_AsWideCharString(${argname}, NULL);
if (${paramname} == NULL) {{
    goto exit;
}}
</#macro>
<#macro wchar_str_or_none>
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
    ${bad_argument}
    goto exit;
}}
</#macro>
<#macro buffer_y>
if (PyObject_GetBuffer(${argname}, &${paramname}, PyBUF_SIMPLE) != 0) {{
    goto exit;
}}
</#macro>
<#macro buffer_s>
if (PyUnicode_Check(${argname})) {{
    Py_ssize_t len;
    const char *ptr = PyUnicode_AsUTF8AndSize(${argname}, &len);
    if (ptr == NULL) {{
        goto exit;
    }}
    if (PyBuffer_FillInfo(&${paramname}, ${argname}, (void *)ptr, len, 1, PyBUF_SIMPLE) < 0) {{
        goto exit;
    }}
}}
else {{ /* any bytes-like object */
    if (PyObject_GetBuffer(${argname}, &${paramname}, PyBUF_SIMPLE) != 0) {{
        goto exit;
    }}
}}
</#macro>
<#macro buffer_w>
if (PyObject_GetBuffer(${argname}, &${paramname}, PyBUF_WRITABLE) < 0) {{
    ${bad_argument}
    goto exit;
}}
</#macro>
