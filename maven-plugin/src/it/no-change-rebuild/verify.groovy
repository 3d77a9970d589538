import java.nio.file.Files

// Nothing the third build could have written may be newer than the marker the second dropped.
def marker = new File(basedir, 'target/between-builds.marker')
assert marker.isFile() : 'the between-builds marker is missing'
def markerTime = Files.getLastModifiedTime(marker.toPath())

def written = []
new File(basedir, 'src').eachFileRecurse { f ->
  if (f.isFile() && Files.getLastModifiedTime(f.toPath()) > markerTime) written << f
}
// generate and check share one cache (same configuration).
def caches = new File(basedir, 'target/argclinic').listFiles().findAll { it.name ==~ /cache-[0-9a-f]{12}\.json/ }
assert caches.size() == 1 : "expected one shared cache, found ${caches}"
caches.each { if (Files.getLastModifiedTime(it.toPath()) > markerTime) written << it }
assert written.isEmpty() : "the no-change build wrote ${written}"

// Build 1 read the sources; the two goals of build 3 (generate, check) read none.
def log = new File(basedir, 'build.log').text
def summaries = log.readLines().findAll { it.contains('argclinic: ') && it.contains(' source files: ') }
assert summaries.size() == 4 : "expected 4 summaries (2 goals x 2 builds), got:\n${summaries.join('\n')}"
summaries.subList(2, 4).each { s ->
  assert s =~ /(\d+) source files: 0 processed \(0 written\), \1 skipped \(no block, or unchanged since the last build\); 0 read/ : s
}
return true
