<#-- option_groups.c.ftl (c-public, c-limited). Fed by ViewModels.OptionGroups: the switch over the
     argument count of a function with optional groups. Each case's parseArguments holds its
     conversions, written by PublicTarget#optionGroupCase (final form, lines at column 8): the
     items of the args tuple converted inline, where c/core calls PyArg_ParseTuple; a case with
     formatUnits (limited glue before 3.11, whose API cannot read buffers) calls PyArg_ParseTuple
     too. Emitted verbatim (the emitter escapes its braces afterwards); no trailing newline. -->
switch (${nargs}) {
<#list cases as c>
<#if c.count == 0>
    case 0:
        break;
<#else>
    case ${c.count?c}:
<#if c.formatUnits?has_content>
        if (!PyArg_ParseTuple(args, "${c.formatUnits}:${name}", ${c.parseArguments})) {
            goto exit;
        }
<#else>
${c.parseArguments}
</#if>
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
