<#-- c-limited uses the c-public declare_parser template; PublicViewModels / the view model says which target. -->
<#include "../public/declare_parser.c.ftl">
