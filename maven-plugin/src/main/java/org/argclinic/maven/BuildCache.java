package org.argclinic.maven;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.argclinic.run.Generator;
import org.argclinic.write.AtomicWriter;

/**
 * What the last successful run saw, so the next run reads only what changed.
 *
 * <p>A source is skipped unread when its size and modification time match its entry and every file
 * generated from it (its side files, e.g. {@code clinic/foo.c.h}) still has the size and time
 * recorded. One whose time moved but whose bytes hash the same (a touch, a checkout) is skipped
 * after one read. A source whose generated file was edited or deleted is processed again, so a hand
 * edit is reported and a deleted side file comes back. A change of options, override templates or
 * the plugin itself (the options key) drops every entry.
 *
 * <p>The cache is written only after a run succeeded, through {@link AtomicWriter} (a temp file
 * renamed over the old one, and only when its bytes change), so a failed or interrupted run leaves
 * the previous cache, and a run that changed nothing leaves its modification time alone.
 */
final class BuildCache {
  static final int FORMAT = 2;

  private static final ObjectMapper JSON =
      new ObjectMapper()
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
   * @param outputs the other files generating it wrote or compared, with their stamps then
   */
  record SourceEntry(
      long size, long mtime, String sha256, boolean blocks, Map<String, Stamp> outputs) {
    SourceEntry {
      outputs = outputs == null ? Map.of() : outputs;
    }

    Stamp stamp() {
      return new Stamp(size, mtime);
    }

    SourceEntry withStamp(Stamp s) {
      return new SourceEntry(s.size(), s.mtime(), sha256, blocks, outputs);
    }

    SourceEntry withOutputs(Map<String, Stamp> o) {
      return new SourceEntry(size, mtime, sha256, blocks, o);
    }
  }

  /** The JSON form. */
  record State(int format, String options, Map<String, SourceEntry> sources) {
    static State empty() {
      return new State(FORMAT, "", Map.of());
    }
  }

  /**
   * What to do with the candidates of one run.
   *
   * @param process sources to hand to the generator, in candidate order
   * @param seen the entries of {@code process} as read while planning (outputs not yet known)
   * @param kept entries of sources skipped without regenerating them
   * @param read how many sources were read to decide
   * @param invalidated whether the previous cache did not apply at all
   */
  record Plan(
      ImmutableList<Path> process,
      ImmutableMap<Path, SourceEntry> seen,
      ImmutableMap<Path, SourceEntry> kept,
      int read,
      boolean invalidated) {}

  private final Path file;
  private final State previous;

  private BuildCache(Path file, State previous) {
    this.file = file;
    this.previous = previous;
  }

  /** Loads the cache; a missing, unreadable or other-format cache is an empty one. */
  static BuildCache load(Path file) {
    State s;
    try {
      s = Files.isRegularFile(file) ? JSON.readValue(file.toFile(), State.class) : State.empty();
      if (s.format() != FORMAT || s.sources() == null || s.options() == null) {
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
    boolean valid = previous.options().equals(options);
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
      boolean outputsIntact = old != null && intact(old.outputs());
      Stamp now = stamp.get();
      if (outputsIntact && old.stamp().equals(now)) {
        kept.put(c, old);
        continue;
      }
      byte[] bytes = Files.readAllBytes(c);
      read++;
      SourceEntry fresh =
          new SourceEntry(
              now.size(), now.mtime(), sha256(bytes), Generator.holdsBlock(bytes), Map.of());
      if (!fresh.blocks()) {
        kept.put(c, fresh); // nothing to generate
      } else if (outputsIntact && old.blocks() && old.sha256().equals(fresh.sha256())) {
        kept.put(c, old.withStamp(now)); // the same bytes under a new time
      } else {
        process.add(c);
        seen.put(c, fresh);
      }
    }
    return new Plan(
        process.build(), seen.buildKeepingLast(), kept.buildKeepingLast(), read, !valid);
  }

  private static boolean intact(Map<String, Stamp> outputs) throws IOException {
    for (Map.Entry<String, Stamp> e : outputs.entrySet()) {
      Optional<Stamp> now = Stamp.of(Path.of(e.getKey()));
      if (now.isEmpty() || !now.get().equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Records a successful run: the kept entries, the processed sources as they are now (the
   * generator may have rewritten them) with the stamps of their generated files, and files the run
   * created that the next walk will find.
   *
   * @param outputs for each processed source, the other files its outcome named
   * @param candidatesAfter the candidates as a walk finds them after the run
   * @return whether the cache file was written (false when its bytes did not change)
   */
  boolean promote(
      String options, Plan plan, Map<Path, List<Path>> outputs, List<Path> candidatesAfter)
      throws IOException {
    Map<String, SourceEntry> sources = new TreeMap<>();
    plan.kept().forEach((p, e) -> sources.put(key(p), e));
    for (Path p : plan.process()) {
      Optional<Stamp> stamp = Stamp.of(p);
      if (stamp.isEmpty()) {
        continue;
      }
      SourceEntry entry = plan.seen().get(p);
      if (entry == null || !entry.stamp().equals(stamp.get())) {
        entry = read(p, stamp.get()); // rewritten by this run
      }
      Map<String, Stamp> stamps = new TreeMap<>();
      for (Path o : outputs.getOrDefault(p, List.of())) {
        Optional<Stamp> s = Stamp.of(o);
        if (s.isPresent()) {
          stamps.put(key(o), s.get());
        }
      }
      sources.put(key(p), entry.withOutputs(stamps));
    }
    // Files the run created that the next walk will find (clinic/foo.c.h): record them now, or
    // the next run would read them once and rewrite this cache.
    for (Path p : candidatesAfter) {
      Optional<Stamp> stamp = Stamp.of(p);
      if (stamp.isPresent() && !sources.containsKey(key(p))) {
        sources.put(key(p), read(p, stamp.get()));
      }
    }
    String text = JSON.writeValueAsString(new State(FORMAT, options, sources)) + "\n";
    return AtomicWriter.writeIfChanged(file, text);
  }

  private static SourceEntry read(Path p, Stamp stamp) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    return new SourceEntry(
        stamp.size(), stamp.mtime(), sha256(bytes), Generator.holdsBlock(bytes), Map.of());
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
