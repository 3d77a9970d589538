package org.argclinic.model;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.argclinic.scan.Segment;

/**
 * A parsed block: the scanned block and what its DSL declares.
 *
 * @param block the block as scanned (markers, input, existing output)
 * @param statements for a {@code [clinic input]} block, its declarations in order; empty otherwise
 * @param python for a {@code [python input]} block, what it declares
 */
public record BlockModel(
    Segment.Block block, ImmutableList<Statement> statements, Optional<PythonBlock> python) {

  public ImmutableList<Function> functions() {
    return statements.stream()
        .filter(s -> s instanceof Statement.FunctionDecl)
        .map(s -> ((Statement.FunctionDecl) s).function())
        .collect(ImmutableList.toImmutableList());
  }
}
