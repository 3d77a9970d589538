def log = new File(basedir, 'build.log').text
def src = new File(basedir, 'src/main/c/spam.c')

// Build 1 named the end marker of the edited block and the way out.
assert log =~ /src\/main\/c\/spam\.c:24:1: error: .*([Cc]hecksum mismatch|edited by hand)/ : 'no positioned hand-edit error'
assert log.contains('--force')
// Build 2 (force) replaced the edit and wrote the header.
assert !src.text.contains('tuned by hand') : 'force did not overwrite the hand edit'
assert new File(basedir, 'src/main/c/clinic/spam.c.h').isFile()
return true
