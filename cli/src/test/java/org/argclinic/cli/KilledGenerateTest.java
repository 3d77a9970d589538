package org.argclinic.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} killed with SIGKILL at random moments while it rewrites a tree of corpus files
 * (their glue regenerated for the public C API, so every header changes): afterwards each file
 * holds either its old bytes or its new bytes, never a mix or a truncation. A killed run may leave
 * a temp file ({@code .NAME.PID.RANDOM.argclinic-tmp}) behind; the next {@code generate} removes it
 * and finishes the job. {@code -Dargclinic.robustness.kills=N} sets the number of kills (default
 * 10), {@code -Dargclinic.robustness.killFiles=N} the number of files (default 40).
 */
class KilledGenerateTest {
  private static final int KILLS = Integer.getInteger("argclinic.robustness.kills", 10);
  private static final int FILES = Integer.getInteger("argclinic.robustness.killFiles", 40);

  @TempDir Path tmp;

  @Test
  void killedGenerateLeavesEachFileOldOrNew() throws Exception {
    Path corpus = Corpus.tree();
    Path old = tmp.resolve("old");
    List<Path> sources;
    try (Stream<Path> s = Files.list(corpus.resolve("Modules"))) {
      sources =
          s.filter(p -> p.toString().endsWith(".c") && Files.isRegularFile(p)).sorted().toList();
    }
    int copied = 0;
    for (Path src : sources) {
      Path header = src.resolveSibling("clinic").resolve(src.getFileName() + ".h");
      if (!Files.isRegularFile(header) || copied >= FILES) {
        continue;
      }
      Files.createDirectories(old.resolve("clinic"));
      Files.copy(src, old.resolve(src.getFileName()));
      Files.copy(header, old.resolve("clinic").resolve(header.getFileName()));
      copied++;
    }
    Map<Path, byte[]> before = snapshot(old);
    Path fresh = copyTree(old, tmp.resolve("new"));
    MainTest.run("generate", "--allow-outside-project", "--c-api", "public", fresh.toString());
    Map<Path, byte[]> after = snapshot(fresh);
    long changed =
        after.entrySet().stream()
            .filter(e -> !Arrays.equals(e.getValue(), before.get(e.getKey())))
            .count();
    assertWithMessage("files the full run rewrites").that(changed).isAtLeast(copied / 2);

    // One uninterrupted run in a child process: it must write what the in-process run wrote,
    // and tells when its writes begin and end (the window the kills aim at).
    Path probe = copyTree(old, tmp.resolve("probe"));
    long t0 = System.nanoTime();
    Map<Path, String> seen = stamps(probe);
    Process p = start(probe);
    long firstWrite = -1;
    long lastWrite = -1;
    while (p.isAlive()) {
      Map<Path, String> now = stamps(probe);
      if (!now.equals(seen)) {
        lastWrite = (System.nanoTime() - t0) / 1_000_000;
        firstWrite = firstWrite < 0 ? lastWrite : firstWrite;
        seen = now;
      }
      Thread.sleep(3);
    }
    long end = (System.nanoTime() - t0) / 1_000_000;
    assertThat(p.exitValue()).isAnyOf(0, 1);
    assertWithMessage("the child's output equals the in-process run's")
        .that(sameAs(snapshot(probe), after))
        .isTrue();
    if (firstWrite < 0) {
      firstWrite = end / 2;
      lastWrite = end;
    }

    Random random = new Random(7);
    int mixed = 0;
    int leftovers = 0;
    List<String> problems = new ArrayList<>();
    // From 0, not from the probe's first write: the probe may have run under more load than
    // the kills (CI: a 12 s probe, 4 s kill runs, whose writes all came before the probe's).
    long lo = 0;
    long hi = lastWrite + 40;
    for (int k = 0; k < KILLS; k++) {
      Path work = copyTree(old, tmp.resolve("kill" + k));
      // Aimed at the window of writes the probe saw, narrowed by each kill's outcome (nothing
      // written yet: later; everything written: earlier), because runs under other load are
      // slower or faster than the probe and a fixed window then misses the writes.
      long delay = lo + (long) (random.nextDouble() * (hi - lo));
      Process child = start(work);
      Thread.sleep(delay);
      child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
      int news = 0;
      int olds = 0;
      for (Map.Entry<Path, byte[]> e : snapshot(work).entrySet()) {
        Path rel = e.getKey();
        if (rel.getFileName().toString().endsWith(".argclinic-tmp")) {
          leftovers++;
          continue;
        }
        boolean isOld = before.containsKey(rel) && Arrays.equals(e.getValue(), before.get(rel));
        boolean isNew = after.containsKey(rel) && Arrays.equals(e.getValue(), after.get(rel));
        if (!isOld && !isNew) {
          problems.add(
              "kill "
                  + k
                  + " after "
                  + delay
                  + " ms: "
                  + rel
                  + " is neither old nor new ("
                  + e.getValue().length
                  + " bytes)");
        }
        if (isNew && !isOld) {
          news++;
        } else if (isOld && !isNew) {
          olds++;
        }
      }
      if (news > 0 && olds > 0) {
        mixed++;
      } else if (news == 0) {
        lo = delay;
        if (hi - lo < 200) { // the writes come later than the window: widen it forward
          hi = lo + 1000;
        }
      } else {
        hi = delay;
        if (hi - lo < 200) { // and earlier: widen it back
          lo = Math.max(0, hi - 1000);
        }
      }
      // the next run finishes the job and removes what the killed one left behind
      MainTest.Run again =
          MainTest.run("generate", "--allow-outside-project", "--c-api", "public", work.toString());
      assertWithMessage(again.err()).that(again.code()).isAnyOf(0, 1);
      Map<Path, byte[]> done = snapshot(work);
      if (!sameAs(done, after)) {
        problems.add(
            "kill "
                + k
                + ": the next generate did not reach the full run's files: "
                + difference(done, after));
      }
    }
    System.out.println(
        "killed generate: "
            + KILLS
            + " kills over "
            + copied
            + " files ("
            + changed
            + " rewritten; writes from "
            + firstWrite
            + " to "
            + lastWrite
            + " ms of "
            + end
            + "), "
            + mixed
            + " killed mid-write, "
            + leftovers
            + " temp files left and removed by the next run");
    assertWithMessage(String.join("\n", problems)).that(problems).isEmpty();
    assertWithMessage("kills that landed while files were being written").that(mixed).isAtLeast(1);
  }

