package org.argclinic.parse;

import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.BlockModel;
import org.argclinic.model.FileModel;
import org.argclinic.model.PythonBlock;
import org.argclinic.model.Statement;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Segment;

/**
 * Reads every block of a scanned file into the model. Blocks are read in order and share one
 * namespace, as in Argument Clinic: a module or class must be declared before a function uses it,
 * and {@code new = old} clones a function declared earlier in the same file.
 *
 * <p>An error stops the block it is in (Clinic stops there too) and parsing goes on with the next
 * block, so one run reports the mistakes of every block. Converter names and converter arguments
 * are not checked here; the resolve stage does that.
 */
public final class DslParser {

  /** The destinations Argument Clinic starts with, and their types. */
  private static final Map<String, String> INITIAL_DESTINATIONS =
      Map.of("block", "buffer", "suppress", "suppress", "buffer", "buffer", "file", "file");

  /** What {@code output NAME DESTINATION} may redirect, in Clinic's order. */
  static final ImmutableList<String> OUTPUT_FIELDS =
      ImmutableList.of(
          "cpp_if",
          "docstring_prototype",
          "docstring_definition",
          "methoddef_define",
          "impl_prototype",
          "parser_prototype",
          "parser_definition",
          "cpp_endif",
          "methoddef_ifndef",
          "impl_definition");

  static final Set<String> PRESETS =
      Set.of("block", "original", "file", "buffer", "partial-buffer");

  final String path;
  final Scope root = new Scope(Scope.Kind.FILE, "", null);
  final Map<String, String> destinations = new LinkedHashMap<>(INITIAL_DESTINATIONS);

  /** Depth of {@code output push}, so that a {@code pop} without one is reported. */
  final Deque<Boolean> outputStack = new ArrayDeque<>();

  /** Converter names declared by {@code [python input]} classes derived from self_converter. */
  final Set<String> selfConverters = new HashSet<>(Set.of("self"));

  final Set<String> definingClassConverters = new HashSet<>(Set.of("defining_class"));
  final List<Diagnostic> diagnostics = new ArrayList<>();

  private DslParser(String path) {
    this.path = path;
  }

  /** Parses every block of {@code file}; the diagnostics of all blocks are in the result. */
  public static FileModel parse(ScannedFile file) {
    DslParser parser = new DslParser(file.path());
    ImmutableList.Builder<BlockModel> blocks = ImmutableList.builder();
    for (Segment.Block block : file.blocks()) {
      blocks.add(parser.parseBlock(block));
    }
    return new FileModel(file, blocks.build(), ImmutableList.copyOf(parser.diagnostics));
  }

  private BlockModel parseBlock(Segment.Block block) {
    switch (block.dslName()) {
      case "clinic":
        {
          ImmutableList<Statement> statements = new BlockParser(this, block).parse();
          return new BlockModel(block, statements, Optional.empty());
        }
      case "python":
        {
          PythonBlock python = PythonBlockReader.read(this, block);
          return new BlockModel(block, ImmutableList.of(), Optional.of(python));
        }
      default:
        error(
            block.startLine(),
            firstColumn(block.startMarker()),
            "No parser to handle '" + block.dslName() + "' block.");
        return new BlockModel(block, ImmutableList.of(), Optional.empty());
    }
  }

  private static int firstColumn(String line) {
    return line.length() - line.stripLeading().length() + 1;
  }

  void error(int line, int column, String message) {
    diagnostics.add(Diagnostic.error(path, line, column, message));
  }

  void error(DslError e) {
    error(e.line, e.column, e.getMessage());
  }

  void warning(int line, int column, String message) {
    diagnostics.add(Diagnostic.warning(path, line, column, message));
  }
}
