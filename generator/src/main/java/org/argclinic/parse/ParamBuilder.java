package org.argclinic.parse;

import java.util.Optional;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.DefaultValue;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Position;
import org.argclinic.model.Version;

/** A parameter while its function is being read (kinds and groups change as markers follow). */
final class ParamBuilder {
  String name;

  /** The {@code as} name; null when not renamed (Clinic tells "absent" from "empty"). */
  String cName;

  ParameterKind kind;
  ConverterRef converter;
  Optional<DefaultValue> defaultValue = Optional.empty();
  int group;
  String docstring = "";
  Optional<Version> deprecatedPositional = Optional.empty();
  Optional<Version> deprecatedKeyword = Optional.empty();
  Position position;

  /** Clinic's automatic {@code self}: present until an explicit one replaces it. */
  boolean implicit;

  ParamBuilder copy() {
    ParamBuilder p = new ParamBuilder();
    p.name = name;
    p.cName = cName;
    p.kind = kind;
    p.converter = converter;
    p.defaultValue = defaultValue;
    p.group = group;
    p.docstring = docstring;
    p.deprecatedPositional = deprecatedPositional;
    p.deprecatedKeyword = deprecatedKeyword;
    p.position = position;
    p.implicit = implicit;
    return p;
  }

  Parameter build() {
    String c = cName == null || cName.isEmpty() ? name : cName;
    return new Parameter(
        name,
        c,
        kind,
        converter,
        defaultValue,
        group,
        docstring,
        deprecatedPositional,
        deprecatedKeyword,
        position);
  }
}
