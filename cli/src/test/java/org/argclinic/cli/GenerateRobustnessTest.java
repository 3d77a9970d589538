package org.argclinic.cli;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parser fuzz, through the CLI's {@code check} and {@code generate}: damaged copies of the
 * corpus and example sources (DSL lines dropped, doubled, cut, given noise or another converter;
 * markers, checksums and output damaged; files cut short) must give positioned diagnostics and exit
 * 0 or 1, never a stack trace or an internal error. A {@code generate} that reports an error leaves
 * every file as it was; one that succeeds leaves output that {@code check} accepts and that a
 * second {@code generate} does not change; neither leaves a temp file. {@code
 * -Dargclinic.robustness.generate=N} sets the number of damaged files (default 300).
 */
class GenerateRobustnessTest {
  private static final int CASES = Integer.getInteger("argclinic.robustness.generate", 300);
  private static final String NOISE = "[]*/\\=:()\"'#,.@- \tx0é{}$";
  private static final String[] CONVERTERS = {
    "object",
    "int",
    "Py_ssize_t",
    "str",
    "Py_buffer",
    "bool",
    "double",
    "unicode",
    "self",
    "defining_class",
    "str(encoding='utf-8', zeroes=True)",
    "Py_buffer(accept={rwbuffer})",
    "int(accept={str})",
    "object(subclass_of='&PyLong_Type')",
    "unsigned_short(bitwise=True)",
    "'s#'",
    "slice_index(accept={int, NoneType})",
    "nosuch",
    "str(accept={robuffer}, zeroes=True)",
    "Py_UNICODE(accept={str, NoneType})",
    "int(",
    "int)"
  };
  private static final String[] DEFAULTS = {
    " = None",
    " = NULL",
    " = 0",
    " = (1+",
    " = 'x",
    " = b'\\x'",
    " = sys.maxsize",
    " = ...",
    " = -",
    " = [1]",
    " = {}",
    " = 1e999",
    " = \"\\u\""
  };

  /** `path:line:col: error: message`, or the CLI's own usage / I/O messages. */
  private static final Pattern DIAGNOSTIC =
      Pattern.compile(
          "^(\\S.*:\\d+:\\d+: (error|warning|note): .*|argclinic: .*|.*:"
              + " (stale|hand-edited|written|unchanged).*|\\S.*: missing: generate would create"
              + " it)$");

  private static final Pattern JAVA_TRACE =
      Pattern.compile("\\tat [\\w.$]+\\(|\\b(java|org\\.argclinic)\\.[\\w.$]+(Exception|Error)\\b");

  @TempDir Path tmp;

