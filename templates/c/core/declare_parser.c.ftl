<#-- Fed by org.argclinic.emit.c.ViewModels.ParserDeclaration. The static _PyArg_Parser and its keyword tuple. Late-bound
     form ({keywords_c}, {keywords_py}, {name}, {format_units}); literal braces doubled. The
     emitter normalizes indentation, so lines here start at column 0. -->
<#if limitedCapi>
#define KWTUPLE NULL
<#elseif numKeywords == 0>
#if defined(Py_BUILD_CORE) && !defined(Py_BUILD_CORE_MODULE)
#  define KWTUPLE (PyObject *)&_Py_SINGLETON(tuple_empty)
#else
#  define KWTUPLE NULL
#endif
<#else>
#if defined(Py_BUILD_CORE) && !defined(Py_BUILD_CORE_MODULE)

#define NUM_KEYWORDS ${numKeywords?c}
static struct {{
    PyGC_Head _this_is_not_used;
    PyObject_VAR_HEAD
    PyObject *ob_item[NUM_KEYWORDS];
}} _kwtuple = {{
    .ob_base = PyVarObject_HEAD_INIT(&PyTuple_Type, NUM_KEYWORDS)
    .ob_item = {{ {keywords_py} }},
}};
#undef NUM_KEYWORDS
#define KWTUPLE (&_kwtuple.ob_base.ob_base)

#else  // !Py_BUILD_CORE
#  define KWTUPLE NULL
#endif  // !Py_BUILD_CORE
</#if>

static const char * const _keywords[] = {{{keywords_c} NULL}};
static _PyArg_Parser _parser = {{
    .keywords = _keywords,
<#if hasFormat>
    .format = "{format_units}:{name}",
<#else>
    .fname = "{name}",
</#if>
    .kwtuple = KWTUPLE,
}};
#undef KWTUPLE
