<#-- Fed by org.argclinic.emit.pyi.PyiModuleView: one module's stub (.pyi) up to the
     "# argclinic: output=" stamp line, which Java appends (with the hand-written lines kept
     after it). Whitespace: lines end with \n, none ends in a space; the header, the imports and
     each class or def at the same level are separated by one blank line; four spaces per
     nesting level; a def whose parameterLines are given lists them one per line, each with a
     trailing comma; docstring lines come escaped and are indented like a body (blank ones stay
     empty). A def without a docstring ends with ": ...". The text ends with a blank line. -->
<#macro def d indent>
<#list d.decorators as dec>
${indent}@${dec}
</#list>
<#if d.parameterLines?has_content>
${indent}def ${d.name}(
<#list d.parameterLines as p>
${indent}    ${p},
</#list>
<#if d.docstring?has_content>
${indent}) -> ${d.returns}:
<#else>
${indent}) -> ${d.returns}: ...
</#if>
<#elseif d.docstring?has_content>
${indent}def ${d.name}(${d.parameters}) -> ${d.returns}:
<#else>
${indent}def ${d.name}(${d.parameters}) -> ${d.returns}: ...
</#if>
<#list d.docstring as line>
<#if line?has_content>${indent}    ${line}</#if>
</#list>
</#macro>
<#macro cls c indent>
<#list c.decorators as dec>
${indent}@${dec}
</#list>
<#if c.empty()>
${indent}class ${c.name}: ...
<#else>
${indent}class ${c.name}:
<#list c.docstring as line>
<#if line?has_content>${indent}    ${line}</#if>
</#list>
<#list c.classes as inner>
<#if inner?index != 0 || c.docstring?has_content>

</#if>
<@cls inner indent + "    "/>
</#list>
<#list c.members as m>
<#if m?index != 0 || c.docstring?has_content || c.classes?has_content>

</#if>
<@def m indent + "    "/>
</#list>
</#if>
</#macro>
<#list header as line>
${line}
</#list>
<#if imports?has_content>

<#list imports as line>
${line}
</#list>
</#if>
<#list classes as c>

<@cls c ""/>
</#list>
<#list functions as f>

<@def f ""/>
</#list>

