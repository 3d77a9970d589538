// An unknown converter is a parse error: the build fails with path:line of the parameter line.
def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/c/spam.c')

assert log =~ /src\/main\/c\/spam\.c:10:\d+: error: / : 'no positioned diagnostic for line 10'
assert log.contains('no_such_converter')
assert !src.text.contains('clinic end generated code') : 'a file with errors was written'
return true
