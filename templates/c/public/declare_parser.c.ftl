<#-- declare_parser.c.ftl (c-public, c-limited): the static keyword list and parser of the
     argclinic runtime. Fed by ParseArgs.ParserDeclaration (only its shape matters here: the
     names come late-bound as {keywords_c}, the Python name as {name}). Literal braces doubled;
     lines start at column 0. -->
static const char * const _keywords[] = {{{keywords_c} NULL}};
static argclinic_parser _parser = {{.fname = "{name}", .keywords = _keywords}};
