package org.argclinic.expr;

/**
 * A syntax error in a Python expression. The offset is 0-based into the text given to {@link
 * ExprParser}; the caller maps it onto a line and column of the source file.
 */
public final class ExprException extends Exception {
  private final int offset;

  public ExprException(String message, int offset) {
    super(message, null, false, false);
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }
}
