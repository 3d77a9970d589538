package org.argclinic.assemble;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.Position;

/**
 * The complete new text of a source file and of the side files its output destinations name.
 *
 * @param path the source file path, as scanned
 * @param text the new text of the source file
 * @param sideFiles side file path (resolved against the source's directory, e.g. {@code
 *     Modules/clinic/_bz2module.c.h}) to its new text
 * @param sideFilesNamedAt for side files of destinations a {@code destination ... new file}
 *     directive declared: that directive's position (the default {@code clinic/} file has none)
 * @param warnings non-fatal diagnostics (e.g. a buffer left non-empty at the end of the file)
 */
public record AssembledFile(
    String path,
    String text,
    ImmutableMap<String, String> sideFiles,
    ImmutableMap<String, Position> sideFilesNamedAt,
    ImmutableList<Diagnostic> warnings) {}
