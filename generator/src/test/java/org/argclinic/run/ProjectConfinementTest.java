package org.argclinic.run;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.argclinic.diag.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes stay inside the project (issue 12): a block cannot send output outside the project root,
 * by {@code ..}, an absolute path or a symbolic link, unless the request allows it.
 */
class ProjectConfinementTest {
  @TempDir Path base;

  /** A project root (it holds .git) and a directory beside it. */
  private Path project;

  private Path outside;

  private final Generator generator = Generators.standard();

  private static final String FUNCTION =
      "/*[clinic input]\nmodule m\nm.f\n[clinic start generated code]*/\n";

  /** Line 2 declares a destination writing {@code fileName}; all output goes there. */
  private static String withDestination(String fileName) {
    return "/*[clinic input]\ndestination x new file '"
        + fileName
        + "'\noutput everything x\n"
        + "[clinic start generated code]*/\n\n"
        + FUNCTION;
  }

  private static final String MESSAGE_END =
      ": writes stay inside the project unless"
          + " --allow-outside-project (Maven: allowOutsideProject) is given";

  @BeforeEach
  void layout() throws IOException {
    project = Files.createDirectories(base.resolve("project"));
    Files.createDirectory(project.resolve(".git"));
    outside = Files.createDirectories(base.resolve("outside"));
  }

