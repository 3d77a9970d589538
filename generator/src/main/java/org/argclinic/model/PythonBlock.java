package org.argclinic.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * A {@code [python input]} block. argclinic never runs Python: it reads the converter classes such
 * a block declares and keeps everything else as it is.
 *
 * @param converterClasses the {@code class X(Y):} declarations found
 * @param otherCode true when the block does more than declare classes (for example prints code);
 *     its existing output is then kept untouched
 */
public record PythonBlock(
    ImmutableList<ConverterClass> converterClasses, boolean otherCode, Position position) {

  /**
   * A converter class: {@code class Py_off_t_converter(CConverter): type = 'Py_off_t' ...}.
   *
   * @param name the class name ({@code Py_off_t_converter}); the converter name drops the suffix
   * @param base the base class name ({@code CConverter}, {@code int_converter}, ...)
   * @param attributes class attributes assigned from literal expressions, in order
   * @param methods names of the methods it defines; non-empty means it needs a Java port
   */
  public record ConverterClass(
      String name,
      String base,
      ImmutableMap<String, Expr> attributes,
      ImmutableList<String> methods,
      Position position) {

    public boolean isReturnConverter() {
      return name.endsWith("_return_converter");
    }

    /**
     * The name used in the DSL: the class name without {@code _converter} / {@code
     * _return_converter}.
     */
    public String converterName() {
      if (name.endsWith("_return_converter")) {
        return name.substring(0, name.length() - "_return_converter".length());
      }
      if (name.endsWith("_converter")) {
        return name.substring(0, name.length() - "_converter".length());
      }
      return name;
    }
  }
}
