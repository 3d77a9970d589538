/**
 * The converter service-provider interface: implement {@link
 * org.argclinic.resolve.spi.ConverterProvider}, subclass {@link org.argclinic.resolve.CConverter}
 * or {@link org.argclinic.resolve.CReturnConverter} (override {@code converterInit}, {@code
 * parseArg}, {@code cleanup}, ... as a clinic converter overrides its methods; {@code pythonType()}
 * gives the parameter's type in stubs), and list the provider in {@code
 * META-INF/services/org.argclinic.resolve.spi.ConverterProvider}. See {@code
 * org.argclinic.resolve.cpython.CPythonConverters} for a complete provider.
 */
package org.argclinic.resolve.spi;
