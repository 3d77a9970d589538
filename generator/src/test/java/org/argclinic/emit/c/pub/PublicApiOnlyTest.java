package org.argclinic.emit.c.pub;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.argclinic.assemble.AssembledFile;
import org.argclinic.assemble.Assembler;
import org.argclinic.assemble.EmitOptions;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.CApi;
import org.argclinic.model.FileModel;
import org.argclinic.model.Version;
import org.argclinic.parse.DslParser;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The public and limited targets emit no private CPython symbol ({@code _Py...}) and include no
 * internal header: checked on the example and benchmark glue and on every corpus file whose
 * declarations these targets accept.
 */
class PublicApiOnlyTest {
  /** An identifier starting with _Py, as a whole token. */
  static final Pattern PRIVATE_SYMBOL = Pattern.compile("(?<![A-Za-z0-9_])_Py[A-Za-z0-9_]*");

  /** Any #include of CPython's internals (pycore_*.h, internal/...) or a Py_BUILD_CORE test. */
  static final Pattern INTERNAL =
      Pattern.compile("#\\s*include\\s*[\"<](pycore_|internal/|cpython/)|Py_BUILD_CORE");

  static List<String> violations(String text) {
    List<String> found = new ArrayList<>();
    for (Pattern p : List.of(PRIVATE_SYMBOL, INTERNAL)) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        int line = text.substring(0, m.start()).split("\n", -1).length;
        found.add("line " + line + ": " + m.group());
      }
    }
    return found;
  }

  private static List<EmitOptions> targets() {
    return List.of(
        new EmitOptions(CApi.PUBLIC, Optional.empty(), true),
        new EmitOptions(CApi.LIMITED, Optional.empty(), true, new Version(3, 11)));
  }

  @Test
  void detectorFindsWhatCoreOutputUses() throws Exception {
    // c-core output of the same example is full of private API: the check can fail.
    String core =
        ExampleGlueTest.generate(
            "clinicdemo.c", new EmitOptions(CApi.CORE, Optional.empty(), true));
    assertThat(violations(core)).isNotEmpty();
    assertThat(String.join("\n", violations(core))).contains("_PyArg_UnpackKeywords");
    assertThat(String.join("\n", violations(core))).contains("pycore_");
  }

  @Test
  void exampleAndBenchmarkGlueUsePublicApiOnly() throws Exception {
    List<Path> sources =
        List.of(
            ExampleGlueTest.EXAMPLES.resolve("clinicdemo.c"),
            ExampleGlueTest.EXAMPLES.resolve("clinicdemo_buffers.c"),
            ExampleGlueTest.BENCH.resolve("benchglue.c"));
    for (EmitOptions target : targets()) {
      for (Path source : sources) {
        AssembledFile out = ExampleGlueTest.assemble(source, target);
        for (var side : out.sideFiles().entrySet()) {
          assertWithMessage(side.getKey() + " (" + target.cApi() + ")")
              .that(violations(side.getValue()))
              .isEmpty();
        }
        assertThat(violations(out.text())).isEmpty();
      }
    }
    String full = ExampleGlueTest.generate("clinicdemo_full.c", targets().get(0));
    assertThat(violations(full)).isEmpty();
  }

  /**
   * Py_UNICODE(zeroes=True) is getargs' u# (Z# with None), which CPython's clinic still writes and
   * CPython 3.12 removed: public glue used to emit it, failing at run time with "bad format".
   */
  @Test
  void removedGetargsUnitsAreRefusedNotEmitted() throws Exception {
    for (String accept : new String[] {"", "accept={str, NoneType}, "}) {
      String text =
          "/*[clinic input]\nmodule m\nm.f\n    a: Py_UNICODE("
              + accept
              + "zeroes=True)\n    /\n[clinic start generated code]*/\n";
      for (EmitOptions target : targets()) {
        DiagnosticException e =
            Assertions.assertThrows(
                DiagnosticException.class,
                () ->
                    new Assembler(target)
                        .assemble(DslParser.parse(Scanner.scan("m.c", SourceLanguage.C, text))));
        assertThat(e.diagnostics().get(0).message())
            .contains(
                "Py_UNICODE(zeroes=True) is"
                    + " getargs' unit '"
                    + (accept.isEmpty() ? "u#" : "Z#")
                    + "', which CPython removed"
                    + " in 3.12");
        assertThat(e.diagnostics().get(0).line()).isEqualTo(4);
      }
    }
  }

  @Test
  void privateConverterFunctionsAreRefusedNotEmitted() throws Exception {
    Path file = Corpus.tree().resolve("Modules/signalmodule.c");
    String text = Files.readString(file);
    DiagnosticException e =
        Assertions.assertThrows(
            DiagnosticException.class,
            () ->
                new Assembler(targets().get(0))
                    .assemble(
                        DslParser.parse(Scanner.scan(file.toString(), SourceLanguage.C, text))));
    assertThat(e.diagnostics().get(0).message())
        .isEqualTo(
            "signal.pthread_sigmask: parameter"
                + " 'mask': converter 'sigset_t' converts with _Py_Sigset_Converter(), which is"
                + " private to CPython and not available to the public C API targets");
    assertThat(e.diagnostics().get(0).line()).isGreaterThan(0);
  }

  @Test
  void corpusGlueUsesPublicApiOnly() throws Exception {
    Path tree = Corpus.tree();
    List<Path> files;
    try (Stream<Path> s =
        Stream.concat(Files.walk(tree.resolve("Modules")), Files.walk(tree.resolve("Objects")))) {
      files = s.filter(p -> p.toString().endsWith(".c")).sorted().toList();
    }
    int generated = 0;
    int refused = 0;
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String text = Files.readString(file);
      if (!text.contains("[clinic start generated code]")) {
        continue;
      }
      // and limited 3.10, the default --limited-version, which refuses the most
      List<EmitOptions> targets = new ArrayList<>(targets());
      targets.add(new EmitOptions(CApi.LIMITED, Optional.empty(), true, new Version(3, 10)));
      for (EmitOptions target : targets) {
        AssembledFile out;
        try {
          FileModel model = DslParser.parse(Scanner.scan(file.toString(), SourceLanguage.C, text));
          out = new Assembler(target).assemble(model);
        } catch (DiagnosticException e) {
          // a converter or construct these targets cannot express: refused at its position, not
          // leaked, and not as an internal error (a Py_buffer in an optional group once was)
          for (Diagnostic d : e.diagnostics()) {
            if (d.message().startsWith("internal error")) {
              problems.add(target.cApi() + " " + target.limitedVersion() + ": " + d.header());
            }
          }
          refused++;
          if (Boolean.getBoolean("argclinic.showRefused")) {
            System.out.println("REFUSED " + target.cApi() + " " + e.diagnostics().get(0));
          }
          continue;
        }
        generated++;
        for (var side : out.sideFiles().entrySet()) {
          for (String v : violations(side.getValue())) {
            if (text.contains(v.substring(v.indexOf(": ") + 2))) {
              // the declarations' own C text (a c_default, a type): the author's, not ours
              continue;
            }
            problems.add(
                tree.relativize(file) + " -> " + side.getKey() + " " + target.cApi() + ": " + v);
          }
        }
      }
    }
    assertWithMessage(String.join("\n", problems.subList(0, Math.min(40, problems.size()))))
        .that(problems)
        .isEmpty();
    assertThat(generated).isAtLeast(60);
    System.out.println(
        "PublicApiOnlyTest: "
            + generated
            + " corpus file outputs checked, "
            + refused
            + " refused with a diagnostic");
  }
}
