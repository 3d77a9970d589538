package org.argclinic.emit.rust;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argclinic.bind.FileBinding;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.model.Parameter;
import org.argclinic.parse.DslParser;
import org.argclinic.resolve.ConverterRegistry;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * Rust glue for every CPython 3.13.5 function that uses only standard converters, with generated
 * impl stubs, must pass {@code cargo check}. Writes target/rust-corpus/report.txt with the figure
 * and the reason for every function left out.
 */
class RustCorpusCompileTest {
  private static final Pattern ERROR =
      Pattern.compile("(?m)^src/(m\\d+)\\.rs:(\\d+):\\d+: error(.*)$");

  record Entry(String file, Function function, String glue, String stub, List<String> constants) {}

  @Test
  void standardConverterFunctionsCompile() throws Exception {
    Path tree = Corpus.tree();
    ConverterRegistry registry = ConverterRegistry.standard();
    RustEmitter emitter = new RustEmitter(RustOptions.defaults());
    Map<String, List<Entry>> byFile = new LinkedHashMap<>();
    Map<String, Integer> reasons = new TreeMap<>();
    List<String> left = new ArrayList<>();
    int total = 0;
    int standard = 0;
    for (Path p : Corpus.sourceFiles()) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      if (!text.contains("[clinic input]")) {
        continue;
      }
      String rel = tree.relativize(p).toString();
      FileModel model = DslParser.parse(Scanner.scan(rel, SourceLanguage.C, text));
      FileBinding binding = FileBinding.of(model);
      Set<String> seen = new HashSet<>();
      for (Function f : model.functions()) {
        total++;
        if (!standard(f, registry)) {
          continue;
        }
        standard++;
        if (!seen.add(f.cName())) {
          // the same function declared again under another #if branch: compiled once
          continue;
        }
        try {
          RustEmitter.FunctionOutput out = emitter.emitFunction(f, binding);
          byFile
              .computeIfAbsent(rel, k -> new ArrayList<>())
              .add(
                  new Entry(
                      rel,
                      f,
                      out.glue(),
                      out.implSignature() + "\n{\n    unimplemented!()\n}\n",
                      out.constants()));
        } catch (RustEmitter.Unsupported u) {
          reasons.merge(u.getMessage().replaceAll("'[^']*'|=\\S+", "…"), 1, Integer::sum);
          left.add(rel + ": " + f.fullName() + ": " + u.getMessage());
        }
      }
    }
    Path crate = Path.of("target/rust-corpus");
    Set<Function> failed = new HashSet<>();
    Map<Function, String> compileErrors = new LinkedHashMap<>();
    for (int round = 0; round < 4; round++) {
      Map<String, Map<Integer, Entry>> lines = writeCrate(crate, byFile, failed);
      String out = cargoCheck(crate);
      Matcher m = ERROR.matcher(out);
      int before = failed.size();
      while (m.find()) {
        Map<Integer, Entry> owners = lines.get(m.group(1));
        Entry owner = owners == null ? null : ownerOf(owners, Integer.parseInt(m.group(2)));
        if (owner != null && failed.add(owner.function())) {
          compileErrors.put(
              owner.function(),
              owner.file() + ": " + owner.function().fullName() + ": error" + m.group(3));
        }
      }
      if (!out.contains("error")) {
        break;
      }
      assertWithMessage("cargo errors outside any function:\n%s", tail(out))
          .that(failed.size())
          .isGreaterThan(before);
    }
    int emitted = byFile.values().stream().mapToInt(List::size).sum();
    int compiled = emitted - failed.size();
    long duplicates = standard - emitted - left.size();
    double percent = 100.0 * (compiled + duplicates) / standard;
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            "functions: %d, with standard converters: %d, Rust glue compiled: %d (%.1f%%)%n",
            total, standard, compiled + duplicates, percent));
    report.append(String.format("(declared twice under #if, compiled once: %d)%n", duplicates));
    report.append("left out, by reason:\n");
    reasons.forEach((r, n) -> report.append(String.format("  %4d  %s%n", n, r)));
    report.append(String.format("  %4d  cargo check error%n", failed.size()));
    report.append("\nfunctions left out:\n");
    left.forEach(l -> report.append("  ").append(l).append('\n'));
    compileErrors.values().forEach(l -> report.append("  ").append(l).append('\n'));
    Files.writeString(crate.resolve("report.txt"), report);
    System.out.println(report.substring(0, report.indexOf("\nfunctions left out:")));
    assertWithMessage(report.toString()).that(percent).isAtLeast(95.0);
  }

  static boolean standard(Function f, ConverterRegistry registry) {
    for (Parameter p : f.parameters()) {
      ConverterRef c = p.converter();
      boolean known =
          c.legacy()
              ? registry.legacyConverter(c.name()).isPresent()
              : registry.converter(c.name()).isPresent();
      if (!known) {
        return false;
      }
    }
    return registry.returnConverter(f.returnConverter().name()).isPresent();
  }

  private static Entry ownerOf(Map<Integer, Entry> starts, int line) {
    Entry owner = null;
    for (Map.Entry<Integer, Entry> e : starts.entrySet()) {
      if (e.getKey() <= line) {
        owner = e.getValue();
      }
    }
    return owner;
  }

  /** Writes one module per corpus file; returns, per module, the first line of each function. */
  private static Map<String, Map<Integer, Entry>> writeCrate(
      Path crate, Map<String, List<Entry>> byFile, Set<Function> failed) throws IOException {
    Path src = crate.resolve("src");
    Files.createDirectories(src);
    Path root = RustExamples.root();
    Files.writeString(
        crate.resolve("Cargo.toml"),
        "[package]\n"
            + "name = \"corpus-check\"\n"
            + "version = \"0.0.0\"\n"
            + "edition = \"2024\"\n"
            + "publish = false\n\n"
            + "[lib]\n"
            + "path = \"src/lib.rs\"\n\n"
            + "[dependencies]\n"
            + "pyo3-ffi = \"0.30\"\n\n"
            + "[workspace]\n");
    Path lock = root.resolve("examples/echo/rust/Cargo.lock");
    if (!Files.exists(crate.resolve("Cargo.lock"))) {
      Files.copy(lock, crate.resolve("Cargo.lock"));
    }
    StringBuilder lib =
        new StringBuilder(
            "#![allow(unused, non_snake_case, non_upper_case_globals, unreachable_code)]\n");
    Map<String, Map<Integer, Entry>> lines = new LinkedHashMap<>();
    RustEmitter emitter = new RustEmitter(RustOptions.defaults());
    int n = 0;
    for (Map.Entry<String, List<Entry>> file : byFile.entrySet()) {
      String mod = "m" + n++;
      lib.append("// ").append(file.getKey()).append("\nmod ").append(mod).append(";\n");
      StringBuilder text =
          new StringBuilder(emitter.emitFile(file.getKey(), List.of(), null).text());
      Map<Integer, Entry> starts = new TreeMap<>();
      Set<String> constants = new TreeSet<>();
      file.getValue().forEach(e -> constants.addAll(e.constants()));
      // the C constants that c_default names, as the including module would define them
      constants.forEach(c -> text.append("const ").append(c).append(": i64 = 0;\n"));
      for (Entry e : file.getValue()) {
        if (failed.contains(e.function())) {
          continue;
        }
        starts.put(lineCount(text) + 1, e);
        text.append('\n').append(e.glue()).append('\n').append(e.stub());
      }
      Files.writeString(src.resolve(mod + ".rs"), text);
      lines.put(mod, starts);
    }
    Files.writeString(src.resolve("lib.rs"), lib);
    return lines;
  }

  private static int lineCount(CharSequence s) {
    int c = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        c++;
      }
    }
    return c;
  }

  private static String cargoCheck(Path crate) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder("cargo", "check", "--quiet", "--message-format=short")
            .directory(crate.toFile())
            .redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.MINUTES);
    return out;
  }

  private static String tail(String s) {
    return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
  }
}
