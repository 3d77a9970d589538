package org.argclinic.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's side of "writes stay inside the project": the error as printed, and the option. */
class OutsideProjectTest {
  @TempDir Path base;
  private Path project;
  private Path outside;
  private Path source;
  private String text;

  @BeforeEach
  void layout() throws Exception {
    project = Files.createDirectories(base.resolve("project"));
    Files.createDirectory(project.resolve(".git"));
    outside = Files.createDirectories(base.resolve("outside"));
    source = Files.createDirectories(project.resolve("src")).resolve("spam.c");
    text =
        "/*[clinic input]\ndestination x new file '"
            + outside.resolve("spam.h")
            + "'\n"
            + "output everything x\n[clinic start generated code]*/\n\n"
            + "/*[clinic input]\nmodule spam\nspam.f\n[clinic start generated code]*/\n";
    Files.writeString(source, text);
  }

  private long outsideFiles() throws Exception {
    try (Stream<Path> s = Files.list(outside)) {
      return s.count();
    }
  }

  @Test
  void generateAndCheckPrintThePositionedErrorAndWriteNothing() throws Exception {
    String expected =
        source
            + ":2:25: error: '"
            + outside.resolve("spam.h")
            + "' leads to "
            + outside.toRealPath().resolve("spam.h")
            + ", outside the project root "
            + project.toRealPath()
            + " (where .git is): writes stay inside the project unless"
            + " --allow-outside-project (Maven: allowOutsideProject) is given\n"
            + "destination x new file '"
            + outside.resolve("spam.h")
            + "'\n"
            + " ".repeat(24)
            + "^\n";
    for (String command : new String[] {"generate", "check"}) {
      MainTest.Run r = MainTest.run(command, source.toString());
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).isEqualTo(expected);
      assertThat(r.out()).isEmpty();
      assertThat(Files.readString(source)).isEqualTo(text);
      assertThat(outsideFiles()).isEqualTo(0);
    }
  }

  @Test
  void theOptionAllowsIt() throws Exception {
    MainTest.Run r = MainTest.run("generate", "--allow-outside-project", "-v", source.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(0);
    assertThat(Files.readString(outside.resolve("spam.h"))).contains("spam_f_impl(");
    assertThat(MainTest.run("check", "--allow-outside-project", source.toString()).code())
        .isEqualTo(0);
  }

  @Test
  void aStubOutsideTheProjectIsRefusedAtItsModuleLineUnlessAllowed() throws Exception {
    Path eggs = project.resolve("src/eggs.c");
    String eggsText = "/*[clinic input]\nmodule eggs\neggs.f\n[clinic start generated code]*/\n";
    Files.writeString(eggs, eggsText);
    Path stub = outside.resolve("eggs.pyi");
    String expected =
        eggs
            + ":2:1: error: '"
            + stub
            + "' leads to "
            + outside.toRealPath().resolve("eggs.pyi")
            + ", outside the project root "
            + project.toRealPath()
            + " (where .git is): writes stay inside the project unless"
            + " --allow-outside-project (Maven: allowOutsideProject) is given\n"
            + "module eggs\n^\n";
    String[][] runs = {
      {"stubs", "--output", outside.toString(), eggs.toString()},
      {"generate", "--stubs-output", outside.toString(), eggs.toString()},
      {"check", "--stubs-output", outside.toString(), eggs.toString()}
    };
    for (String[] args : runs) {
      MainTest.Run r = MainTest.run(args);
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.err()).isEqualTo(expected);
      assertThat(outsideFiles()).isEqualTo(0);
    }
    MainTest.Run allowed =
        MainTest.run(
            "stubs", "--allow-outside-project", "--output", outside.toString(), eggs.toString());
    assertThat(allowed.err()).isEmpty();
    assertThat(allowed.code()).isEqualTo(0);
    assertThat(Files.readString(stub)).contains("def f() -> object: ...");
  }

  @Test
  void helpTeachesTheRuleAndTheOption() {
    for (String command : new String[] {"generate", "check", "stubs"}) {
      // picocli wraps lines (even inside ".git"): compare without white space
      String help = MainTest.run(command, "--help").out().replaceAll("\\s+", "");
      assertThat(help).contains("--allow-outside-project");
      assertThat(help)
          .contains(
              "Theprojectrootisthenearestdirectoryabovethesource"
                  + "holding.git,.hgor.svn;withoutone,thecurrentdirectory.");
    }
  }
}
