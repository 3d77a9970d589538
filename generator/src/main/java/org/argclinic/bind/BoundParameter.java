package org.argclinic.bind;

import java.util.Optional;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Version;
import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.DefiningClassConverter;
import org.argclinic.resolve.ObjectConverter;
import org.argclinic.resolve.SelfConverter;

/** A parameter with its resolved converter. */
public record BoundParameter(Parameter parameter, CConverter converter) {
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

  /**
   * The parameter has a default in the declaration. (A converter class may carry a default of its
   * own; that one only shows in the signature, through {@link CConverter#isOptional()}.)
   */
  public boolean hasDefault() {
    return parameter.defaultValue().isPresent();
  }

  /** {@code **kwds}. */
  public boolean isVarKeyword() {
    return kind() == ParameterKind.VAR_KEYWORD;
  }

  public boolean isOptional() {
    return !isVararg() && hasDefault();
  }

  public boolean isSelf() {
    return converter instanceof SelfConverter;
  }

  public boolean isDefiningClass() {
    return converter instanceof DefiningClassConverter;
  }

  public boolean isObject() {
    return converter instanceof ObjectConverter;
  }

  public Optional<Version> deprecatedPositional() {
    return parameter.deprecatedPositional();
  }

  public Optional<Version> deprecatedKeyword() {
    return parameter.deprecatedKeyword();
  }

  /** How the default shows in {@code __text_signature__}: py_default, else the value's repr. */
  public String signatureDefault() {
    return converter.pyDefault().filter(s -> !s.isEmpty()).orElse(converter.defaultValue().repr());
  }

  /**
   * How error messages name the argument: {@code argument}, {@code argument 2}, {@code argument
   * 'x'}.
   */
  public String displayName(int i) {
    if (i == 0) {
      return "argument";
    }
    return isPositionalOnly() ? "argument " + i : "argument '" + name() + "'";
  }
}
