package org.argclinic.model;

/** A Python version X.Y, as in {@code [from 3.14]}. */
public record Version(int major, int minor) {
  @Override
  public String toString() {
    return major + "." + minor;
  }
}
