package org.argclinic.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python version X.Y, as in {@code [from 3.14]} or {@code --limited-version 3.10}; versions
 * compare by major, then minor.
 */
public record Version(int major, int minor) implements Comparable<Version> {
  /** Digits, a dot, digits; white space around either number, as Python's int() takes it. */
  private static final Pattern X_Y = Pattern.compile("\\s*(\\d+)\\s*\\.\\s*(\\d+)\\s*");

  /** {@code X.Y} as a version, if it is one. */
  public static Optional<Version> parse(CharSequence text) {
    Matcher m = X_Y.matcher(text);
    return m.matches()
        ? Optional.of(new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }

  @Override
  public int compareTo(Version o) {
    return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
  }

  // Explicit, so a cold run does not bootstrap the record's generated methods.
  @Override
  public boolean equals(Object o) {
    return o instanceof Version v && major == v.major && minor == v.minor;
  }

  @Override
  public int hashCode() {
    return 31 * major + minor;
  }

  @Override
  public String toString() {
    return major + "." + minor;
  }
}
