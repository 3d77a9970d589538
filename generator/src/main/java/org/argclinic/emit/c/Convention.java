package org.argclinic.emit.c;

/**
 * How CPython calls a generated entry point: the {@code PyMethodDef} flags and the C signature they
 * imply. {@link CallShape} picks one per function, once, for every target; a C target may then only
 * lower a fastcall form to its tuple form ({@link #withoutFastcall()}) where its API or a getargs
 * fallback needs that. {@code __new__} and {@code __init__} take their arguments as a tuple and a
 * dict: they use {@link #NOARGS}, {@link #VARARGS} or {@link #VARARGS_KEYWORDS} for what they
 * parse.
 */
public enum Convention {
  NOARGS("METH_NOARGS"),
  O("METH_O"),
  /** Positional-only parameters (and {@code *args}): an array and its length. */
  FASTCALL("METH_FASTCALL"),
  FASTCALL_KEYWORDS("METH_FASTCALL|METH_KEYWORDS"),
  /** Positional-only parameters from a tuple. */
  VARARGS("METH_VARARGS"),
  VARARGS_KEYWORDS("METH_VARARGS|METH_KEYWORDS"),
  /** Optional groups: dispatch on the tuple's length. */
  OPTION_GROUPS("METH_VARARGS"),
  /** A {@code defining_class} parameter: {@code PyCMethod}. */
  DEFINING_CLASS("METH_METHOD|METH_FASTCALL|METH_KEYWORDS"),
  GETTER(""),
  SETTER("");

  private final String flags;

  Convention(String flags) {
    this.flags = flags;
  }

  /** The {@code ml_flags} bits, C spelling, without METH_CLASS / METH_STATIC / METH_COEXIST. */
  public String flags() {
    return flags;
  }

  /** Arguments may come by keyword: the entry point receives kwnames or a dict. */
  public boolean keywords() {
    return this == FASTCALL_KEYWORDS || this == VARARGS_KEYWORDS || this == DEFINING_CLASS;
  }

  /** The entry point receives an array of arguments (vectorcall). */
  public boolean fastcall() {
    return this == FASTCALL || this == FASTCALL_KEYWORDS || this == DEFINING_CLASS;
  }

  /** The entry point has the plain {@code PyCFunction} signature (two object pointers). */
  public boolean plainPyCFunction() {
    return this == NOARGS || this == O || this == VARARGS || this == OPTION_GROUPS;
  }

  /** The tuple form of a fastcall convention (a defining class is then lost, as in clinic). */
  public Convention withoutFastcall() {
    return switch (this) {
      case FASTCALL -> VARARGS;
      case FASTCALL_KEYWORDS, DEFINING_CLASS -> VARARGS_KEYWORDS;
      default -> this;
    };
  }
}
