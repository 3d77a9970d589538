package org.argclinic.resolve;

/** Clinic 3.13's converters (libclinic/converters.py and return_converters.py), registered in clinic's order. */
final class StandardConverters {
  private StandardConverters() {}

  static void register(ConverterRegistry.Registrar r) {
    r.converter("self", "type=None", SelfConverter::new);
    r.converter("defining_class", "type=None", DefiningClassConverter::new);
    r.converter("object", "converter=None, type=None, subclass_of=None", ObjectConverter::new);
    r.returnConverter("object", CReturnConverter::new);
  }
}