  private static Process start(Path dir) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "org.argclinic.cli.Main",
            "generate",
            "--allow-outside-project",
            "--c-api",
            "public",
            dir.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static Path copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path dest = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
    return to;
  }

  /** Relative path to bytes, every regular file under dir. */
  private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
    Map<Path, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p), Files.readAllBytes(p));
      }
    }
    return out;
  }

  /** Relative path to size and modification time: cheap enough to poll while a run writes. */
  private static Map<Path, String> stamps(Path dir) {
    Map<Path, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        out.put(dir.relativize(p), Files.size(p) + "@" + Files.getLastModifiedTime(p).toMillis());
      }
    } catch (IOException | UncheckedIOException e) {
      out.put(dir, "changing"); // a file renamed while listed: counts as a change
    }
    return out;
  }

  private static boolean sameAs(Map<Path, byte[]> a, Map<Path, byte[]> b) {
    return a.keySet().equals(b.keySet())
        && a.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), b.get(e.getKey())));
  }

  private static String difference(Map<Path, byte[]> a, Map<Path, byte[]> b) {
    List<String> out = new ArrayList<>();
    for (Path k : a.keySet()) {
      if (!b.containsKey(k) || !Arrays.equals(a.get(k), b.get(k))) {
        out.add(k.toString());
      }
    }
    for (Path k : b.keySet()) {
      if (!a.containsKey(k)) {
        out.add("missing " + k);
      }
    }
    return out.toString();
  }
}
