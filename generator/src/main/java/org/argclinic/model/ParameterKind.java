package org.argclinic.model;

/** Python's parameter kinds, as inspect names them. */
public enum ParameterKind {
  POSITIONAL_ONLY,
  POSITIONAL_OR_KEYWORD,
  KEYWORD_ONLY,
  VAR_POSITIONAL,
  /** {@code **kwds} (CPython 3.14's clinic, gh-64490): the last parameter. */
  VAR_KEYWORD
}
