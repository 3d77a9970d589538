package org.argclinic.scan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Argument Clinic's checksums: leading hex digits of SHA-1 over the UTF-8 text. */
public final class Checksums {
  public static final int LENGTH = 16;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  /** One digest per thread: files are checked in parallel, and a digest is not thread-safe. */
  private static final ThreadLocal<MessageDigest> SHA1 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance(
                  "SHA-1"); // what the end markers hold; not for security
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("every Java runtime provides SHA-1", e);
            }
          });

  private Checksums() {}

  public static String of(String text, int length) {
    String hex = sha1Hex(text);
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

  private static final String STAMP = "// argclinic: output=";

  /**
   * Appends the stamp line that lets a whole generated file (Rust glue, which has no end markers)
   * prove it was not edited since: {@code // argclinic: output=<checksum of the rest>}.
   */
  public static String stamped(String body) {
    return body + STAMP + of(body) + "\n";
  }

  /** Whether {@code text} ends with a stamp line whose checksum matches the text before it. */
  public static boolean hasValidStamp(String text) {
    int at = text.lastIndexOf(STAMP);
    if (at < 0 || (at > 0 && text.charAt(at - 1) != '\n')) {
      return false;
    }
    String body = text.substring(0, at);
    return text.substring(at).equals(STAMP + of(body) + "\n");
  }
}
