<#--
  Converter parse snippets: one macro per snippet, rendered by org.argclinic.resolve.CSnippets
  (CConverter.snippet) with string variables argname, paramname and per-snippet extras computed in
  Java. Output is clinic's parse_arg text: column 0, literal C braces doubled ({{ }}) and {name}
  left for the emitter. Whitespace: lines holding only a macro tag vanish; every other line is
  emitted as written.
-->
<#macro converter_call>
if (!${converter}(${argname}, &${paramname})) {{
    goto exit;
}}
</#macro>
<#macro typecheck>
if (!${typecheck}(${argname})) {{
    ${bad_argument}
    goto exit;
}}
${paramname} = ${cast}${argname};
</#macro>
<#macro subclass_of>
if (!PyObject_TypeCheck(${argname}, ${subclass_of})) {{
    ${bad_argument}
    goto exit;
}}
${paramname} = ${cast}${argname};
</#macro>
<#macro object>
${paramname} = ${cast}${argname};
</#macro>
