package org.argclinic.emit.pyi;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.GenerateResult;
import org.argclinic.run.Generators;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stubs of CPython 3.13.5's own modules: every one that its clinic declarations make passes {@code
 * mypy --strict}, and those of the modules in {@code bench/stubs/modules.txt} agree with typeshed's
 * (bench/stubs/typeshed_agreement.py; figures in the README). Needs python3 with mypy.
 */
class CorpusStubsTest {
  @TempDir Path dir;

  @Test
  void everyModuleStubOfTheCorpusPassesMypyStrict() throws Exception {
    Path tree = Corpus.tree();
    // The stubs go to a temporary directory, out of the corpus' project.
    GenerateRequest.Builder request =
        GenerateRequest.builder()
            .glue(false)
            .stubs(true)
            .stubsDirectory(Optional.of(dir))
            .allowOutsideProject(true);
    for (String d : new String[] {"Modules", "Objects", "Python", "PC"}) {
      request.addPath(tree.resolve(d));
    }
    GenerateResult r = Generators.standard().generate(request.build());
    assertWithMessage("%s", r.diagnostics()).that(r.hasErrors()).isFalse();
    List<String> stubs = new ArrayList<>();
    try (var list = Files.list(dir)) {
      list.forEach(p -> stubs.add(p.getFileName().toString()));
    }
    assertThat(stubs.size()).isAtLeast(80);
    // A top-level file named sys.pyi would shadow the standard sys for mypy: checked renamed.
    Files.move(dir.resolve("sys.pyi"), dir.resolve("sys_.pyi"));
    String out = run(List.of("python3", "-m", "mypy", "--strict", "--no-incremental", "."));
    assertThat(out).contains("Success: no issues found in " + stubs.size() + " source files");
  }

  @Test
  void stdlibStubsAgreeWithTypeshed() throws Exception {
    Path tree = Corpus.tree();
    Path bench = Corpus.root().resolve("bench/stubs");
    for (String line : Files.readAllLines(bench.resolve("modules.txt"))) {
      String[] words = line.replaceAll("#.*", "").trim().split("\\s+");
      if (words[0].isEmpty()) {
        continue;
      }
      GenerateRequest.Builder request =
          GenerateRequest.builder()
              .glue(false)
              .stubs(true)
              .stubsDirectory(Optional.of(dir))
              .stubsModule(Optional.of(words[0]))
              .allowOutsideProject(true);
      for (int i = 1; i < words.length; i++) {
        request.addPath(tree.resolve("Modules").resolve(words[i]));
      }
      assertThat(Generators.standard().generate(request.build()).hasErrors()).isFalse();
    }
    Path json = dir.resolve("agreement.json");
    String table =
        run(
            List.of(
                "python3",
                bench.resolve("typeshed_agreement.py").toString(),
                "--stubs",
                dir.toString(),
                "--json",
                json.toString()));
    String total = Files.readString(json).replaceAll("(?s).*\"total\"", "");
    double compared = count(total, "compared");
    assertWithMessage(table).that(compared).isAtLeast(120.0);
    assertWithMessage(table).that(count(total, "names_kinds") / compared).isAtLeast(0.95);
    assertWithMessage(table).that(count(total, "compatible") / compared).isAtLeast(0.80);
    assertWithMessage(table).that(count(total, "typed") / compared).isAtLeast(0.80);
  }

  /** {@code "key": N} in the script's JSON. */
  private static int count(String json, String key) {
    Matcher m = Pattern.compile("\"" + key + "\": (\\d+)").matcher(json);
    assertWithMessage(json).that(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private String run(List<String> command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("timed out: %s", command).that(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertWithMessage("%s failed (needs python3 -m pip install mypy):\n%s", command, out)
        .that(p.exitValue())
        .isEqualTo(0);
    return out;
  }
}
