/**
 * Puts a file back together ({@link org.argclinic.assemble.Assembler}): walks the scanned segments,
 * runs each block's directives ({@code output}, {@code destination}, {@code dump}, {@code
 * printout}, {@code preserve}, {@code set}), binds converters ({@code Binder}, with the file's
 * {@code [python input]} classes registered as they come), renders functions and sends each part to
 * the destination buffer the current settings name, writes fresh end markers, and returns the new
 * text with the side files of {@code file} destinations ({@code clinic/<basename>.h} by default).
 * Limited-API mode is detected per file as Argument Clinic does.
 */
package org.argclinic.assemble;
