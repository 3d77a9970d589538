package org.argclinic.run;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argclinic.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubAnnotationsTest {
  private static final Path BASE = Path.of("/repo");

  @Test
  void staleFileGetsOneErrorPerChangedRegion() {
    GenerateResult r =
        new GenerateResult(
            ImmutableList.of(
                new FileOutcome(
                    Path.of("/repo/src/clinic/spam.c.h"),
                    FileOutcome.Status.STALE,
                    "diff",
                    ImmutableList.of(12, 40),
                    ImmutableList.of())));

    assertThat(GithubAnnotations.lines(r, BASE))
        .containsExactly(
            "::error file=src/clinic/spam.c.h,line=12,title=argclinic::generated code is out of"
                + " date; run `argclinic generate src/clinic/spam.c.h`",
            "::error file=src/clinic/spam.c.h,line=40,title=argclinic::generated code is out of"
                + " date; run `argclinic generate src/clinic/spam.c.h`")
        .inOrder();
  }

  @Test
  void staleLinesInsideABlockAreReportedAtTheBlock(@TempDir Path dir) throws Exception {
    Path spam =
        Files.writeString(
            dir.resolve("spam.c"),
            "int x;\n"
                + "/*[clinic input]\nspam.f\n[clinic start generated code]*/\n"
                + "old output\n/*[clinic end generated code: output=0 input=0]*/\n");
    GenerateResult r =
        new GenerateResult(
            ImmutableList.of(
                new FileOutcome(
                    spam,
                    FileOutcome.Status.STALE,
                    "diff",
                    ImmutableList.of(5, 6),
                    ImmutableList.of())));

    assertThat(GithubAnnotations.lines(r, dir))
        .containsExactly(
            "::error file=spam.c,line=2,title=argclinic::generated code of 'spam.f' is out of date;"
                + " run `argclinic generate spam.c`");
  }

  @Test
  void diagnosticsKeepLineAndColumnAndEscapeTheMessage() {
    GenerateResult r =
        new GenerateResult(
            ImmutableList.of(
                FileOutcome.failed(
                    Path.of("/repo/spam.c"),
                    ImmutableList.of(
                        Diagnostic.error(
                            "/repo/spam.c", 7, 5, "unknown converter 'int2'\n100% sure"),
                        Diagnostic.warning("other,dir/x:y.c", 0, 0, "whole file")))));

    assertThat(GithubAnnotations.lines(r, BASE))
        .containsExactly(
            "::error file=spam.c,line=7,col=5,title=argclinic::unknown converter 'int2'%0A100%25"
                + " sure",
            "::warning file=other%2Cdir/x%3Ay.c,title=argclinic::whole file")
        .inOrder();
  }

  @Test
  void unchangedAndWrittenFilesPrintNothing() {
    GenerateResult r =
        new GenerateResult(
            ImmutableList.of(
                new FileOutcome(
                    Path.of("/repo/a.c"),
                    FileOutcome.Status.UNCHANGED,
                    "",
                    ImmutableList.of(),
                    ImmutableList.of()),
                new FileOutcome(
                    Path.of("/repo/b.c"),
                    FileOutcome.Status.WRITTEN,
                    "d",
                    ImmutableList.of(3),
                    ImmutableList.of())));

    assertThat(GithubAnnotations.lines(r, BASE)).isEmpty();
  }
}
