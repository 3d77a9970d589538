package org.argclinic.emit.c.pub;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argclinic.assemble.AssembledFile;
import org.argclinic.assemble.EmitOptions;
import org.argclinic.model.CApi;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;

/**
 * The functions CPython 3.13's clinic parses with getargs (keyword-only and optional parameters
 * beside s#, z#, y, es; CPython-private converter functions beside them; an optional group; a
 * METH_METHOD method with defining_class), built three times from one source (resources
 * getargs/gx.c): with CPython's own clinic from the reference corpus, and with argclinic's public
 * and limited (3.10, abi3) targets, each compiled with gcc -Wall -Wextra -Werror. Every call of
 * getargs/compare.py must give the same result or the same exception type and message. Needs
 * python3.13 (with its headers) and gcc.
 */
class GetargsParityTest {
  private static final Pattern SUMMARY = Pattern.compile("(?m)^(\\d+) checks, (\\d+) mismatches$");

  @Test
  void publicAndLimitedGlueMatchCpythonClinicWhereItUsesGetargs() throws Exception {
    Path corpus = Corpus.tree();
    Path build = Paths.get("target", "getargs-parity").toAbsolutePath();
    Files.createDirectories(build);
    String python = python313();
    String include =
        run(
                build,
                List.of(python, "-c", "import sysconfig; print(sysconfig.get_paths()['include'])"))
            .strip();
    String suffix =
        run(
                build,
                List.of(
                    python,
                    "-c",
                    "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"))
            .strip();
    String source = resource("gx.c");
    Path compare = build.resolve("compare.py");
    Files.writeString(compare, resource("compare.py"));
    // the two-fault rule is the reliability fuzzer's, imported from the build folder
    Files.copy(
        Corpus.root().resolve("reliability/two_faults.py"),
        build.resolve("two_faults.py"),
        StandardCopyOption.REPLACE_EXISTING);

    Path cpython = module(build, "gx_cpython", source);
    run(
        build,
        List.of(python, corpus.resolve("Tools/clinic/clinic.py").toString(), cpython.toString()));
    // CPython's clinic output calls getargs helpers private to the interpreter
    compile(
        build,
        cpython,
        "gx_cpython" + suffix,
        include,
        List.of("-DPy_BUILD_CORE_MODULE", "-I" + include + "/internal"));

    Map<String, EmitOptions> targets =
        Map.of(
            "gx_public", new EmitOptions(CApi.PUBLIC, Optional.empty(), true),
            "gx_limited", ExampleGlueTest.limitedTarget(10),
            "gx_limited312", ExampleGlueTest.limitedTarget(12));
    for (Map.Entry<String, EmitOptions> target : targets.entrySet()) {
      String name = target.getKey();
      Path path = module(build, name, source);
      AssembledFile out = ExampleGlueTest.assemble(path, target.getValue());
      Files.writeString(path, out.text());
      for (Map.Entry<String, String> side : out.sideFiles().entrySet()) {
        Files.createDirectories(Paths.get(side.getKey()).getParent());
        Files.writeString(Paths.get(side.getKey()), side.getValue());
      }
      compile(
          build,
          path,
          name + suffix,
          include,
          name.equals("gx_limited")
              ? List.of("-DPy_LIMITED_API=0x030a0000")
              : name.equals("gx_limited312") ? List.of("-DPy_LIMITED_API=0x030c0000") : List.of());
      String report =
          run(build, List.of(python, compare.toString(), "gx_cpython", name, build.toString()));
      Matcher m = SUMMARY.matcher(report);
      assertWithMessage(report).that(m.find()).isTrue();
      assertWithMessage("%s:\n%s", name, report).that(Integer.parseInt(m.group(2))).isEqualTo(0);
      assertThat(Integer.parseInt(m.group(1))).isAtLeast(50_000);
    }
  }

  /** The source in its own folder (clinic writes clinic/gx.c.h beside it), named for its build. */
  private static Path module(Path build, String name, String source) throws IOException {
    Path dir = build.resolve(name);
    Files.createDirectories(dir);
    Path path = dir.resolve("gx.c");
    Files.writeString(path, source.replace("MODNAME", name));
    return path;
  }

  private static void compile(
      Path build, Path source, String output, String include, List<String> flags) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(
                "gcc", "-shared", "-fPIC", "-O2", "-Wall", "-Wextra", "-Werror", "-I" + include));
    if (!flags.isEmpty() && flags.get(0).equals("-DPy_BUILD_CORE_MODULE")) {
      // CPython's own clinic output is not -Wextra clean (it need not be)
      command.remove("-Wextra");
    }
    command.addAll(flags);
    command.addAll(List.of("-o", build.resolve(output).toString(), source.toString()));
    run(build, command);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = GetargsParityTest.class.getResourceAsStream("getargs/" + name)) {
      assertWithMessage("resource getargs/%s", name).that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** python3.13 on the PATH, else pyenv's newest 3.13. */
  private static String python313() throws Exception {
    List<String> candidates = new ArrayList<>(List.of("python3.13"));
    Path versions =
        Paths.get(
            System.getenv().getOrDefault("PYENV_ROOT", System.getProperty("user.home") + "/.pyenv"),
            "versions");
    if (Files.isDirectory(versions)) {
      try (var s = Files.list(versions)) {
        s.filter(p -> p.getFileName().toString().startsWith("3.13"))
            .sorted(Comparator.reverseOrder())
            .forEach(p -> candidates.add(p.resolve("bin/python3.13").toString()));
      }
    }
    for (String c : candidates) {
      try {
        Process p = new ProcessBuilder(c, "-V").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0) {
          return c;
        }
      } catch (IOException e) {
        // not this one
      }
    }
    throw new AssertionError("no python3.13 found (tried " + candidates + ")");
  }

  private static String run(Path dir, List<String> command) throws Exception {
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("timed out: %s", command).that(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertWithMessage("%s failed:\n%s", command, out).that(p.exitValue()).isEqualTo(0);
    return out;
  }
}
