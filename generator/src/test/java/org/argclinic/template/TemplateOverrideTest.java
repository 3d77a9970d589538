package org.argclinic.template;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.CApi;
import org.argclinic.run.FileOutcome;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.GenerateResult;
import org.argclinic.run.Generator;
import org.argclinic.run.Generators;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code --templates DIR} overrides every built-in template, whichever stage renders it (the
 * converters' C snippets, the C targets, Rust, stubs). One case per template found on the class
 * path, so a new template is covered without a change here; a new template no fixture renders fails
 * here until one does.
 *
 * <p>The fixtures: the repository's examples (public and limited C as their headers record it,
 * Rust, stubs) and, for {@code --c-api core}, CPython files whose converters use every macro of
 * {@code c/converters/cpython.c.ftl} plus {@code Lib/test/clinic.test.c}. Runs {@code check}, so
 * nothing is written: an override shows in the diff.
 */
class TemplateOverrideTest {
  /** A C comment: the C glue checks read the snippets they are given as C. */
  private static final String MARKER = "/* ARGCLINIC_OVERRIDE_MARKER */";

  private static final Pattern MACRO = Pattern.compile("<#macro [^>]*>\n");
  private static final List<String> CORE_FIXTURES =
      List.of(
          "Lib/test/clinic.test.c",
          "Modules/cmathmodule.c",
          "Modules/posixmodule.c",
          "Modules/overlapped.c",
          "Modules/_struct.c");

  /** Every built-in template, by the name a run asks for. */
  static Stream<String> templates() throws IOException, URISyntaxException {
    URL url = Templates.class.getResource("/org/argclinic/templates/");
    Path dir = Path.of(url.toURI());
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      files
          .filter(p -> p.toString().endsWith(".ftl"))
          .forEach(p -> names.add(dir.relativize(p).toString().replace('\\', '/')));
    }
    names.sort(null);
    return names.stream();
  }

  private static String builtIn(String name) throws IOException {
    try (var in = Templates.class.getResourceAsStream("/org/argclinic/templates/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<GenerateResult> check(Path overrides) throws IOException {
    Generator g = Generators.standard();
    Path examples = Corpus.root().resolve("examples");
    GenerateResult own =
        g.check(
            GenerateRequest.builder()
                .addPath(examples)
                .templatesDirectory(Optional.of(overrides))
                .stubs(true)
                .build());
    Path tree = Corpus.tree();
    // and @vectorcall for core (bench/vectorcall), which no CPython 3.13 file uses
    GenerateResult core =
        g.check(
            GenerateRequest.builder()
                .addPaths(CORE_FIXTURES.stream().map(tree::resolve).toList())
                .addPath(examples.resolveSibling("bench").resolve("vectorcall/vc.c"))
                .cApi(CApi.CORE)
                .allowOutsideProject(true)
                .templatesDirectory(Optional.of(overrides))
                .build());
    // Optional groups in limited glue: no example has them (copied out of the class path, since
    // check looks for the header beside the source)
    Path limited = Files.createTempDirectory("limited-groups").resolve("limited_groups.c");
    try (var in = TemplateOverrideTest.class.getResourceAsStream("limited_groups.c")) {
      Files.copy(in, limited);
    }
    GenerateResult groups =
        g.check(
            GenerateRequest.builder()
                .addPath(limited)
                .cApi(CApi.LIMITED)
                .allowOutsideProject(true)
                .templatesDirectory(Optional.of(overrides))
                .build());
    return List.of(own, core, groups);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void anOverrideChangesTheOutput(String name, @TempDir Path overrides) throws IOException {
    // The marker on a line of its own: at the top (templates that print) and first in every
    // macro (macro libraries, whose top-level text an import drops).
    Matcher m = MACRO.matcher(builtIn(name));
    String marked =
        MARKER + "\n" + m.replaceAll(r -> Matcher.quoteReplacement(r.group()) + MARKER + "\n");
    Path file = overrides.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, marked);
    StringBuilder diffs = new StringBuilder();
    List<Diagnostic> errors = new ArrayList<>();
    for (GenerateResult r : check(overrides)) {
      for (FileOutcome o : r.files()) {
        diffs.append(o.diff());
        o.diagnostics().stream().filter(Diagnostic::isError).forEach(errors::add);
      }
    }
    assertWithMessage("errors with the marked copy of %s", name).that(errors).isEmpty();
    assertWithMessage("the output with an override of %s", name)
        .that(diffs.toString())
        .contains(MARKER);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("templates")
  void aBrokenOverrideIsAPositionedError(String name, @TempDir Path overrides) throws IOException {
    String text = builtIn(name);
    int brokenLine = (int) text.lines().count() + 1;
    Path file = overrides.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text + (text.endsWith("\n") ? "" : "\n") + "<#if>\n");
    List<Diagnostic> errors = new ArrayList<>();
    for (GenerateResult r : check(overrides)) {
      for (FileOutcome o : r.files()) {
        o.diagnostics().stream().filter(Diagnostic::isError).forEach(errors::add);
      }
    }
    assertWithMessage("errors with a broken %s", name).that(errors).isNotEmpty();
    for (Diagnostic d : errors) {
      assertWithMessage("error %s", d).that(d.path()).isEqualTo(file.toString());
      assertWithMessage("error %s", d).that(d.line()).isEqualTo(brokenLine);
      assertWithMessage("error %s", d).that(d.column()).isGreaterThan(0);
    }
  }
}
