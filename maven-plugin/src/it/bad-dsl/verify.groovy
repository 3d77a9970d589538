// A block whose stop line is indented is a DSL error: the build fails with path:line:col and the
// offending line under a caret, and the file is left alone.
def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/c/spam.c')

assert log =~ /src\/main\/c\/spam\.c:7:1: error: white space is not allowed before the stop line/ :
    'no positioned diagnostic in build.log'
// Maven may prefix each line of the failure message with [ERROR].
assert log =~ /(?m)^(\[ERROR\] )?   \[clinic start generated code\]\*\/\n(\[ERROR\] )?\^$/ :
    'no source line and caret'
assert log =~ /argclinic: 1 error:/
assert !src.text.contains('clinic end generated code') : 'a file with errors was written'
assert !new File(basedir, 'src/main/c/clinic').exists() : 'a file with errors got side files'
return true
