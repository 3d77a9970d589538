package org.argclinic.model;

/** What a declaration becomes in Python. */
public enum FunctionKind {
  /** A module-level function. */
  PLAIN,
  /** An instance method of a class. */
  METHOD,
  CLASSMETHOD,
  STATICMETHOD,
  /** {@code __new__}: a classmethod-like constructor, METH_VARARGS|METH_KEYWORDS convention. */
  NEW,
  /** {@code __init__}. */
  INIT,
  GETTER,
  SETTER;

  public boolean newOrInit() {
    return this == NEW || this == INIT;
  }
}
