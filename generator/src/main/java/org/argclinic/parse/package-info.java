/**
 * The parse stage: the DSL of every block of a scanned file into the model.
 *
 * <p>{@link org.argclinic.parse.DslParser} is the entry point; it keeps what a file's blocks share
 * (modules, classes, functions for cloning, destinations, converter classes of {@code [python
 * input]} blocks). {@code BlockParser} reads one {@code [clinic input]} block with one method per
 * state, as Argument Clinic's own parser does, and {@code ParameterLine} one parameter line. The
 * rules and their messages are Clinic's (checked against CPython 3.13's clinic on the corpus, on
 * its golden file and on fuzzed blocks); positions point at the offending token. Converter names
 * and arguments are left to the resolve stage.
 */
package org.argclinic.parse;
