package org.argclinic.resolve;

import java.util.Optional;

/**
 * {@code *args: array} (CPython 3.14's clinic, gh-122943): the extra positional arguments as the
 * caller's array, {@code PyObject * const *args} and {@code Py_ssize_t args_length}, with no tuple
 * made. The parser points it into the arguments; nothing is released.
 */
public final class VarPosArrayConverter extends CConverter {
  public VarPosArrayConverter() {
    type = "PyObject * const *";
    formatUnit = "";
    length = true;
  }

  /** {@code args_length}, as CPython names it, whatever the parser calls the array. */
  @Override
  public String lengthName() {
    return name() + "_length";
  }

  /** In a stub: the type of each extra positional argument, any object. */
  @Override
  public Optional<String> pythonType() {
    return Optional.of("object");
  }
}
