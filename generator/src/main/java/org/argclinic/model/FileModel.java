package org.argclinic.model;

import com.google.common.collect.ImmutableList;
import org.argclinic.diag.Diagnostic;
import org.argclinic.scan.ScannedFile;

/**
 * A whole source file read into the model. Blocks are in source order and share one namespace of
 * modules, classes and functions, as they do in Argument Clinic.
 *
 * @param diagnostics every diagnostic found while parsing; a file with errors is never written
 */
public record FileModel(
    ScannedFile source, ImmutableList<BlockModel> blocks, ImmutableList<Diagnostic> diagnostics) {

  public ImmutableList<Function> functions() {
    return blocks.stream()
        .flatMap(b -> b.functions().stream())
        .collect(ImmutableList.toImmutableList());
  }

  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
