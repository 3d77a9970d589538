package org.argclinic.parse;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Decorator;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.Position;

/**
 * A function while its block is being read. Like Argument Clinic it starts with an implicit {@code
 * self} parameter, so that the rules about {@code self}, {@code defining_class} and duplicate names
 * read the same as Clinic's; the implicit one is dropped from the model.
 */
final class FunctionBuilder {
  /** Argument Clinic's own function kinds; the model's kind also tells methods from functions. */
  enum ClinicKind {
    CALLABLE,
    STATIC_METHOD,
    CLASS_METHOD,
    METHOD_INIT,
    METHOD_NEW,
    GETTER,
    SETTER;

    boolean newOrInit() {
      return this == METHOD_INIT || this == METHOD_NEW;
    }
  }

  String name;
  String fullName;
  String cName;
  Scope module;
  Scope cls;
  ClinicKind kind;
  boolean coexist;
  ConverterRef returnConverter;
  final List<ParamBuilder> parameters = new ArrayList<>();
  String docstring = "";
  List<Decorator> decorators = new ArrayList<>();
  Optional<String> clonedFrom = Optional.empty();
  Position position;

  /** Position of the last {@code *} or {@code * [from ...]} line, for the end-of-block check. */
  Position starPosition;

  FunctionBuilder copy() {
    FunctionBuilder f = new FunctionBuilder();
    f.name = name;
    f.fullName = fullName;
    f.cName = cName;
    f.module = module;
    f.cls = cls;
    f.kind = kind;
    f.coexist = coexist;
    f.returnConverter = returnConverter;
    for (ParamBuilder p : parameters) {
      f.parameters.add(p.copy());
    }
    f.docstring = docstring;
    f.decorators = new ArrayList<>(decorators);
    f.clonedFrom = clonedFrom;
    f.position = position;
    f.starPosition = starPosition;
    return f;
  }

  ParamBuilder last() {
    return parameters.get(parameters.size() - 1);
  }

  FunctionKind modelKind() {
    return switch (kind) {
      case CALLABLE -> cls == null ? FunctionKind.PLAIN : FunctionKind.METHOD;
      case STATIC_METHOD -> FunctionKind.STATICMETHOD;
      case CLASS_METHOD -> FunctionKind.CLASSMETHOD;
      case METHOD_INIT -> FunctionKind.INIT;
      case METHOD_NEW -> FunctionKind.NEW;
      case GETTER -> FunctionKind.GETTER;
      case SETTER -> FunctionKind.SETTER;
    };
  }

  Function build() {
    ImmutableList<Parameter> params =
        parameters.stream()
            .filter(p -> !p.implicit)
            .map(ParamBuilder::build)
            .collect(ImmutableList.toImmutableList());
    return new Function(
        name,
        fullName,
        module == null ? "" : module.name,
        Optional.ofNullable(className()),
        cName,
        modelKind(),
        returnConverter,
        params,
        docstring,
        ImmutableList.copyOf(decorators),
        clonedFrom,
        position);
  }

  /** The class path inside the module ({@code A.B}), or null for a module-level function. */
  private String className() {
    if (cls == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (Scope s = cls; s != null && s.isClass(); s = s.parent) {
      names.add(0, s.name);
    }
    return String.join(".", names);
  }
}
