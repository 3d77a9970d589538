// A bad parameter is a configuration error, named with the values allowed; nothing is read.
def log = new File(basedir, 'build.log').text
assert log.contains("argclinic: cApi must be core, public or limited, not 'bogus'")
assert log.contains('MojoExecutionException') : 'a configuration error is an execution error'
assert !new File(basedir, 'target/argclinic').exists()
return true
