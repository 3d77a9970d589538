<#-- Fed by org.argclinic.emit.c.ViewModels.Definition(kind). The fixed pieces around a function: docstring variables,
     the PyMethodDef / PyGetSetDef macros and the #ifndef fallback. Late-bound form: {name} fields
     are filled in by the emitter, literal braces are doubled. The emitter normalizes whitespace. -->
<#switch kind>
<#case "docstring_var">
PyDoc_VAR({c_basename}__doc__);
<#break>
<#case "docstring_strvar">
PyDoc_STRVAR({c_basename}__doc__,
{docstring});
<#break>
<#case "getset_docstring_strvar">
PyDoc_STRVAR({getset_basename}__doc__,
{docstring});
#if defined({getset_basename}_DOCSTR)
#   undef {getset_basename}_DOCSTR
#endif
#define {getset_basename}_DOCSTR {getset_basename}__doc__
<#break>
<#case "methoddef">
#define {methoddef_name}    \
    {{"{name}", {methoddef_cast}{c_basename}{methoddef_cast_end}, {methoddef_flags}, {c_basename}__doc__}},
<#break>
<#case "getterdef">
#if !defined({getset_basename}_DOCSTR)
#  define {getset_basename}_DOCSTR NULL
#endif
#if defined({getset_name}_GETSETDEF)
#  undef {getset_name}_GETSETDEF
#  define {getset_name}_GETSETDEF {{"{name}", (getter){getset_basename}_get, (setter){getset_basename}_set, {getset_basename}_DOCSTR}},
#else
#  define {getset_name}_GETSETDEF {{"{name}", (getter){getset_basename}_get, NULL, {getset_basename}_DOCSTR}},
#endif
<#break>
<#case "setterdef">
#if !defined({getset_basename}_DOCSTR)
#  define {getset_basename}_DOCSTR NULL
#endif
#if defined({getset_name}_GETSETDEF)
#  undef {getset_name}_GETSETDEF
#  define {getset_name}_GETSETDEF {{"{name}", (getter){getset_basename}_get, (setter){getset_basename}_set, {getset_basename}_DOCSTR}},
#else
#  define {getset_name}_GETSETDEF {{"{name}", NULL, (setter){getset_basename}_set, NULL}},
#endif
<#break>
<#case "methoddef_ifndef">
#ifndef {methoddef_name}
    #define {methoddef_name}
#endif /* !defined({methoddef_name}) */
<#break>
</#switch>
