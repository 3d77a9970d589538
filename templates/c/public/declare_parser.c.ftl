<#-- declare_parser.c.ftl (c-public, c-limited): the static keyword list and parser of the
     argclinic runtime. Fed by ParseArgs.ParserDeclaration (only its shape matters here: the
     names come late-bound as {keywords_c}, the Python name as {name}, the number of leading
     positional-only names as {keywords_posonly}). Literal braces doubled; lines start at column 0.
     The parser is constant but for its call-site memo, which starts empty. -->
static const char * const _keywords[] = {{{keywords_c} NULL}};
static argclinic_parser _parser = {{
    .fname = "{name}",
    .keywords = _keywords,
    .posonly = {keywords_posonly},
    .nkeywords = (int)(sizeof(_keywords) / sizeof(_keywords[0])) - 1,
}};
