package org.argclinic.run;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a request names, with and without reading them. */
class DiscoverTest {
  private static final String BLOCK = "/*[clinic input]\nm.f\n[clinic start generated code]*/\n";

  @TempDir Path dir;

  @BeforeEach
  void setUp() throws Exception {
    Files.createDirectories(dir.resolve("sub"));
    Files.createDirectories(dir.resolve("vendor"));
    Files.createDirectories(dir.resolve("target"));
    Files.writeString(dir.resolve("top.c"), BLOCK);
    Files.writeString(dir.resolve("plain.c"), "int x;\n");
    Files.writeString(dir.resolve("sub/deep.rs"), BLOCK);
    Files.writeString(dir.resolve("vendor/v.c"), BLOCK);
    Files.writeString(dir.resolve("target/built.c"), BLOCK);
    Files.writeString(dir.resolve("notes.txt"), BLOCK);
  }

  private GenerateRequest request(List<String> includes, List<String> excludes) {
    return GenerateRequest.builder()
        .addPath(dir)
        .addIncludes(includes)
        .addExcludes(excludes)
        .build();
  }

  @Test
  void candidatesAreSourceFilesWithOrWithoutBlocks() throws Exception {
    assertThat(Generator.candidates(request(List.of(), List.of())))
        .containsExactly(
            dir.resolve("plain.c"),
            dir.resolve("sub/deep.rs"),
            dir.resolve("top.c"),
            dir.resolve("vendor/v.c"))
        .inOrder();
  }

  @Test
  void discoverKeepsOnlyFilesWithBlocks() throws Exception {
    assertThat(Generator.discover(request(List.of(), List.of())))
        .containsExactly(
            dir.resolve("sub/deep.rs"), dir.resolve("top.c"), dir.resolve("vendor/v.c"))
        .inOrder();
  }

  @Test
  void leadingDoubleStarAlsoMatchesTopLevelFiles() throws Exception {
    assertThat(Generator.discover(request(List.of("**/*.c"), List.of("vendor/**"))))
        .containsExactly(dir.resolve("top.c"));
  }

  @Test
  void aNamedFileIsTakenEvenWithoutABlock() throws Exception {
    GenerateRequest r = GenerateRequest.builder().addPath(dir.resolve("plain.c")).build();
    assertThat(Generator.discover(r)).containsExactly(dir.resolve("plain.c"));
  }

  @Test
  void holdsBlockNeedsBothMarkers() {
    assertThat(Generator.holdsBlock(BLOCK.getBytes())).isTrue();
    assertThat(Generator.holdsBlock("/*[ only".getBytes())).isFalse();
    assertThat(Generator.holdsBlock("[clinic input] only".getBytes())).isFalse();
  }
}
