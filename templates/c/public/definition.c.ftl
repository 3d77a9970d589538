<#-- definition.c.ftl (c-public, c-limited). Fed by ParseArgs.Definition: the GETSETDEF entries
     name all five PyGetSetDef fields (closure NULL), so user code builds warning-free with
     -Wextra; every other kind comes from c/core/definition.c.ftl. Late-bound form (literal
     braces doubled); lines start at column 0. -->
<#switch kind>
<#case "getterdef">
#if !defined({getset_basename}_DOCSTR)
#  define {getset_basename}_DOCSTR NULL
#endif
#if defined({getset_name}_GETSETDEF)
#  undef {getset_name}_GETSETDEF
#  define {getset_name}_GETSETDEF {{"{name}", (getter){getset_basename}_get, (setter){getset_basename}_set, {getset_basename}_DOCSTR, NULL}},
#else
#  define {getset_name}_GETSETDEF {{"{name}", (getter){getset_basename}_get, NULL, {getset_basename}_DOCSTR, NULL}},
#endif
<#break>
<#case "setterdef">
#if !defined({getset_basename}_DOCSTR)
#  define {getset_basename}_DOCSTR NULL
#endif
#if defined({getset_name}_GETSETDEF)
#  undef {getset_name}_GETSETDEF
#  define {getset_name}_GETSETDEF {{"{name}", (getter){getset_basename}_get, (setter){getset_basename}_set, {getset_basename}_DOCSTR, NULL}},
#else
#  define {getset_name}_GETSETDEF {{"{name}", NULL, (setter){getset_basename}_set, NULL, NULL}},
#endif
<#break>
<#default>
<#include "../core/definition.c.ftl">
</#switch>
