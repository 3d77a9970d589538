package org.argclinic.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The CPython 3.13.5 reference corpus, fetched once per machine by {@code fetch-cpython}. Tests
 * that use it are skipped only when {@code -Dcorpus.skip=true} is given; otherwise a failure to
 * fetch fails the test.
 */
public final class Corpus {
  private static Path tree;

  private Corpus() {}

  public static Path root() {
    Path r = Paths.get(System.getProperty("argclinic.root", "..")).toAbsolutePath().normalize();
    if (!Files.exists(r.resolve("argclinic"))) {
      r = Paths.get("").toAbsolutePath().getParent();
    }
    return r;
  }

  public static synchronized Path tree() {
    Assumptions.assumeFalse(
        Boolean.getBoolean("corpus.skip"), "corpus tests skipped (-Dcorpus.skip=true)");
    if (tree != null) {
      return tree;
    }
    String env = System.getenv("ARGCLINIC_CORPUS");
    if (env != null && !env.isEmpty()) {
      return tree = Paths.get(env);
    }
    Path shared = root().resolveSibling("shared").resolve("corpus").resolve("fetch-cpython");
    Path script =
        Files.isExecutable(shared) ? shared : root().resolve(".ci").resolve("fetch-cpython");
    try {
      Process p =
          new ProcessBuilder(script.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (p.waitFor() != 0) {
        throw new IllegalStateException(script + " failed with exit code " + p.exitValue());
      }
      return tree = Paths.get(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The source files under Modules, Objects, Python and PC that hold clinic blocks. */
  public static List<Path> sourceFiles() {
    Path t = tree();
    try (Stream<Path> s =
        Stream.of("Modules", "Objects", "Python", "PC").map(t::resolve).flatMap(Corpus::walk)) {
      return s.filter(Files::isRegularFile)
          .filter(
              p -> {
                String n = p.getFileName().toString();
                return n.endsWith(".c") || n.endsWith(".h") || n.endsWith(".cpp");
              })
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static Stream<Path> walk(Path p) {
    try {
      return Files.walk(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
