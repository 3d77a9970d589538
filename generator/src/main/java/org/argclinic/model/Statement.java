package org.argclinic.model;

import com.google.common.collect.ImmutableList;

/** What one {@code [clinic input]} block declares, in source order. */
public sealed interface Statement
    permits Statement.ModuleDecl, Statement.ClassDecl, Statement.FunctionDecl, Statement.Directive {

  Position position();

  /** {@code module _bz2}. */
  record ModuleDecl(String name, Position position) implements Statement {}

  /**
   * {@code class _bz2.BZ2Compressor "BZ2Compressor *" "clinic_state()->bz2_compressor_type"}.
   *
   * @param fullName the dotted name as declared
   * @param typedef the C type of {@code self}
   * @param typeObject the C expression for the type object
   */
  record ClassDecl(String fullName, String typedef, String typeObject, Position position)
      implements Statement {}

  record FunctionDecl(Function function) implements Statement {
    @Override
    public Position position() {
      return function.position();
    }
  }

  /**
   * A directive line: {@code output}, {@code destination}, {@code dump}, {@code set}, {@code
   * preserve}, {@code printout}.
   *
   * @param arguments the words after the name, as the DSL splits them
   */
  record Directive(String name, ImmutableList<String> arguments, Position position)
      implements Statement {}
}
