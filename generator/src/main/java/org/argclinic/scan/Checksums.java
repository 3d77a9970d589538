package org.argclinic.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Argument Clinic's checksums: leading hex digits of SHA-1 over the UTF-8 text. */
public final class Checksums {
  public static final int LENGTH = 16;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** One digest per thread: files are checked in parallel, and a digest is not thread-safe. */
  private static final ThreadLocal<MessageDigest> SHA1 = ThreadLocal.withInitial(() -> {
    try {
      return MessageDigest.getInstance("SHA-1"); // what the end markers hold; not for security
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-1", e);
    }
  });

  /**
   * Full hex digests of long texts already hashed. A run hashes the same output several times:
   * the end marker check, the hand-edit check, the new end marker when nothing changed, and a
   * side file once from its owner and once as a file of its own. Comparing a string costs far
   * less than SHA-1 (which C1, the compiler a short run uses, does not intrinsify).
   */
  private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();
  private static final AtomicLong KNOWN_CHARS = new AtomicLong();
  private static final int MIN_REMEMBERED = 512;
  private static final long MAX_REMEMBERED_CHARS = 64L << 20;

  private Checksums() {}

  public static String of(String text, int length) {
    String hex;
    if (text.length() < MIN_REMEMBERED) {
      hex = sha1Hex(text);
    } else {
      hex = KNOWN.get(text);
      if (hex == null) {
        hex = sha1Hex(text);
        if (KNOWN_CHARS.addAndGet(text.length()) > MAX_REMEMBERED_CHARS) {
          KNOWN.clear();
          KNOWN_CHARS.set(text.length());
        }
        KNOWN.put(text, hex);
      }
    }
    return hex.substring(0, Math.min(Math.max(length, 0), hex.length()));
  }

  private static String sha1Hex(String text) {
    byte[] digest = SHA1.get().digest(text.getBytes(StandardCharsets.UTF_8));
    char[] out = new char[digest.length * 2];
    for (int i = 0; i < out.length; i++) {
      int b = digest[i / 2] & 0xff;
      out[i] = HEX[i % 2 == 0 ? b >>> 4 : b & 0xf];
    }
    return new String(out);
  }

  public static String of(String text) {
    return of(text, LENGTH);
  }
}
