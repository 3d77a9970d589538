package org.argclinic.emit.rust;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * examples/newdsl: the DSL of CPython 3.14 and later (@disable fastcall, gh-132097; *args: tuple,
 * gh-122943; **kwds: dict, gh-64490) built as C (--c-api public; --c-api limited 3.10 from Python
 * 3.10 on) and as Rust, and called from Python by its check.py: results, exception types and
 * messages, and __text_signature__ identical, and the values each construct promises. Runs under
 * python3, or under each interpreter of ARGCLINIC_PYTHONS (comma-separated), e.g. 3.9 to 3.13.
 */
class NewDslExampleTest {
  private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) passed, (\\d+) failed$");

  @Test
  void cAndRustAgreeOnEveryInterpreter() throws Exception {
    String configured = System.getenv("ARGCLINIC_PYTHONS");
    List<String> pythons =
        configured == null || configured.isBlank()
            ? List.of("python3")
            : List.of(configured.split(","));
    for (String python : pythons) {
      check(python, Map.of());
    }
  }

  /**
   * CPython 3.13.5 with its internal headers (ARGCLINIC_PYTHON_DEFAULT) adds the --c-api core
   * build; its debug build (ARGCLINIC_PYTHON_DEBUG) adds the reference-leak check, Rust included.
   */
  @Test
  void coreGlueAndNoLeaksOnCpython313Builds() throws Exception {
    for (String variable : List.of("ARGCLINIC_PYTHON_DEFAULT", "ARGCLINIC_PYTHON_DEBUG")) {
      String python = System.getenv(variable);
      if (python == null || python.isBlank()) {
        continue;
      }
      check(python, Map.of());
      assertThat(
              Files.exists(
                  RustExamples.root()
                      .resolve(
                          "examples/newdsl/target/"
                              + Integer.toHexString(python.hashCode())
                              + "/core")))
          .isTrue();
    }
  }

  /**
   * bench/vectorcall (gh-87613): a type whose __init__ has @vectorcall constructs as the same
   * declaration without it does, subclasses included, in C (public target) and in Rust.
   */
  @Test
  void vectorcallConstructsAsTheSlotsDo() throws Exception {
    String out =
        EchoDifferentialTest.run(
            RustExamples.root().resolve("bench/vectorcall"), List.of("./run", "--check"));
    Matcher m = SUMMARY.matcher(out);
    assertWithMessage(out).that(m.find()).isTrue();
    assertWithMessage(out).that(m.group(2)).isEqualTo("0");
  }

  private static String check(String python, Map<String, String> env) throws Exception {
    Path example = RustExamples.root().resolve("examples/newdsl");
    String out = "target/" + Integer.toHexString(python.hashCode());
    Map<String, String> all = new HashMap<>(env);
    all.put("PYTHON", python);
    all.put("NEWDSL_OUT", Path.of(out).getFileName().toString());
    EchoDifferentialTest.run(example, List.of("./build"), all);
    String interpreter = Files.readString(example.resolve(out + "/python.txt")).strip();
    String report = EchoDifferentialTest.run(example, List.of(interpreter, "check.py", out), env);
    Matcher m = SUMMARY.matcher(report);
    assertWithMessage(report).that(m.find()).isTrue();
    assertWithMessage(python + ":\n" + report).that(m.group(2)).isEqualTo("0");
    assertThat(Integer.parseInt(m.group(1))).isAtLeast(80);
    return report;
  }

  /**
   * @disable fastcall chooses the tuple conventions; METH_O and METH_NOARGS are kept.
   */
  @Test
  void disableFastcallPicksTheTupleConventions() throws Exception {
    String header =
        Files.readString(RustExamples.root().resolve("examples/newdsl/clinic/newdsl.c.h"));
    assertThat(header).contains("newdsl_pos, METH_VARARGS, newdsl_pos__doc__");
    assertThat(header).contains("newdsl_kw, METH_VARARGS|METH_KEYWORDS, newdsl_kw__doc__");
    assertThat(header).contains("newdsl_one, METH_O, newdsl_one__doc__");
    assertThat(header).contains("newdsl_tup, METH_FASTCALL, newdsl_tup__doc__");
    // **kwds (gh-64490): vectorcall after positional-only parameters, a dict after the others
    assertThat(header).contains("newdsl_kwpos, METH_FASTCALL|METH_KEYWORDS, newdsl_kwpos__doc__");
    assertThat(header).contains("newdsl_kwgen, METH_VARARGS|METH_KEYWORDS, newdsl_kwgen__doc__");
    String rust =
        Files.readString(RustExamples.root().resolve("examples/newdsl/rust/src/clinic/newdsl.rs"));
    assertThat(rust).contains("PyCFunctionWithKeywords: newdsl_kw }");
    assertThat(rust).contains("ml_flags: clinic::ffi::METH_VARARGS | clinic::ffi::METH_KEYWORDS");
  }
}
