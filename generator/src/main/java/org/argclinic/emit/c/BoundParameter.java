package org.argclinic.emit.c;

import java.util.Optional;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Version;

/** A parameter with its resolved converter. */
public record BoundParameter(Parameter parameter, ArgConverter converter) {
  public String name() {
    return parameter.name();
  }

  public ParameterKind kind() {
    return parameter.kind();
  }

  public int group() {
    return parameter.group();
  }

  public boolean isKeywordOnly() {
    return kind() == ParameterKind.KEYWORD_ONLY;
  }

  public boolean isPositionalOnly() {
    return kind() == ParameterKind.POSITIONAL_ONLY;
  }

  public boolean isVararg() {
    return kind() == ParameterKind.VAR_POSITIONAL;
  }

  public boolean isOptional() {
    return !isVararg() && converter.hasDefault();
  }

  public Optional<Version> deprecatedPositional() {
    return parameter.deprecatedPositional();
  }

  public Optional<Version> deprecatedKeyword() {
    return parameter.deprecatedKeyword();
  }

  /** How error messages name the argument: {@code argument}, {@code argument 2}, {@code argument 'x'}. */
  public String displayName(int i) {
    if (i == 0) {
      return "argument";
    }
    return isPositionalOnly() ? "argument " + i : "argument '" + name() + "'";
  }
}
