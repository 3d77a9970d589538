def header = new File(basedir, 'src/main/c/clinic/spam.c.h')
assert header.isFile() : 'the deleted header was not generated again'
assert header.text.contains('#define SPAM_ADD_METHODDEF')

def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.contains('argclinic: ') && it.contains(' source files: ') }
assert summaries.size() == 4 : summaries.join('\n')
// Build 3, generate: spam.c is processed because its header is gone; util.c is read (touched)
// but has no block; nothing else is read.
assert summaries[2] =~ /2 source files: 1 processed \(1 written\), 1 skipped .*; 2 read/ : summaries[2]
assert log.contains('argclinic: wrote ' + header.path)
// Build 3, check: everything as generate left it.
assert summaries[3] =~ /3 source files: 0 processed \(0 written\), 3 skipped .*; 0 read/ : summaries[3]
return true
