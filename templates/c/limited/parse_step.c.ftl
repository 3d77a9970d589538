<#-- c-limited uses the c-public parse_step template; PublicViewModels / the view model says which target. -->
<#include "../public/parse_step.c.ftl">
