// Contract (DESIGN.md): C glue goes to clinic/<basename>.h beside the source; the impl
// signature and the end marker go into the block.
def src = new File(basedir, 'src/main/c/spam.c')
def header = new File(basedir, 'src/main/c/clinic/spam.c.h')
def log = new File(basedir, 'build.log').text

assert header.isFile() : "generate did not write ${header}"
def h = header.text
assert h.contains('#define SPAM_ADD_METHODDEF') : "no METHODDEF macro in ${header}:\n${h}"
assert h.contains('spam_add_impl(PyObject *module, int a, int b);') : "no impl prototype:\n${h}"

def c = src.text
assert c.contains('static PyObject *\nspam_add_impl(PyObject *module, int a, int b)\n/*[clinic end generated code: output=') : "no impl signature in the block:\n${c}"

assert log.contains('argclinic: wrote ') : 'generate logged no written file'
def caches = new File(basedir, 'target/argclinic').listFiles()?.findAll { it.name ==~ /cache-[0-9a-f]{12}\.json/ }
assert caches?.size() == 1 : "expected one cache after a successful run, found ${caches}"
return true
