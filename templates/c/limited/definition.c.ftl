<#-- c-limited uses the c-public definition template. -->
<#include "../public/definition.c.ftl">
