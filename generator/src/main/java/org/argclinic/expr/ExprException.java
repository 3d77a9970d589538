package org.argclinic.expr;

/**
 * A syntax error in a Python expression. The offset is 0-based into the text given to {@link
 * ExprParser}; the caller maps it onto a line and column of the source file.
 */
public final class ExprException extends Exception {
  private final int offset;
  private final boolean lexical;

  public ExprException(String message, int offset) {
    this(message, offset, false);
  }

  /**
   * @param lexical true for errors Python's tokenizer reports (bad literals, stray brackets)
   */
  public ExprException(String message, int offset, boolean lexical) {
    super(message, null, false, false);
    this.offset = offset;
    this.lexical = lexical;
  }

  /**
   * True for errors that Python's tokenizer, not its parser, reports. Argument Clinic quotes
   * Python's {@code SyntaxError.text}, which ends in a newline only for the parser's errors.
   */
  public boolean lexical() {
    return lexical;
  }

  public int offset() {
    return offset;
  }
}
