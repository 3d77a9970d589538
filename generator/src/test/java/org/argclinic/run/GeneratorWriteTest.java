package org.argclinic.run;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argclinic.model.FileModel;
import org.argclinic.scan.Checksums;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write stage's promises, with a renderer that appends a fixed comment. */
class GeneratorWriteTest {
  @TempDir Path dir;

  private static final String BLOCK_OUTPUT = "static int x;\n";

  private static String source(String output) {
    return "/*[clinic input]\nmodule m\n[clinic start generated code]*/\n"
        + output
        + "/*[clinic end generated code: output="
        + Checksums.of(BLOCK_OUTPUT)
        + " input="
        + Checksums.of("module m\n")
        + "]*/\n";
  }

  private final Generator appending =
      new Generator(
          f -> new FileModel(f, ImmutableList.of(), ImmutableList.of()),
          (p, m, r, t) -> Rendered.of(ImmutableMap.of(p, m.source().text() + "// tail\n")));

  private final Generator identity =
      new Generator(
          f -> new FileModel(f, ImmutableList.of(), ImmutableList.of()),
          (p, m, r, t) -> Rendered.of(ImmutableMap.of(p, m.source().text())));

  private GenerateRequest request(Path p, boolean force) {
    // The temporary directory is the project (no VCS root encloses it).
    return GenerateRequest.builder()
        .addPath(p)
        .force(force)
        .defaultProjectRoot(Optional.of(dir))
        .build();
  }

  @Test
  void unchangedFileKeepsItsModificationTime() throws Exception {
    Path f = dir.resolve("a.c");
    Files.writeString(f, source(BLOCK_OUTPUT));
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(f, old);
    GenerateResult r = identity.generate(request(f, false));
    assertThat(r.files().get(0).status()).isEqualTo(FileOutcome.Status.UNCHANGED);
    assertThat(Files.getLastModifiedTime(f)).isEqualTo(old);
  }

  @Test
  void checkReportsDiffAndWritesNothing() throws Exception {
    Path f = dir.resolve("a.c");
    String text = source(BLOCK_OUTPUT);
    Files.writeString(f, text);
    GenerateResult r = appending.check(request(f, false));
    assertThat(r.exitCode()).isEqualTo(1);
    FileOutcome o = r.files().get(0);
    assertThat(o.status()).isEqualTo(FileOutcome.Status.STALE);
    assertThat(o.diff()).contains("+// tail");
    assertThat(o.staleLines()).containsExactly(6);
    assertThat(Files.readString(f)).isEqualTo(text);
  }

  @Test
  void generateWritesAndLeavesNoTempFiles() throws Exception {
    Path f = dir.resolve("a.c");
    Files.writeString(f, source(BLOCK_OUTPUT));
    GenerateResult r = appending.generate(request(f, false));
    assertThat(r.files().get(0).status()).isEqualTo(FileOutcome.Status.WRITTEN);
    assertThat(Files.readString(f)).endsWith("// tail\n");
    try (var s = Files.list(dir)) {
      assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("a.c");
    }
  }

  private static final String SIDE_OUTPUT = "static int generated;\n";

  private static String sideFile(String output) {
    return "/*[clinic input]\npreserve\n[clinic start generated code]*/\n"
        + output
        + "/*[clinic end generated code: output="
        + Checksums.of(SIDE_OUTPUT)
        + " input="
        + Checksums.of("preserve\n")
        + "]*/\n";
  }

  /** Writes clinic/a.c.h beside the source, with new output. */
  private final Generator withSideFile =
      new Generator(
          f -> new FileModel(f, ImmutableList.of(), ImmutableList.of()),
          (p, m, r, t) ->
              Rendered.of(
                  ImmutableMap.of(
                      p,
                      m.source().text(),
                      p.resolveSibling("clinic").resolve("a.c.h"),
                      sideFile(SIDE_OUTPUT) + "// new\n")));

