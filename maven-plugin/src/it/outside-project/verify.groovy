// A destination that climbs out of the project fails the build at the directive, with the file
// name under a caret; nothing is written, neither out there nor in the project.
def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/c/spam.c')

assert log =~ /src\/main\/c\/spam\.c:4:30: error: '[^']*outside-project-escaped\.h' leads to [^ ]*outside-project-escaped\.h, outside the project root [^ ]*outside-project \(where \.git is\): writes stay inside the project unless --allow-outside-project \(Maven: allowOutsideProject\) is given/ :
    'no positioned diagnostic in build.log'
assert log =~ /(?m)^(\[ERROR\] )?destination escape new file '\{dirname\}\/\.\.\/\.\.\/\.\.\/\.\.\/outside-project-escaped\.h'\n(\[ERROR\] )? {29}\^$/ :
    'no source line and caret'
assert !new File(basedir, '../outside-project-escaped.h').exists() : 'written outside the project'
assert !src.text.contains('clinic end generated code') : 'the source was written'
assert !new File(basedir, 'src/main/c/clinic').exists() : 'side files were written'
return true
