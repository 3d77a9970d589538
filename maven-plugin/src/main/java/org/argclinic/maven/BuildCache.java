package org.argclinic.maven;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.argclinic.run.Generator;
import org.argclinic.write.AtomicWriter;

/**
 * What the last successful run saw, so the next run reads only what changed.
 *
 * <p>A source whose size and modification time match its entry is skipped unread. One whose time
 * moved but whose bytes hash the same (a touch, a checkout) is skipped after one read. Any
 * generated file that changed or vanished since (a hand edit, a {@code clean} of a side file), or
 * a change of options or of the plugin itself, invalidates every entry: outputs are not tied to
 * their source here, so the safe answer is to redo all.
 *
 * <p>The cache is written only after a run succeeded, through {@link AtomicWriter} (a temp file
 * renamed over the old one, and only when its bytes change), so a failed or interrupted run leaves
 * the previous cache, and a run that changed nothing leaves its modification time alone.
 */
final class BuildCache {
  static final int FORMAT = 1;

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .setSerializationInclusion(JsonInclude.Include.NON_NULL);

  /** Size and modification time (nanoseconds since the epoch) of a file. */
  record Stamp(long size, long mtime) {
    static Optional<Stamp> of(Path p) throws IOException {
      try {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        return Optional.of(new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * One source file as last seen.
   *
   * @param sha256 of its bytes
   * @param blocks whether it may hold a block ({@link Generator#holdsBlock(byte[])})
   */
  record SourceEntry(long size, long mtime, String sha256, boolean blocks) {
    Stamp stamp() {
      return new Stamp(size, mtime);
    }
  }

  /** The JSON form. */
  record State(int format, String options, Map<String, SourceEntry> sources,
      Map<String, Stamp> outputs) {
    static State empty() {
      return new State(FORMAT, "", Map.of(), Map.of());
    }
  }

  /**
   * What to do with the candidates of one run.
   *
   * @param process sources to hand to the generator, in candidate order
   * @param seen the entries of {@code process} as read while planning
   * @param kept entries of sources skipped without regenerating them
   * @param read how many sources were read to decide
   * @param outputs generated files of the last run, still as they were then
   */
  record Plan(ImmutableList<Path> process, ImmutableMap<Path, SourceEntry> seen,
      ImmutableMap<Path, SourceEntry> kept, int read,
      ImmutableSet<Path> outputs, boolean invalidated) {}

  private final Path file;
  private final State previous;

  private BuildCache(Path file, State previous) {
    this.file = file;
    this.previous = previous;
  }

  /** Loads the cache; a missing, unreadable or older-format cache is an empty one. */
  static BuildCache load(Path file) {
    State s;
    try {
      s = Files.isRegularFile(file) ? JSON.readValue(file.toFile(), State.class) : State.empty();
      if (s.format() != FORMAT || s.sources() == null || s.outputs() == null
          || s.options() == null) {
        s = State.empty();
      }
    } catch (IOException | RuntimeException e) {
      s = State.empty();
    }
    return new BuildCache(file, s);
  }

  Path file() {
    return file;
  }

  /** Decides which candidates need the generator, reading only those whose stamp moved. */
  Plan plan(List<Path> candidates, String options) throws IOException {
    boolean valid = previous.options().equals(options) && outputsIntact();
    ImmutableList.Builder<Path> process = ImmutableList.builder();
    ImmutableMap.Builder<Path, SourceEntry> seen = ImmutableMap.builder();
    ImmutableMap.Builder<Path, SourceEntry> kept = ImmutableMap.builder();
    int read = 0;
    for (Path c : candidates) {
      Optional<Stamp> stamp = Stamp.of(c);
      if (stamp.isEmpty()) {
        process.add(c); // vanished during the walk: let the generator report it
        continue;
      }
      SourceEntry old = valid ? previous.sources().get(key(c)) : null;
      Stamp now = stamp.get();
      if (old != null && old.stamp().equals(now)) {
        kept.put(c, old);
        continue;
      }
      byte[] bytes = Files.readAllBytes(c);
      read++;
      String sha = sha256(bytes);
      boolean blocks = Generator.holdsBlock(bytes);
      if (!blocks || (old != null && old.blocks() && old.sha256().equals(sha))) {
        // Nothing to generate, or the same bytes under a new time: remember the new stamp.
        kept.put(c, new SourceEntry(now.size(), now.mtime(), sha, blocks));
      } else {
        process.add(c);
        seen.put(c, new SourceEntry(now.size(), now.mtime(), sha, blocks));
      }
    }
    ImmutableSet<Path> outputs = valid
        ? previous.outputs().keySet().stream().map(Path::of).collect(ImmutableSet.toImmutableSet())
        : ImmutableSet.of();
    return new Plan(process.build(), seen.buildKeepingLast(), kept.buildKeepingLast(), read, outputs, !valid);
  }

  private boolean outputsIntact() throws IOException {
    for (Map.Entry<String, Stamp> e : previous.outputs().entrySet()) {
      Optional<Stamp> now = Stamp.of(Path.of(e.getKey()));
      if (now.isEmpty() || !now.get().equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Records a successful run: the kept entries, the processed sources as they are now (after the
   * generator may have rewritten them), and every generated file's stamp.
   *
   * @param candidatesAfter the candidates as a walk finds them after the run

   * @return whether the cache file was written (false when its bytes did not change)
   */
  boolean promote(String options, Plan plan, List<Path> processed, Set<Path> newOutputs,
      List<Path> candidatesAfter)
      throws IOException {
    Map<String, SourceEntry> sources = new TreeMap<>();
    plan.kept().forEach((p, e) -> sources.put(key(p), e));
    for (Path p : processed) {
      Optional<Stamp> stamp = Stamp.of(p);
      if (stamp.isEmpty()) {
        continue;
      }
      SourceEntry before = plan.seen().get(p);
      if (before != null && before.stamp().equals(stamp.get())) {
        sources.put(key(p), before); // not rewritten: no need to read it again
        continue;
      }
      byte[] bytes = Files.readAllBytes(p);
      sources.put(key(p), new SourceEntry(stamp.get().size(), stamp.get().mtime(), sha256(bytes),
          Generator.holdsBlock(bytes)));
    }
    // Files the run created that the next run will walk (clinic/foo.c.h): record them now, or
    // that run would read them once and rewrite this cache.
    for (Path p : candidatesAfter) {
      Optional<Stamp> stamp = Stamp.of(p);
      if (stamp.isEmpty() || sources.containsKey(key(p))) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(p);
      sources.put(key(p), new SourceEntry(stamp.get().size(), stamp.get().mtime(), sha256(bytes),
          Generator.holdsBlock(bytes)));
    }
    Map<String, Stamp> outputs = new TreeMap<>();
    List<Path> all = new ArrayList<>(plan.outputs());
    all.addAll(newOutputs);
    for (Path p : all) {
      Optional<Stamp> stamp = Stamp.of(p);
      if (stamp.isPresent()) {
        outputs.put(key(p), stamp.get());
      }
    }
    String text = JSON.writeValueAsString(new State(FORMAT, options, sources, outputs)) + "\n";
    return AtomicWriter.writeIfChanged(file, text);
  }

  private static String key(Path p) {
    return p.toAbsolutePath().normalize().toString();
  }

  static String sha256(byte[] bytes) {
    return Hashing.sha256().hashBytes(bytes).toString();
  }

  static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
