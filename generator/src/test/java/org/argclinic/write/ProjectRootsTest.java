package org.argclinic.write;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a write lands on the real file system, and which root judges it. */
class ProjectRootsTest {
  @TempDir Path base;

  @Test
  void landingResolvesLinksAndDotDotAsTheKernelWould() throws Exception {
    Path real = base.toRealPath();
    Path a = Files.createDirectories(base.resolve("a"));
    Path elsewhere = Files.createDirectories(base.resolve("elsewhere/deep"));
    Files.createSymbolicLink(a.resolve("link"), elsewhere);
    // existing file, a link on the way, '..' after a link (the link's parent, not a's)
    assertThat(ProjectRoots.landing(a.resolve("link/x.h")))
        .isEqualTo(real.resolve("elsewhere/deep/x.h"));
    assertThat(ProjectRoots.landing(a.resolve("link/../x.h")))
        .isEqualTo(real.resolve("elsewhere/x.h"));
    // names still to be created, then '..' back into a link
    assertThat(ProjectRoots.landing(a.resolve("new/dirs/x.h")))
        .isEqualTo(real.resolve("a/new/dirs/x.h"));
    assertThat(ProjectRoots.landing(a.resolve("new/../link/x.h")))
        .isEqualTo(real.resolve("elsewhere/deep/x.h"));
    // a link at the target itself is written through; a dangling one leads where it points
    Files.writeString(elsewhere.resolve("t.c"), "");
    Files.createSymbolicLink(a.resolve("t.c"), elsewhere.resolve("t.c"));
    assertThat(ProjectRoots.landing(a.resolve("t.c")))
        .isEqualTo(real.resolve("elsewhere/deep/t.c"));
    Files.createSymbolicLink(a.resolve("dangling"), Path.of("../gone"));
    assertThat(ProjectRoots.landing(a.resolve("dangling/x.h"))).isEqualTo(real.resolve("gone/x.h"));
  }

  @Test
  void placeCachesDirectoriesButStillFollowsALinkAtTheTarget() throws Exception {
    Path src = Files.createDirectories(base.resolve("src"));
    Path out = Files.createDirectories(base.resolve("out"));
    ProjectRoots roots = new ProjectRoots(base, "the current directory");
    Path real = base.toRealPath();
    assertThat(roots.place(src.resolve("clinic/a.c.h")))
        .isEqualTo(real.resolve("src/clinic/a.c.h"));
    assertThat(roots.place(src.resolve("a.c"))).isEqualTo(real.resolve("src/a.c"));
    Files.createSymbolicLink(src.resolve("b.c"), out.resolve("b.c"));
    assertThat(roots.place(src.resolve("b.c"))).isEqualTo(real.resolve("out/b.c"));
    assertThat(roots.place(src.resolve(".."))).isEqualTo(real);
  }

  @Test
  void theNearestVersionControlRootWinsAndAGitFileCounts() throws Exception {
    Files.createDirectories(base.resolve("outer/.hg"));
    Path sub = Files.createDirectories(base.resolve("outer/sub/src"));
    Files.writeString(base.resolve("outer/sub/.git"), "gitdir: ../.hg/worktree\n");
    Path other = Files.createDirectories(base.resolve("outer/other"));
    ProjectRoots roots = new ProjectRoots(base, "the current directory");
    assertThat(roots.rootOf(sub.resolve("a.c")).directory())
        .isEqualTo(base.resolve("outer/sub").toRealPath());
    assertThat(roots.rootOf(other.resolve("a.c")).reason()).isEqualTo("where .hg is");
    assertThat(
            ProjectRoots.violation(
                base.toRealPath().resolve("outer/other/x.h"), roots.rootOf(sub.resolve("a.c"))))
        .isPresent();
    assertThat(
            ProjectRoots.violation(
                base.toRealPath().resolve("outer/sub/src/clinic/a.c.h"),
                roots.rootOf(sub.resolve("a.c"))))
        .isEmpty();
  }
}
