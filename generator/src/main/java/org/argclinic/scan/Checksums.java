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
}
