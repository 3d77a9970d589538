<#-- Fed by org.argclinic.emit.c.ViewModels.OptionGroups. The switch over the argument count of a function with
     optional groups: one PyArg_ParseTuple call per accepted count. Emitted verbatim (the emitter
     escapes its braces afterwards). Case bodies are indented 8 spaces; no trailing newline. -->
switch (${nargs}) {
<#list cases as c>
<#if c.count == 0>
    case 0:
        break;
<#else>
    case ${c.count?c}:
        if (!PyArg_ParseTuple(args, "${c.formatUnits}:${name}", ${c.parseArguments})) {
            goto exit;
        }
<#list c.groupBooleans as g>
        ${g} = 1;
</#list>
        break;
</#if>
</#list>
    default:
        PyErr_SetString(PyExc_TypeError, "${fullName} requires ${countMin?c} to ${countMax?c} arguments");
        goto exit;
}<#t>
