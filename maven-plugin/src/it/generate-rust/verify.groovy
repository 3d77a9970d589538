// Contract (DESIGN.md): Rust glue goes to clinic/<basename>.rs beside the source, meant for
// include!; it wraps the calling convention in extern "C" functions.
def dir = new File(basedir, 'src/main/rust/clinic')
def log = new File(basedir, 'build.log').text

assert dir.isDirectory() : "generate wrote no ${dir}"
def glue = dir.listFiles().findAll { it.name.endsWith('.rs') }
assert glue.size() == 1 : "expected one .rs file in ${dir}, found ${dir.list()}"
def rs = glue[0].text
assert rs.contains('extern "C"') : "no extern \"C\" wrapper in ${glue[0]}:\n${rs}"
assert rs.contains('spam_add') : "no spam_add in ${glue[0]}:\n${rs}"
assert new File(basedir, 'src/main/rust/lib.rs').text.contains('clinic end generated code') :
    'no end marker written into lib.rs'
assert log.contains('argclinic: wrote ')
return true
