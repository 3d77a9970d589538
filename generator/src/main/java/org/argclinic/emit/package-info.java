/**
 * Emission support shared by the C and Rust targets: the one FreeMarker configuration ({@link
 * org.argclinic.template.Templates}, classpath templates with an optional user override directory)
 * and the text helpers whose exact behaviour byte-identical output depends on ({@link
 * org.argclinic.emit.Text}: Argument Clinic's late-bound {@code {field}} substitution, block-field
 * substitution, snippet normalisation, declaration wrapping; {@link org.argclinic.emit.TextWrap}:
 * Python's textwrap rules).
 */
package org.argclinic.emit;
