package org.argclinic.resolve;

import java.util.Optional;

/**
 * {@code object}: any object ({@code O}), a type-checked one ({@code O!}) or a C converter ({@code
 * O&}).
 */
public class ObjectConverter extends CConverter {
  public ObjectConverter() {
    type = "PyObject *";
    formatUnit = "O";
  }

  @Override
  protected void converterInit(ConverterArgs args) {
    Optional<String> conv = args.string("converter");
    Optional<String> type = args.string("type");
    Optional<String> sub = args.string("subclass_of");
    if (conv.isPresent()) {
      if (sub.isPresent()) {
        throw args.fail("object: Cannot pass in both 'converter' and 'subclass_of'");
      }
      formatUnit = "O&";
      converter = conv;
    } else if (sub.isPresent()) {
      formatUnit = "O!";
      subclassOf = sub;
    }
    type.ifPresent(t -> this.type = t);
  }
}
