<#-- c-limited uses the c-public header template; PublicViewModels / the view model says which target. -->
<#include "../public/header.c.ftl">
