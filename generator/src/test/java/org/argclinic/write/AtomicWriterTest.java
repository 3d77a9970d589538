package org.argclinic.write;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
  @TempDir Path dir;

  @Test
  void writesOnlyChangedBytesAndLeavesNoTempFile() throws Exception {
    Path f = dir.resolve("a.c");
    assertThat(AtomicWriter.writeIfChanged(f, "one\n")).isTrue();
    assertThat(AtomicWriter.writeIfChanged(f, "one\n")).isFalse();
    assertThat(AtomicWriter.writeIfChanged(f, "two\n")).isTrue();
    assertThat(Files.readString(f)).isEqualTo("two\n");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("a.c");
    }
  }

  /**
   * What a run killed between writing its temp file and the rename leaves is removed by the next
   * write.
   */
  @Test
  void nextWriteRemovesTempFilesOfDeadProcesses() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    long self = ProcessHandle.current().pid();
    Path f = dir.resolve("a.c");
    Files.writeString(f, "old\n");
    Path dead = dir.resolve(".a.c." + gone.pid() + ".123.argclinic-tmp");
    Path noPid = dir.resolve(".a.c.x7.argclinic-tmp");
    Path live = dir.resolve(".a.c." + self + ".456.argclinic-tmp");
    Path other = dir.resolve(".b.c." + gone.pid() + ".789.argclinic-tmp");
    for (Path p : new Path[] {dead, noPid, live, other}) {
      Files.writeString(p, "half");
    }
    AtomicWriter.writeIfChanged(f, "new\n");
    assertThat(Files.readString(f)).isEqualTo("new\n");
    assertThat(Files.exists(dead)).isFalse();
    assertThat(Files.exists(noPid)).isFalse();
    assertThat(Files.exists(live)).isTrue(); // a live writer's (here: this process) is kept
    assertThat(Files.exists(other)).isTrue(); // only the file being written is looked after
  }
}
