package org.argclinic.model;

/** A 1-based line and column in the source file that holds the block. Column 0: whole line. */
public record Position(int line, int column) {
  public static Position of(int line, int column) {
    return new Position(line, column);
  }
}
