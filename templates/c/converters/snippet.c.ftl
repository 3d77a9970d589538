<#-- Driver for converter snippets, fed by org.argclinic.resolve.CSnippets with a map of strings:
     renders macro ${snippet_macro} of c/converters/${snippet_file}.c.ftl with the same map as its
     variables. Adds no text of its own. -->
<#import "/c/converters/" + snippet_file + ".c.ftl" as s><#assign m = s[snippet_macro]><@m/>
