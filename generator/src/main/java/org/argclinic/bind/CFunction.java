package org.argclinic.bind;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.resolve.CReturnConverter;
import org.argclinic.resolve.FunctionContext;

/**
 * A function ready for C emission: the declaration, its parameters with converters (the first is
 * always the self parameter, explicit or implied) and its return converter.
 */
public record CFunction(
    Function function,
    FunctionContext context,
    ImmutableList<BoundParameter> parameters,
    CReturnConverter returnConverter) {

  public FunctionKind kind() {
    return function.kind();
  }

  public String name() {
    return function.name();
  }

  public String fullName() {
    return function.fullName();
  }

  public String cBasename() {
    return function.cName();
  }

  /** {@code __new__} and {@code __init__} display as their class. */
  public String displayName() {
    if (kind().newOrInit()) {
      String cls = function.className().orElse(function.name());
      int dot = cls.lastIndexOf('.');
      return dot < 0 ? cls : cls.substring(dot + 1);
    }
    return function.name();
  }

  public String fullDisplayName() {
    if (kind().newOrInit()) {
      int dot = fullName().lastIndexOf('.');
      return dot < 0 ? fullName() : fullName().substring(0, dot);
    }
    return fullName();
  }

  public boolean coexist() {
    return function.hasDecorator("coexist");
  }

  public Optional<String> forcedTextSignature() {
    return function.decorator("text_signature").flatMap(d -> d.arguments().stream().findFirst());
  }

  public boolean criticalSection() {
    return function.hasDecorator("critical_section");
  }

  public ImmutableList<String> targetCriticalSection() {
    return function.decorators().stream()
        .filter(d -> d.name().equals("critical_section"))
        .flatMap(d -> d.arguments().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** Optional groups cannot be written as a machine-readable signature. */
  public boolean docstringOnly() {
    return parameters.stream().anyMatch(p -> p.group() != 0);
  }

  /** METH_CLASS / METH_STATIC / METH_COEXIST; empty for __new__ and __init__. */
  public String methoddefFlags() {
    if (kind().newOrInit()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    if (kind() == FunctionKind.CLASSMETHOD) {
      out.append("METH_CLASS");
    } else if (kind() == FunctionKind.STATICMETHOD) {
      out.append("METH_STATIC");
    }
    if (coexist()) {
      if (out.length() > 0) {
        out.append('|');
      }
      out.append("METH_COEXIST");
    }
    return out.toString();
  }
}
