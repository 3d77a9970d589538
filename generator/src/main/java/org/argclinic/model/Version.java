package org.argclinic.model;

/** A Python version X.Y, as in {@code [from 3.14]}. */
public record Version(int major, int minor) {
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
