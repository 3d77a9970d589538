package org.argclinic.write;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps writes inside the project. The project root of a source file is the nearest directory above
 * it that holds {@code .git} (a directory, or a file in worktrees and submodules), {@code .hg} or
 * {@code .svn}; without one, a fallback directory (the current working directory). A path
 * generation writes is judged by where the write would land on the real file system: every existing
 * ancestor and a symbolic link at the path itself are resolved, so neither {@code ..}, an absolute
 * name nor a link can lead a write out, nor into the root's own VCS metadata (hooks there run
 * later, outside the reach of the tree being generated).
 *
 * <p>One instance serves one run: real directories and roots are cached per directory, so a target
 * in a directory seen before costs one {@code lstat}.
 */
public final class ProjectRoots {
  private static final List<String> VCS_MARKERS = List.of(".git", ".hg", ".svn");

  /** As the kernel's limit on links followed while resolving one path (ELOOP). */
  private static final int MAX_LINKS = 40;

  private final Root fallback;
  private final Map<Path, Root> byDirectory = new ConcurrentHashMap<>();

  /** Absolute directory as named to where it lands. */
  private final Map<Path, Path> realDirectories = new ConcurrentHashMap<>();

  /** A project root, and what made it one, for messages. */
  public record Root(Path directory, String reason) {}

  /**
   * @param fallback the root of files no VCS root encloses; resolved here to its real path
   * @param fallbackName what it is, for messages ("the current directory")
   */
  public ProjectRoots(Path fallback, String fallbackName) throws IOException {
    this.fallback =
        new Root(
            fallback.toAbsolutePath().toRealPath(),
            "no .git, .hg or .svn encloses the file, so " + fallbackName);
  }

  /** The project root of {@code source}: found from the real directory that holds it. */
  public Root rootOf(Path source) throws IOException {
    return rootOfDirectory(realDirectory(source.toAbsolutePath().getParent()));
  }

  /**
   * {@link #landing(Path)}, with the directory that holds {@code target} resolved once per run (the
   * run creates directories, but a directory it creates lands where it was placed).
   */
  public Path place(Path target) throws IOException {
    Path abs = target.toAbsolutePath();
    Path parent = abs.getParent();
    String name = abs.getFileName() == null ? "" : abs.getFileName().toString();
    if (parent == null || name.equals("..") || name.equals(".")) {
      return landing(abs, 0);
    }
    Path candidate = realDirectory(parent).resolve(name);
    return Files.isSymbolicLink(candidate) ? landing(candidate, 0) : candidate;
  }

  private Path realDirectory(Path dir) throws IOException {
    Path known = realDirectories.get(dir);
    if (known == null) {
      known = landing(dir, 0);
      realDirectories.put(dir, known);
    }
    return known;
  }

  private Root rootOfDirectory(Path dir) {
    Root known = byDirectory.get(dir);
    if (known != null) {
      return known;
    }
    Root found = null;
    for (String marker : VCS_MARKERS) {
      if (Files.exists(dir.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
        found = new Root(dir, "where " + marker + " is");
        break;
      }
    }
    if (found == null) {
      found = dir.getParent() != null ? rootOfDirectory(dir.getParent()) : fallback;
    }
    byDirectory.put(dir, found);
    return found;
  }

  /**
   * Why a write landing on {@code landing} (see {@link #landing}) leaves {@code root}, or empty
   * when it stays inside.
   */
  public static Optional<String> violation(Path landing, Root root) {
    Path dir = root.directory();
    if (!landing.startsWith(dir) || landing.equals(dir)) {
      return Optional.of("outside the project root " + dir + " (" + root.reason() + ")");
    }
    for (Path name : dir.relativize(landing)) {
      if (VCS_MARKERS.contains(name.toString())) {
        return Optional.of("inside the version-control metadata of the project root " + dir);
      }
    }
    return Optional.empty();
  }

  /**
   * The real path a write to {@code target} lands on: the real path of its longest existing prefix
   * (every symbolic link followed, {@code ..} taken as the kernel takes it), with the names that do
   * not exist yet appended as directories would be created for them. A symbolic link at the target
   * itself is followed too: the writer writes through it.
   */
  public static Path landing(Path target) throws IOException {
    return landing(target.toAbsolutePath(), 0);
  }

  private static Path landing(Path abs, int links) throws IOException {
    if (links > MAX_LINKS) {
      throw new FileSystemLoopException(abs.toString());
    }
    int n = abs.getNameCount();
    // Longest prefix first: the target itself or its directory nearly always exists.
    for (int k = n; k > 0; k--) {
      Path prefix = abs.getRoot().resolve(abs.subpath(0, k));
      if (!Files.exists(prefix)) {
        continue;
      }
      Path real = prefix.toRealPath();
      if (k == n) {
        return real;
      }
      Path next = real.resolve(abs.getName(k));
      if (Files.isSymbolicLink(next)) {
        // A dangling link: what a write would create is its target.
        Path via = real.resolve(Files.readSymbolicLink(next));
        return landing(k + 1 < n ? via.resolve(abs.subpath(k + 1, n)) : via, links + 1);
      }
      // Names yet to be created: a '..' among them steps back out of a directory made on the
      // way, which is where existing (and possibly linked) directories come in again.
      Path rest = real.resolve(abs.subpath(k, n));
      Path normal = rest.normalize();
      return normal.equals(rest) ? rest : landing(normal, links + 1);
    }
    return abs.normalize();
  }
}
