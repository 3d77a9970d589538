package org.argclinic.maven;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildCacheTest {
  private static final String BLOCK = "/*[clinic input]\nspam.f\n[clinic start generated code]*/\n";

  @TempDir Path dir;
  private Path cacheFile;
  private Path source;
  private Path plain;
  private Path output;

  @BeforeEach
  void setUp() throws IOException {
    cacheFile = dir.resolve("target/argclinic/cache.json");
    source = Files.writeString(dir.resolve("spam.c"), "int x;\n" + BLOCK);
    plain = Files.writeString(dir.resolve("util.c"), "int y;\n");
    Files.createDirectories(dir.resolve("clinic"));
    output = Files.writeString(dir.resolve("clinic/spam.c.h"), "/* generated */\n");
  }

  /** Runs plan + promote as the Mojo does, with {@code output} as the generated file. */
  private BuildCache.Plan run(String options) throws IOException {
    BuildCache cache = BuildCache.load(cacheFile);
    BuildCache.Plan plan = cache.plan(List.of(source, plain), options);
    cache.promote(options, plan, Map.of(source, List.of(output)), List.of(source, plain));
    return plan;
  }

  @Test
  void firstRunProcessesFilesWithBlocksOnly() throws IOException {
    BuildCache.Plan plan = run("o");

    assertThat(plan.process()).containsExactly(source);
    assertThat(plan.read()).isEqualTo(2);
    assertThat(Files.readString(cacheFile)).contains("spam.c.h");
  }

  @Test
  void unchangedRunReadsNothingAndLeavesTheCacheAlone() throws IOException {
    run("o");
    FileTime cacheTime = FileTime.fromMillis(1_000_000_000L);
    Files.setLastModifiedTime(cacheFile, cacheTime);

    BuildCache.Plan plan = run("o");

    assertThat(plan.process()).isEmpty();
    assertThat(plan.read()).isEqualTo(0);
    assertThat(Files.getLastModifiedTime(cacheFile)).isEqualTo(cacheTime);
  }

  @Test
  void generatedFileThatIsAlsoACandidateIsNotReadNextTime() throws IOException {
    BuildCache first = BuildCache.load(cacheFile);
    BuildCache.Plan plan = first.plan(List.of(source, plain), "o");
    first.promote("o", plan, Map.of(source, List.of(output)), List.of(source, plain, output));

    BuildCache.Plan next = BuildCache.load(cacheFile).plan(List.of(source, plain, output), "o");

    assertThat(next.process()).isEmpty();
    assertThat(next.read()).isEqualTo(0);
  }

  @Test
  void touchedButSameBytesIsReadOnceAndNotProcessed() throws IOException {
    run("o");
    Files.setLastModifiedTime(source, FileTime.fromMillis(42_000));

    BuildCache.Plan plan = run("o");
    BuildCache.Plan again = run("o");

    assertThat(plan.process()).isEmpty();
    assertThat(plan.read()).isEqualTo(1);
    assertThat(again.read()).isEqualTo(0);
  }

  @Test
  void editedSourceIsProcessed() throws IOException {
    run("o");
    Files.writeString(source, "int changed;\n" + BLOCK);

    assertThat(run("o").process()).containsExactly(source);
  }

  @Test
  void changedOptionsRedoEverything() throws IOException {
    run("o");

    BuildCache.Plan plan = run("other");

    assertThat(plan.invalidated()).isTrue();
    assertThat(plan.process()).containsExactly(source);
  }

  @Test
  void editedOrDeletedOutputRedoesItsSourceOnly() throws IOException {
    Path other = Files.writeString(dir.resolve("other.c"), BLOCK);
    Path otherOutput = Files.writeString(dir.resolve("clinic/other.c.h"), "/* generated */\n");
    List<Path> candidates = List.of(source, plain, other);
    BuildCache first = BuildCache.load(cacheFile);
    BuildCache.Plan plan = first.plan(candidates, "o");
    first.promote(
        "o", plan, Map.of(source, List.of(output), other, List.of(otherOutput)), candidates);

    Files.writeString(output, "/* edited by hand */\n");
    assertThat(BuildCache.load(cacheFile).plan(candidates, "o").process()).containsExactly(source);

    Files.delete(output);
    assertThat(BuildCache.load(cacheFile).plan(candidates, "o").process()).containsExactly(source);
  }

  @Test
  void failedRunKeepsThePreviousCache() throws IOException {
    run("o");
    String before = Files.readString(cacheFile);
    Files.writeString(source, "int changed;\n" + BLOCK);

    // A failing run plans but never promotes.
    BuildCache.load(cacheFile).plan(List.of(source, plain), "o");

    assertThat(Files.readString(cacheFile)).isEqualTo(before);
    assertThat(BuildCache.load(cacheFile).plan(List.of(source, plain), "o").process())
        .containsExactly(source);
  }

  @Test
  void corruptCacheIsAnEmptyOne() throws IOException {
    Files.createDirectories(cacheFile.getParent());
    Files.writeString(cacheFile, "{not json");

    BuildCache.Plan plan = BuildCache.load(cacheFile).plan(List.of(source, plain), "o");

    assertThat(plan.invalidated()).isTrue();
    assertThat(ImmutableSet.copyOf(plan.process())).containsExactly(source);
  }
}
