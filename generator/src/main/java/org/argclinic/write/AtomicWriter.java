package org.argclinic.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;

/**
 * The write stage: a file is replaced only when its bytes change, and then atomically (a temp file
 * beside it, renamed over it), so a reader never sees half a file and an unchanged file keeps its
 * modification time.
 *
 * <p>The temp file is named {@code .NAME.PID.RANDOM.argclinic-tmp}. A run killed between creating
 * it and the rename (SIGKILL, power loss) leaves the file itself untouched but the temp file
 * behind; the next write of that file removes such leftovers of processes no longer alive.
 */
public final class AtomicWriter {
  private static final String SUFFIX = ".argclinic-tmp";

  private AtomicWriter() {}

  /** Deletes {@code PREFIX PID.*.argclinic-tmp} files whose process is gone. */
  private static void removeLeftovers(Path dir, String prefix) throws IOException {
    try (var stream =
        Files.newDirectoryStream(
            dir,
            p -> {
              String n = p.getFileName().toString();
              return n.startsWith(prefix) && n.endsWith(SUFFIX);
            })) {
      for (Path leftover : stream) {
        String rest = leftover.getFileName().toString().substring(prefix.length());
        int dot = rest.indexOf('.');
        long pid;
        try {
          pid = Long.parseLong(dot < 0 ? rest : rest.substring(0, dot));
        } catch (NumberFormatException e) {
          pid = -1; // a name from before PIDs were recorded: its writer is long gone
        }
        if (pid < 0 || ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
          Files.deleteIfExists(leftover);
        }
      }
    }
  }

  /** Writes {@code text} to {@code path} if it differs; returns whether the file was written. */
  public static boolean writeIfChanged(Path path, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), bytes)) {
      return false;
    }
    Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    String prefix = "." + path.getFileName() + ".";
    removeLeftovers(dir, prefix);
    Path tmp = Files.createTempFile(dir, prefix + ProcessHandle.current().pid() + ".", SUFFIX);
    try {
      Files.write(tmp, bytes);
      if (Files.exists(path)) {
        try {
          Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(path));
        } catch (UnsupportedOperationException e) {
          // Not a POSIX file system: the temp file keeps default permissions.
        }
      } else {
        try {
          Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
          // as above
        }
      }
      try {
        Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
      }
      return true;
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
