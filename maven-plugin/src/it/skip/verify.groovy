def log = new File(basedir, 'build.log').text
def skipped = log.readLines().findAll { it.contains('argclinic: skipped (argclinic.skip)') }
assert skipped.size() == 2 : "expected generate and check to skip, got:\n${skipped.join('\n')}"
assert !log.contains('error:') : 'a skipped goal reported diagnostics'
assert !new File(basedir, 'target/argclinic').exists() : 'a skipped goal touched the cache'
return true