  @Test
  void damagedSourcesNeverCrashCheckOrGenerate() throws Exception {
    List<Path> sources = new ArrayList<>();
    Path root = Path.of(System.getProperty("argclinic.root", "..")).toAbsolutePath().normalize();
    for (String example :
        new String[] {
          "examples/c/clinicdemo.c",
          "examples/c/clinicdemo_buffers.c",
          "examples/echo/echo_c.c",
          "examples/rust/src/clinicdemo.rs",
          "examples/echo/rust/src/echo.rs"
        }) {
      sources.add(root.resolve(example));
    }
    if (!Boolean.getBoolean("corpus.skip")) {
      Path corpus = Corpus.tree();
      for (String dir : new String[] {"Modules", "Objects", "Python"}) {
        try (Stream<Path> s = Files.walk(corpus.resolve(dir))) {
          s.filter(p -> p.toString().endsWith(".c") && !p.getParent().endsWith("clinic"))
              .filter(GenerateRobustnessTest::hasBlocks)
              .sorted()
              .forEach(sources::add);
        }
      }
    }
    Random random = new Random(20261203);
    List<String> problems = new ArrayList<>();
    int generated = 0;
    int rejected = 0;
    for (int n = 0; n < CASES; n++) {
      Path source = sources.get(n < 5 ? n : random.nextInt(sources.size()));
      Path dir = Files.createDirectories(tmp.resolve("case" + n));
      boolean rust = source.toString().endsWith(".rs");
      Path copy = dir.resolve(source.getFileName());
      String original = Files.readString(source, StandardCharsets.UTF_8);
      String mutated = mutate(original, random);
      Files.writeString(copy, mutated, StandardCharsets.UTF_8);
      Path clinic = source.resolveSibling("clinic");
      String header = source.getFileName() + (rust ? "" : ".h");
      if (Files.isRegularFile(clinic.resolve(header))) {
        Files.createDirectories(dir.resolve("clinic"));
        Files.copy(clinic.resolve(header), dir.resolve("clinic").resolve(header));
      }
      List<String> options = new ArrayList<>();
      if (!rust) {
        boolean corpusFile = !source.startsWith(root);
        String[] apis =
            corpusFile
                ? new String[] {"core", "public", "limited"}
                : new String[] {"public", "limited"};
        options.add("--c-api");
        options.add(apis[random.nextInt(apis.length)]);
      }
      String what = source.getFileName() + " case " + n + " " + options;
      MainTest.Run check = cli("check", options, copy);
      sane(what + " check", check, problems);
      Map<Path, byte[]> before = snapshot(dir);
      MainTest.Run gen = cli("generate", options, copy);
      sane(what + " generate", gen, problems);
      Map<Path, byte[]> after = snapshot(dir);
      if (gen.code() == 1) {
        rejected++;
        if (!sameFiles(before, after)) {
          problems.add(what + ": a generate that failed changed files:\n" + gen.err());
        }
      } else if (gen.code() == 0) {
        generated++;
        MainTest.Run again = cli("check", options, copy);
        if (again.code() != 0) {
          problems.add(
              what
                  + ": check after generate exits "
                  + again.code()
                  + ":\n"
                  + again.out()
                  + again.err());
        }
        cli("generate", options, copy);
        if (!sameFiles(after, snapshot(dir))) {
          problems.add(what + ": a second generate changed files");
        }
      }
      try (Stream<Path> s = Files.walk(dir)) {
        s.filter(p -> p.getFileName().toString().endsWith(".argclinic-tmp"))
            .forEach(p -> problems.add(what + ": temp file left: " + p));
      }
      if (problems.size() > 20) {
        break;
      }
    }
    System.out.println(
        "generate robustness: "
            + CASES
            + " damaged files, "
            + generated
            + " generated, "
            + rejected
            + " rejected with diagnostics");
    assertWithMessage(String.join("\n\n", problems)).that(problems).isEmpty();
    // the damage must reach the emitter and the writer, not only the parser
    assertWithMessage("damaged files that generated").that(generated).isGreaterThan(CASES / 5);
    assertWithMessage("damaged files rejected").that(rejected).isGreaterThan(CASES / 5);
  }

