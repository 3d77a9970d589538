package org.argclinic.resolve.spi;

import org.argclinic.resolve.ConverterRegistry;

/**
 * A set of converters that plugs into {@link ConverterRegistry} through {@link
 * java.util.ServiceLoader}: list the implementing class in {@code
 * META-INF/services/org.argclinic.resolve.spi.ConverterProvider} of a jar on the class path.
 *
 * <p>A provider registers plain converters (usable from any DSL block) and ports of {@code [python
 * input]} converter classes that define methods: a port is keyed by the Python class name and
 * becomes usable only in a file whose {@code [python input]} block declares that class, as in
 * clinic. Class attributes the block declares are applied on top of the port, so a port only needs
 * the methods.
 */
public interface ConverterProvider {
  /** A short name for listings, e.g. {@code cpython}. */
  String name();

  void register(ConverterRegistry.Registrar registrar);
}
