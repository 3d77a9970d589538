<#-- Fed by org.argclinic.emit.c.ViewModels.ParserBody(prototype, fields, simple). A parser function: prototype, opening
     declarations, a blank line, the parsing fields in order, the impl call and the exit path.
     "{name}" lines standing alone are block fields the emitter fills later (an empty one drops its
     line); other {name} fields are late-bound, literal braces doubled. A simple body returns the
     impl's result directly. No trailing newline. The prototype and the fields are only printed:
     Java renders them as slots (Templates.renderSlotted). -->
${prototype}
{{
<#if simple>
<#list fields as field>
${field}
</#list>
    return {c_basename}_impl({impl_arguments});
}}<#t>
<#else>
    {return_value_declaration}
    {parser_declarations}
    {declarations}
    {initializers}

<#list fields as field>
${field}
</#list>
    {modifications}
    {lock}
    {return_value} = {c_basename}_impl({impl_arguments});
    {unlock}
    {return_conversion}
    {post_parsing}

{exit_label}
    {cleanup}
    return return_value;
}}<#t>
</#if>
