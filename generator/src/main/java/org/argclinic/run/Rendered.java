package org.argclinic.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.Position;

/**
 * What a renderer makes of one source file.
 *
 * @param texts the complete new text of every file the source owns: the source itself and its side
 *     files (e.g. {@code clinic/foo.c.h})
 * @param namedAt for a side file named in the source (a {@code destination ... new file}
 *     directive), where; side files missing here are the default ones, which blame the source's
 *     first block
 * @param warnings about the source; they do not stop the run
 */
public record Rendered(
    ImmutableMap<Path, String> texts,
    ImmutableMap<Path, Position> namedAt,
    ImmutableList<Diagnostic> warnings) {
  /** Files with no side file named in the source, and no warning. */
  public static Rendered of(ImmutableMap<Path, String> texts) {
    return new Rendered(texts, ImmutableMap.of(), ImmutableList.of());
  }
}
