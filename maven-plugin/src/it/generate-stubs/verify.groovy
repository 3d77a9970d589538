// stubs=true: the stub of module spam goes beside its source, and check found it current.
def stub = new File(basedir, 'src/main/c/spam.pyi')
def log = new File(basedir, 'build.log').text

assert stub.isFile() : "generate did not write ${stub}"
def s = stub.text
assert s.contains('def add(a: int, b: int, /) -> object:\n    """Return the sum of a and b."""') : "no def add in ${stub}:\n${s}"
assert s.contains('\n# argclinic: output=') : "no stamp line in ${stub}:\n${s}"
assert log.contains("argclinic: wrote ${stub}") || log.contains('spam.pyi') : 'generate logged no stub'
assert new File(basedir, 'src/main/c/clinic/spam.c.h').isFile() : 'no glue next to the stub'
return true
