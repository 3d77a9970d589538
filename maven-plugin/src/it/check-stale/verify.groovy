// check must fail with path:line of each stale region and the unified diff, and write nothing.
def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/c/spam.c')

assert log.contains('argclinic: generated code is out of date in') : 'no stale summary in build.log'
// One path:line per stale block: the spam.add block starts on line 12, the header's on line 1.
assert log =~ /src\/main\/c\/spam\.c:12: stale generated code \(block 'spam.add'\)/ : 'no path:line for spam.c'
assert log =~ /src\/main\/c\/clinic\/spam\.c\.h:1: stale generated code \(block 'preserve'\)/ : 'no path:line for clinic/spam.c.h'
assert !(log =~ /spam\.c\.h:(?!1:)\d+: stale/) : 'a block reported more than once'
// The unified diff: headers, and the old one-parameter signature removed.
// Maven may prefix each line of the failure message with [ERROR].
assert log =~ /(?m)^(\[ERROR\] )?\+\+\+ .*spam\.c/ : 'no diff header'
assert log =~ /(?m)^(\[ERROR\] )?-spam_add_impl\(PyObject \*module, int a\)$/ : 'the diff does not remove the old signature'
assert log =~ /(?m)^(\[ERROR\] )?\+.*int b/ : 'the diff adds no b'
assert log.contains('MojoFailureException') || log.contains('BUILD FAILURE')

// check writes nothing.
assert src.text.contains('spam_add_impl(PyObject *module, int a)\n/*[clinic end generated code:')
def caches = new File(basedir, 'target/argclinic').listFiles()?.findAll { it.name.endsWith('.json') }
assert !caches : "a failed check promoted its cache: ${caches}"
return true
