package org.argclinic.model;

/** Python's parameter kinds, as inspect names them. */
public enum ParameterKind {
  POSITIONAL_ONLY,
  POSITIONAL_OR_KEYWORD,
  KEYWORD_ONLY,
  VAR_POSITIONAL
}