  private static boolean hasBlocks(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8).contains("[clinic input]");
    } catch (IOException e) {
      return false;
    }
  }

  private static MainTest.Run cli(String command, List<String> options, Path file) {
    List<String> args = new ArrayList<>();
    args.add(command);
    args.add("--allow-outside-project"); // the damaged copies live in a temp folder
    args.addAll(options);
    args.add(file.toString());
    return MainTest.run(args.toArray(new String[0]));
  }

  private static void sane(String what, MainTest.Run r, List<String> problems) {
    if (r.code() != 0 && r.code() != 1) {
      problems.add(what + ": exit " + r.code() + "\n" + r.err());
    }
    // stdout holds diffs of C source (which may well say "Exception"); stderr only diagnostics
    if (JAVA_TRACE.matcher(r.err()).find() || r.err().contains("internal error")) {
      problems.add(what + ": stack trace or internal error:\n" + r.err());
      return;
    }
    // every line of stderr is a diagnostic, its source line, or a caret
    List<String> lines = List.of(r.err().split("\n"));
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty() || DIAGNOSTIC.matcher(line).matches()) {
        continue;
      }
      boolean context = i > 0 && DIAGNOSTIC.matcher(lines.get(i - 1)).matches();
      boolean caret = line.strip().equals("^") || (i > 1 && line.strip().matches("\\^~*"));
      if (!context && !caret) {
        problems.add(what + ": stderr line is not a diagnostic: '" + line + "'\n" + r.err());
        return;
      }
    }
  }

  private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
    Map<Path, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p :
          s.filter(Files::isRegularFile)
              .sorted(Comparator.naturalOrder())
              .collect(Collectors.toList())) {
        out.put(p, Files.readAllBytes(p));
      }
    }
    return out;
  }

  private static boolean sameFiles(Map<Path, byte[]> a, Map<Path, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    return a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
  }

  /** One kind of damage to one clinic block (or to the file around it). */
  static String mutate(String text, Random random) {
    List<Integer> starts = new ArrayList<>();
    for (int i = text.indexOf("[clinic input]");
        i >= 0;
        i = text.indexOf("[clinic input]", i + 1)) {
      starts.add(i);
    }
    if (starts.isEmpty()) {
      return text;
    }
    int start = starts.get(random.nextInt(starts.size()));
    int stop = text.indexOf("[clinic start generated code]", start);
    if (stop < 0) {
      return text;
    }
    int bodyStart = text.indexOf('\n', start) + 1;
    int bodyEnd = text.lastIndexOf('\n', stop) + 1;
    if (bodyStart <= 0 || bodyEnd <= bodyStart) {
      return text;
    }
    List<String> lines =
        new ArrayList<>(List.of(text.substring(bodyStart, bodyEnd).split("\n", -1)));
    lines.remove(lines.size() - 1);
    int i = random.nextInt(Math.max(1, lines.size()));
    String line = lines.isEmpty() ? "" : lines.get(i);
    int endMarker = text.indexOf("[clinic end generated code:", stop);
    switch (random.nextInt(12)) {
      case 0 -> {
        if (!lines.isEmpty()) lines.remove(i);
      }
      case 1 -> {
        if (!lines.isEmpty()) lines.add(i, line);
      }
      case 2 -> {
        if (!lines.isEmpty()) lines.set(i, line.substring(0, random.nextInt(line.length() + 1)));
      }
      case 3 -> {
        int at = random.nextInt(line.length() + 1);
        if (!lines.isEmpty()) {
          lines.set(
              i,
              line.substring(0, at)
                  + NOISE.charAt(random.nextInt(NOISE.length()))
                  + line.substring(at));
        }
      }
      case 4, 5 -> {
        for (int k = 0; k < lines.size(); k++) {
          int j = (i + k) % lines.size();
          if (lines.get(j).matches("\\s+\\w+\\s*:.*")) {
            lines.set(
                j,
                lines
                    .get(j)
                    .replaceFirst(
                        ":\\s*[^=]*", ": " + CONVERTERS[random.nextInt(CONVERTERS.length)]));
            break;
          }
        }
      }
      case 6 -> {
        for (int k = 0; k < lines.size(); k++) {
          int j = (i + k) % lines.size();
          if (lines.get(j).matches("\\s+\\w+\\s*:.*")) {
            lines.set(
                j,
                lines.get(j).replaceFirst("\\s*=.*$", "")
                    + DEFAULTS[random.nextInt(DEFAULTS.length)]);
            break;
          }
        }
      }
      case 7 -> { // output edited by hand, or its checksum damaged
        if (endMarker > 0) {
          int at = endMarker - 1 - random.nextInt(Math.max(1, Math.min(200, endMarker - stop)));
          return text.substring(0, at) + "x" + text.substring(at);
        }
      }
      case 8 -> { // the end marker removed
        if (endMarker > 0) {
          int eol = text.indexOf('\n', endMarker);
          return text.substring(0, endMarker) + (eol < 0 ? "" : text.substring(eol));
        }
      }
      case 9 -> { // the file cut short inside the block or its output
        int end = endMarker > 0 ? endMarker + 40 : stop + 30;
        return text.substring(
            0, Math.min(text.length(), start + random.nextInt(Math.max(1, end - start))));
      }
      case 10 -> { // the start line damaged
        return text.substring(0, stop)
            + "[clinic start generated"
            + text.substring(stop + "[clinic start generated code]".length());
      }
      default -> lines.add(i, line.replaceAll("\\S.*", "") + "[");
    }
    return text.substring(0, bodyStart)
        + String.join("\n", lines)
        + (lines.isEmpty() ? "" : "\n")
        + text.substring(bodyEnd);
  }
}
