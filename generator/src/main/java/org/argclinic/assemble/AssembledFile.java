package org.argclinic.assemble;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.argclinic.diag.Diagnostic;

/**
 * The complete new text of a source file and of the side files its output destinations name.
 *
 * @param path the source file path, as scanned
 * @param text the new text of the source file
 * @param sideFiles side file path (resolved against the source's directory, e.g. {@code
 *     Modules/clinic/_bz2module.c.h}) to its new text
 * @param warnings non-fatal diagnostics (e.g. a buffer left non-empty at the end of the file)
 */
public record AssembledFile(String path, String text, ImmutableMap<String, String> sideFiles,
    ImmutableList<Diagnostic> warnings) {}
