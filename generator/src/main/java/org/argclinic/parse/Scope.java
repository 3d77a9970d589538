package org.argclinic.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module, a class, or the file itself: Argument Clinic's namespace of declarations, shared by all
 * blocks of one file.
 */
final class Scope {
  enum Kind {
    FILE,
    MODULE,
    CLASS
  }

  final Kind kind;
  final String name;
  final Scope parent;
  final Map<String, Scope> modules = new LinkedHashMap<>();
  final Map<String, Scope> classes = new LinkedHashMap<>();
  final List<FunctionBuilder> functions = new ArrayList<>();

  Scope(Kind kind, String name, Scope parent) {
    this.kind = kind;
    this.name = name;
    this.parent = parent;
  }

  boolean isClass() {
    return kind == Kind.CLASS;
  }
}
