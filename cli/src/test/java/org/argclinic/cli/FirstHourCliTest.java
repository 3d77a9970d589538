package org.argclinic.cli;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI as a new user meets it (issue 16): each finding, its message and its exit status. */
class FirstHourCliTest {
  @TempDir Path dir;

  @BeforeEach
  void project() throws Exception {
    Files.createDirectory(dir.resolve(".git")); // a project: its files are inside
  }

  private Path write(String name, String dsl) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, "/*[clinic input]\n" + dsl + "[clinic start generated code]*/\n");
    return p;
  }

  @Test
  void anUnknownCommandGetsASuggestion() {
    MainTest.Run r = MainTest.run("genrate", "x.c");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .startsWith(
            "argclinic: unknown command 'genrate'; did you mean"
                + " 'generate'? (the commands are generate, check, ");
    for (String command : new String[] {"model", "converters"}) {
      assertThat(r.err().lines().findFirst().orElseThrow()).contains(command);
    }
    assertThat(MainTest.run("frobnicate").err())
        .startsWith("argclinic: unknown command 'frobnicate' (the commands are generate,");
  }

  @Test
  void limitedVersionMistakesAreUsageErrorsBeforeAnyFileIsRead() {
    String missing = dir.resolve("nope.c").toString(); // reading it would say so
    MainTest.Run old =
        MainTest.run("generate", "--c-api", "limited", "--limited-version", "3.9", missing);
    assertThat(old.code()).isEqualTo(2);
    assertThat(old.err())
        .startsWith(
            "argclinic: --limited-version 3.9 is not supported: the limited API gained"
                + " METH_FASTCALL in Python 3.10; use --limited-version 3.10 or newer\n");
    MainTest.Run alone = MainTest.run("check", "--limited-version", "3.11", missing);
    assertThat(alone.code()).isEqualTo(2);
    assertThat(alone.err())
        .startsWith(
            "argclinic: --limited-version applies only to --c-api"
                + " limited; add --c-api limited\n");
    MainTest.Run pub =
        MainTest.run("model", "--c-api", "public", "--limited-version", "3.11", missing);
    assertThat(pub.code()).isEqualTo(2);
    assertThat(pub.err())
        .startsWith(
            "argclinic: --limited-version applies only to --c-api"
                + " limited; add --c-api limited instead of --c-api public\n");
  }

  @Test
  void modelReportsWhatGenerateWouldAndExitsOne() throws Exception {
    String[][] cases = {
      {
        "a: lnog",
        "4:8: error: 'lnog' is not a valid converter; did you mean 'long'?"
            + " ('argclinic converters' lists them all)"
      },
      {
        "b: long = \"one\"",
        "4:15: error: long_converter: default value 'one' for field 'b'" + " is not of type 'int'"
      },
      {
        "b: int(bitwise=True)",
        "4:8: error: converter 'int' takes no argument 'bitwise'; it"
            + " takes accept={int}, type=None, c_default, py_default, unused ('argclinic"
            + " converters --verbose' lists each converter's arguments)"
      },
    };
    int n = 0;
    for (String[] c : cases) {
      Path f = write("m" + n++ + ".c", "module m\nm.f\n    " + c[0] + "\n");
      for (String[] args : new String[][] {{"model"}, {"model", "--json"}, {"check"}}) {
        String[] full = Arrays.copyOf(args, args.length + 1);
        full[args.length] = f.toString();
        MainTest.Run r = MainTest.run(full);
        assertThat(r.code()).isEqualTo(1);
        if (args.length == 2) {
          JsonNode d =
              new ObjectMapper().readTree(r.out()).get("files").get(0).get("diagnostics").get(0);
          assertThat(
                  d.get("line").asInt()
                      + ":"
                      + d.get("column").asInt()
                      + ": "
                      + d.get("severity").asText()
                      + ": "
                      + d.get("message").asText())
              .isEqualTo(c[1]);
        } else {
          assertThat(r.err()).startsWith(f + ":" + c[1] + "\n");
        }
      }
    }
    Path rust = dir.resolve("enc.rs");
    Files.writeString(
        rust,
        "/*[clinic input]\nmodule m\nm.f\n    s: str(encoding='utf-8')\n"
            + "[clinic start generated code]*/\n");
    MainTest.Run r = MainTest.run("model", rust.toString());
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).contains("error: no Rust glue for m.f: str(encoding=...)");
  }

  @Test
  void modelShowsTheSignatureWithSlashAndStar() throws Exception {
    Path f =
        write(
            "sig.c",
            "module m\nm.f\n    a: int\n    /\n    b: str = \"x\"\n    *\n"
                + "    c: bool = False\n");
    MainTest.Run r = MainTest.run("model", f.toString());
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out())
        .isEqualTo(
            f + "\n  m.f(a: int, /, b: str = \"x\", *, c: bool = False)" + " -> object  [plain]\n");
  }

  @Test
  void modelJsonHasEveryDocumentedFieldEvenWhenEmpty() throws Exception {
    Path f = write("j.c", "module m\nm.f\n    a: int\n");
    JsonNode fn =
        new ObjectMapper()
            .readTree(MainTest.run("model", "--json", f.toString()).out())
            .get("files")
            .get(0)
            .get("functions")
            .get(0);
    for (String field :
        new String[] {
          "name",
          "cName",
          "kind",
          "module",
          "class",
          "returnConverter",
          "clonedFrom",
          "decorators",
          "line",
          "parameters",
          "docstring"
        }) {
      assertThat(fn.has(field)).isTrue();
    }
    JsonNode p = fn.get("parameters").get(0);
    for (String field :
        new String[] {
          "name",
          "cName",
          "kind",
          "converter",
          "legacy",
          "converterArguments",
          "default",
          "group",
          "deprecatedPositional",
          "deprecatedKeyword",
          "line"
        }) {
      assertThat(p.has(field)).isTrue();
    }
    assertThat(fn.get("class").isNull()).isTrue();
    assertThat(p.get("converterArguments").size()).isEqualTo(0);
    assertThat(p.get("group").asInt()).isEqualTo(0);
  }

  @Test
  void checkHonoursTheStampAndNamesAMissingSideFile() throws Exception {
    Path f = write("buf.c", "module m\nm.f\n    b: Py_buffer\n");
    assertThat(
            MainTest.run(
                    "generate", "--c-api", "limited", "--limited-version", "3.11", f.toString())
                .code())
        .isEqualTo(0);
    MainTest.Run plain = MainTest.run("check", f.toString());
    assertThat(plain.err()).isEmpty();
    assertThat(plain.code()).isEqualTo(0);
    MainTest.Run asked = MainTest.run("check", "-q", "--c-api", "public", f.toString());
    assertThat(asked.code()).isEqualTo(1);
    assertThat(asked.err())
        .startsWith(
            dir.resolve("clinic/buf.c.h")
                + ":4:1: warning: this header was generated with --c-api limited --limited-version"
                + " 3.11; it is regenerated with --c-api public as asked");
    Files.delete(dir.resolve("clinic/buf.c.h"));
    MainTest.Run missing = MainTest.run("check", "-q", f.toString());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err())
        .isEqualTo(dir.resolve("clinic/buf.c.h") + ": missing: generate would create it\n");
  }

  @Test
  void convertersVerboseListsTheLegalForms() {
    MainTest.Run r = MainTest.run("converters", "--verbose");
    assertThat(r.code()).isEqualTo(0);
    assertThat(r.out()).contains("    Py_buffer(accept={buffer})\n        Py_buffer      ");
    assertThat(r.out())
        .contains(
            "        Py_buffer(accept={str, buffer, NoneType})      z*: a"
                + " str, a buffer or None (then the impl's buf.obj is NULL)\n");
    assertThat(MainTest.run("converters").out()).doesNotContain("z*: a str");
  }

  /** Every option of every command appears in the README's CLI reference. */
  @Test
  void readmeDocumentsEveryOption() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"));
    CommandLine cl = new CommandLine(new ArgclinicCommand());
    for (String command : new String[] {"generate", "check", "model", "converters"}) {
      for (CommandLine.Model.OptionSpec o :
          cl.getSubcommands().get(command).getCommandSpec().options()) {
        if (o.usageHelp() || o.versionHelp()) {
          continue;
        }
        for (String name : o.names()) {
          assertThat(readme).contains("`" + name);
        }
      }
    }
  }

  @Test
  void optionsWithNothingToActOnAreWarnedAbout() throws Exception {
    Path c = write("w.c", "module m\nm.f\n    a: int\n");
    MainTest.Run ffi = MainTest.run("generate", "--rust-ffi", "other_ffi", c.toString());
    assertThat(ffi.code()).isEqualTo(0);
    assertThat(ffi.err())
        .isEqualTo("argclinic: warning: --rust-ffi has no effect: no Rust source was read\n");
    Path rs = dir.resolve("w.rs");
    Files.writeString(
        rs, "/*[clinic input]\nmodule m\nm.f\n    a: int\n" + "[clinic start generated code]*/\n");
    MainTest.Run api = MainTest.run("check", "-q", "--c-api", "core", rs.toString());
    assertThat(api.err())
        .contains("argclinic: warning: --c-api has no effect: no C source was read\n");
    assertThat(MainTest.run("check", "-q", c.toString()).err()).isEmpty();
  }
}
