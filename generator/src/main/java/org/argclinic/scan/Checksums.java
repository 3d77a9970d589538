package org.argclinic.scan;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/** Argument Clinic's checksums: leading hex digits of SHA-1 over the UTF-8 text. */
public final class Checksums {
  public static final int LENGTH = 16;

  private Checksums() {}

  @SuppressWarnings("deprecation") // SHA-1 is what the end markers hold; not used for security
  public static String of(String text, int length) {
    String hex = Hashing.sha1().hashString(text, StandardCharsets.UTF_8).toString();
    return hex.substring(0, Math.min(length, hex.length()));
  }

  public static String of(String text) {
    return of(text, LENGTH);
  }

  private static final String STAMP = "// argclinic: output=";

  /**
   * Appends the stamp line that lets a whole generated file (Rust glue, which has no end
   * markers) prove it was not edited since: {@code // argclinic: output=<checksum of the rest>}.
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