  private Path source(String relative, String text) throws IOException {
    Path p = project.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static GenerateRequest request(Path p, boolean allow) {
    return GenerateRequest.builder().addPath(p).allowOutsideProject(allow).build();
  }

  /** Every file under {@code dir} (links not followed), relative, sorted. */
  private static List<String> files(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(f -> !Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS))
          .map(f -> dir.relativize(f).toString())
          .sorted()
          .toList();
    }
  }

  private static String real(Path p) throws IOException {
    return p.toRealPath().toString();
  }

  private String rootReason() throws IOException {
    return ", outside the project root " + real(project) + " (where .git is)";
  }

  /**
   * Generate and check both fail with exactly {@code header}, write nothing, and leave the source
   * and {@code outside} as they were.
   */
  private void refused(Path src, String header) throws IOException {
    String before = Files.readString(src);
    List<String> outsideBefore = files(outside);
    List<String> projectBefore = files(project);
    for (boolean write : new boolean[] {false, true}) {
      GenerateResult r =
          write ? generator.generate(request(src, false)) : generator.check(request(src, false));
      assertThat(r.exitCode()).isEqualTo(1);
      assertThat(r.diagnostics().stream().map(Diagnostic::header).toList()).containsExactly(header);
      assertThat(r.files()).hasSize(1);
      assertThat(r.files().get(0).status()).isEqualTo(FileOutcome.Status.FAILED);
      assertThat(r.files().get(0).diff()).isEmpty();
      assertThat(Files.readString(src)).isEqualTo(before);
      assertThat(files(outside)).isEqualTo(outsideBefore);
      assertThat(files(project)).isEqualTo(projectBefore);
    }
  }

  @Test
  void relativeDestinationLeadingOutIsRefusedAtItsDirective() throws Exception {
    // As the issue writes it: relative to the current directory, climbing out with '..'.
    String name = Path.of("").toAbsolutePath().relativize(outside.resolve("x.h")).toString();
    assertThat(name).startsWith("../");
    Path src = source("src/rel.c", withDestination(name));
    refused(
        src,
        src
            + ":2:25: error: '"
            + name
            + "' leads to "
            + outside.toRealPath().resolve("x.h")
            + rootReason()
            + MESSAGE_END);
  }

  @Test
  void destinationClimbingOutOfTheSourceDirectoryIsRefused() throws Exception {
    Path src = source("src/a/rel.c", withDestination("{dirname}/../../../outside/x.h"));
    refused(
        src,
        src
            + ":2:25: error: '"
            + src.getParent()
            + "/../../../outside/x.h' leads to "
            + outside.toRealPath().resolve("x.h")
            + rootReason()
            + MESSAGE_END);
  }

  @Test
  void absoluteDestinationIsRefused() throws Exception {
    Path target = outside.resolve("abs.h");
    Path src = source("src/abs.c", withDestination(target.toString()));
    refused(
        src,
        src
            + ":2:25: error: '"
            + target
            + "' leads to "
            + outside.toRealPath().resolve("abs.h")
            + rootReason()
            + MESSAGE_END);
  }

  @Test
  void clinicDirectoryLinkedOutOfTheProjectIsRefusedAtTheFirstBlock() throws Exception {
    // A file out there must not be shown by check's diff, nor changed by generate.
    Files.writeString(outside.resolve("link.c.h"), "secret\n");
    Files.writeString(outside.resolve("lib.rs"), "secret\n");
    Path c = source("src/c/link.c", "int x;\n" + FUNCTION);
    Files.createSymbolicLink(c.resolveSibling("clinic"), outside);
    refused(
        c,
        c
            + ":2:1: error: '"
            + c.resolveSibling("clinic").resolve("link.c.h")
            + "' leads to "
            + outside.toRealPath().resolve("link.c.h")
            + rootReason()
            + MESSAGE_END);
    // The Rust glue goes to clinic/ as well.
    Path rs = source("src/r/lib.rs", FUNCTION);
    Files.createSymbolicLink(rs.resolveSibling("clinic"), outside);
    refused(
        rs,
        rs
            + ":1:1: error: '"
            + rs.resolveSibling("clinic").resolve("lib.rs")
            + "' leads to "
            + outside.toRealPath().resolve("lib.rs")
            + rootReason()
            + MESSAGE_END);
    assertThat(Files.readString(outside.resolve("link.c.h"))).isEqualTo("secret\n");
  }

  @Test
  void danglingClinicLinkIsJudgedByWhereItLeads() throws Exception {
    Path src = source("src/link.c", FUNCTION);
    Files.createSymbolicLink(src.resolveSibling("clinic"), outside.resolve("made/later"));
    refused(
        src,
        src
            + ":1:1: error: '"
            + src.resolveSibling("clinic").resolve("link.c.h")
            + "' leads to "
            + outside.toRealPath().resolve("made/later/link.c.h")
            + rootReason()
            + MESSAGE_END);
  }

  @Test
  void sourceLinkedOutOfTheProjectIsRefused() throws Exception {
    Path real = outside.resolve("real.c");
    Files.writeString(real, FUNCTION);
    Path link = Files.createDirectories(project.resolve("src")).resolve("linked.c");
    Files.createSymbolicLink(link, real);
    refused(
        link,
        link
            + ":1:1: error: this file, written in place, is "
            + real.toRealPath()
            + rootReason()
            + MESSAGE_END);
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void versionControlMetadataIsOutOfBounds() throws Exception {
    Path src = source("src/hook.c", withDestination("{dirname}/../.git/hooks/pre-commit"));
    refused(
        src,
        src
            + ":2:25: error: '"
            + src.getParent()
            + "/../.git/hooks/pre-commit' leads"
            + " to "
            + project.toRealPath().resolve(".git/hooks/pre-commit")
            + ", inside the"
            + " version-control metadata of the project root "
            + real(project)
            + MESSAGE_END);
  }

  @Test
  void theOptionAllowsEachOfThem() throws Exception {
    String relative = Path.of("").toAbsolutePath().relativize(outside.resolve("x.h")).toString();
    Path rel = source("src/rel.c", withDestination(relative));
    Path abs = source("src/abs.c", withDestination(outside.resolve("abs.h").toString()));
    Path linked = source("src/c/link.c", FUNCTION);
    Files.createSymbolicLink(linked.resolveSibling("clinic"), outside);
    for (Path src : List.of(rel, abs, linked)) {
      GenerateResult r = generator.generate(request(src, true));
      assertThat(r.diagnostics()).isEmpty();
      assertThat(r.exitCode()).isEqualTo(0);
    }
    assertThat(files(outside)).containsExactly("abs.h", "link.c.h", "x.h");
    assertThat(Files.readString(outside.resolve("x.h"))).contains("m_f_impl(PyObject *module)");
    // Check with the option reads there too: all is up to date now.
    assertThat(generator.check(request(project.resolve("src"), true)).exitCode()).isEqualTo(0);
  }

  @Test
  void destinationsAndLinksInsideTheProjectStillWork() throws Exception {
    Path src = source("src/in.c", withDestination("{dirname}/gen/x.h"));
    // clinic/ linked to another directory of the same project
    Path linked = source("src/c/link.c", FUNCTION);
    Path shared = Files.createDirectories(project.resolve("shared"));
    Files.createSymbolicLink(linked.resolveSibling("clinic"), shared);
    GenerateResult r =
        generator.generate(GenerateRequest.builder().addPath(src).addPath(linked).build());
    assertThat(r.diagnostics()).isEmpty();
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(Files.readString(project.resolve("src/gen/x.h"))).contains("m_f_impl(");
    assertThat(Files.readString(shared.resolve("link.c.h"))).contains("m_f_impl(");
    assertThat(generator.check(request(project.resolve("src"), false)).exitCode()).isEqualTo(0);
  }

  @Test
  void aSourceLinkedInsideTheProjectIsWrittenThroughAndStaysALink() throws Exception {
    Path real = source("shared/real.c", FUNCTION);
    Path link = Files.createDirectories(project.resolve("src")).resolve("linked.c");
    Files.createSymbolicLink(link, real);
    GenerateResult r = generator.generate(request(link, false));
    assertThat(r.diagnostics()).isEmpty();
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(real)).contains("[clinic end generated code: output=");
    assertThat(files(project.resolve("src"))).containsExactly("clinic/linked.c.h", "linked.c");
  }

  @Test
  void withoutVersionControlTheCurrentDirectoryIsTheRoot() throws Exception {
    // No .git, .hg or .svn above base: a file there is outside the current directory's tree.
    Path loose = Files.createDirectories(base.resolve("loose")).resolve("a.c");
    Files.writeString(loose, FUNCTION);
    GenerateResult r = generator.generate(request(loose, false));
    assertThat(r.diagnostics().stream().map(Diagnostic::header).toList())
        .containsExactly(
            loose
                + ":1:1: error: this file, written in place, is "
                + loose.toRealPath()
                + ", outside the project root "
                + Path.of("").toAbsolutePath().toRealPath()
                + " (no .git, .hg or .svn encloses the file, so the current directory)"
                + MESSAGE_END);
    assertThat(Files.readString(loose)).isEqualTo(FUNCTION);
    assertThat(files(loose.getParent())).containsExactly("a.c");
  }

  @Test
  void aFrontEndMayNameTheRootOfFilesOutsideVersionControl() throws Exception {
    Path dir = Files.createDirectories(base.resolve("loose"));
    Path inside = dir.resolve("a.c");
    Files.writeString(inside, FUNCTION);
    Path climbing = dir.resolve("b.c");
    Files.writeString(climbing, withDestination("{dirname}/../b.h"));
    GenerateResult r =
        generator.generate(
            GenerateRequest.builder()
                .addPath(inside)
                .addPath(climbing)
                .defaultProjectRoot(Optional.of(dir))
                .build());
    assertThat(r.diagnostics().stream().map(Diagnostic::header).toList())
        .containsExactly(
            climbing
                + ":2:25: error: '"
                + dir
                + "/../b.h' leads to "
                + base.toRealPath().resolve("b.h")
                + ", outside the project root "
                + dir.toRealPath()
                + " (no .git,"
                + " .hg or .svn encloses the file, so the default project root)"
                + MESSAGE_END);
    assertThat(files(dir)).containsExactly("a.c", "b.c", "clinic/a.c.h");
    assertThat(ImmutableList.copyOf(files(base))).doesNotContain("b.h");
  }
}
