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
 * The write stage: a file is replaced only when its bytes change, and then atomically (a temp
 * file beside it, renamed over it), so a reader never sees half a file and an unchanged file keeps
 * its modification time.
 */
public final class AtomicWriter {
  private AtomicWriter() {}

  /** Writes {@code text} to {@code path} if it differs; returns whether the file was written. */
  public static boolean writeIfChanged(Path path, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), bytes)) {
      return false;
    }
    Path dir = path.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + path.getFileName() + ".", ".argclinic-tmp");
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
