<#-- c-limited uses the c-public parse_arg template; PublicViewModels / the view model says which target. -->
<#include "../public/parse_arg.c.ftl">
