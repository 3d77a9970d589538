<#-- c-limited uses the c-public option_groups template. -->
<#include "../public/option_groups.c.ftl">