  @Test
  void handEditedSideFileIsRefusedUnlessForced() throws Exception {
    Path f = dir.resolve("a.c");
    Files.writeString(f, source(BLOCK_OUTPUT));
    Path side = Files.createDirectories(dir.resolve("clinic")).resolve("a.c.h");
    String edited = sideFile("static int generated; /* edited */\n");
    Files.writeString(side, edited);
    GenerateResult r = withSideFile.generate(request(f, false));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.diagnostics().get(0).path()).isEqualTo(side.toString());
    assertThat(r.diagnostics().get(0).line()).isEqualTo(5);
    assertThat(r.diagnostics().get(0).message()).contains("edited by hand");
    assertThat(Files.readString(side)).isEqualTo(edited);

    GenerateResult forced = withSideFile.generate(request(f, true));
    assertThat(forced.exitCode()).isEqualTo(0);
    assertThat(Files.readString(side)).endsWith("// new\n");
  }

  @Test
  void sideFileNotWrittenByArgclinicIsRefused() throws Exception {
    Path f = dir.resolve("a.c");
    Files.writeString(f, source(BLOCK_OUTPUT));
    Path side = Files.createDirectories(dir.resolve("clinic")).resolve("a.c.h");
    Files.writeString(side, "/* my own header */\n");
    GenerateResult r = withSideFile.generate(request(f, false));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.diagnostics().get(0).message()).contains("not overwriting");
    assertThat(Files.readString(side)).isEqualTo("/* my own header */\n");
  }

  @Test
  void bySourceRendersOwnersBeforeTheirSideFilesAndKeepsOutcomesApart() throws Exception {
    Path f = dir.resolve("a.c");
    Files.writeString(f, source(BLOCK_OUTPUT));
    Path side = Files.createDirectories(dir.resolve("clinic")).resolve("a.c.h");
    Files.writeString(side, sideFile(SIDE_OUTPUT));
    List<Path> rendered = Collections.synchronizedList(new ArrayList<>());
    Generator g =
        new Generator(
            s -> new FileModel(s, ImmutableList.of(), ImmutableList.of()),
            (p, m, r, t) -> {
              rendered.add(p);
              return Rendered.of(
                  p.equals(f)
                      ? ImmutableMap.of(
                          p, m.source().text(), side, sideFile(SIDE_OUTPUT) + "// new\n")
                      : ImmutableMap.of(p, m.source().text()));
            });
    // The side file named first: the run still renders its owner first, and the side file the
    // owner wrote is not read again (as the Maven plugin's own parallel stream used to).
    Map<Path, List<FileOutcome>> by =
        g.bySource(
            GenerateRequest.builder()
                .addPath(side)
                .addPath(f)
                .defaultProjectRoot(Optional.of(dir))
                .build(),
            true);
    assertThat(rendered).containsExactly(f);
    assertThat(by.get(f).stream().map(FileOutcome::path).toList())
        .containsExactly(f, side)
        .inOrder();
    assertThat(by.get(side)).isEmpty();
    assertThat(Files.readString(side)).endsWith("// new\n");
  }

  /** Writes clinic/a.rs (Rust glue: no end markers, a stamp line instead). */
  private final Generator withRustGlue =
      new Generator(
          f -> new FileModel(f, ImmutableList.of(), ImmutableList.of()),
          (p, m, r, t) ->
              Rendered.of(
                  ImmutableMap.of(
                      p,
                      m.source().text(),
                      p.resolveSibling("clinic").resolve("a.rs"),
                      Checksums.stamped("pub fn glue() {}\n"))));

  @Test
  void handEditedRustGlueIsRefusedUnlessForced() throws Exception {
    Path f = dir.resolve("a.rs");
    Files.writeString(f, source(BLOCK_OUTPUT));
    Path glue = Files.createDirectories(dir.resolve("clinic")).resolve("a.rs");
    String edited = Checksums.stamped("pub fn glue() { old(); }\n").replace("old()", "mine()");
    Files.writeString(glue, edited);
    GenerateResult r = withRustGlue.generate(request(f, false));
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.diagnostics().get(0).message()).contains("generated Rust glue was edited by hand");
    assertThat(Files.readString(glue)).isEqualTo(edited);

    // Unedited (validly stamped) glue is replaced without --force.
    Files.writeString(glue, Checksums.stamped("pub fn glue() { old(); }\n"));
    assertThat(withRustGlue.generate(request(f, false)).exitCode()).isEqualTo(0);
    assertThat(Files.readString(glue)).startsWith("pub fn glue() {}\n// argclinic: output=");
  }
}
