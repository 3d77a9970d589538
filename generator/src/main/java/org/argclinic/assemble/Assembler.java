package org.argclinic.assemble;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.argclinic.bind.Binder;
import org.argclinic.bind.CFunction;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.c.CTemplates;
import org.argclinic.emit.c.CodeGen;
import org.argclinic.emit.c.CppMonitor;
import org.argclinic.emit.c.FunctionRenderer;
import org.argclinic.emit.c.pub.PublicTarget;
import org.argclinic.model.BlockModel;
import org.argclinic.model.CApi;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.model.Position;
import org.argclinic.model.Statement;
import org.argclinic.resolve.ConverterRegistry;
import org.argclinic.scan.Checksums;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Segment;
import org.argclinic.template.TemplateFailure;
import org.argclinic.template.Templates;

/**
 * Puts a file back together: every block's output (directives, rendered function parts sent through
 * the destinations the {@code output} directives select), fresh end markers, and side files for
 * {@code file} destinations ({@code clinic/<basename>.h} by default).
 */
public final class Assembler {
  /**
   * Argument Clinic's per-file limited-API detection: a {@code #define Py_LIMITED_API} anywhere.
   */
  private static final Pattern LIMITED_CAPI = Pattern.compile("# *define +Py_LIMITED_API");

  private final Supplier<ConverterRegistry> registry;
  private final EmitOptions options;
  private final Templates templates;

  /** The c-public / c-limited target, empty for c-core. */
  private final Optional<PublicTarget> publicTarget;

  /** An assembler with the templates of {@code options} (for callers outside a run: tests). */
  public Assembler(EmitOptions options) {
    this(options, Templates.of(options.templatesOverride()), ConverterRegistry::standard);
  }

  /**
   * @param templates the run's templates: every template it renders, C snippets of the converters
   *     included, comes from them
   * @param registry a fresh registry per file (the file's [python input] classes go into it)
   */
  public Assembler(EmitOptions options, Templates templates, Supplier<ConverterRegistry> registry) {
    this.registry = registry;
    this.options = options;
    this.templates = templates;
    this.publicTarget =
        switch (options.cApi()) {
          case CORE -> Optional.empty();
          case PUBLIC ->
              Optional.of(
                  new PublicTarget(PublicTarget.Kind.PUBLIC, options.limitedVersion(), templates));
          case LIMITED ->
              Optional.of(
                  new PublicTarget(PublicTarget.Kind.LIMITED, options.limitedVersion(), templates));
        };
  }

  /** Assembles {@code model} with a fresh assembler (the standard converter registry). */
  public static AssembledFile assemble(FileModel model, EmitOptions options)
      throws DiagnosticException {
    return new Assembler(options).assemble(model);
  }

  /** As {@link #limitedCapi(String)} over a whole file, without joining its text. */
  static boolean limitedCapi(ScannedFile file) {
    // The pattern cannot span lines, and every segment is made of whole lines.
    for (Segment seg : file.segments()) {
      if (seg instanceof Segment.Verbatim v
          ? limitedCapi(v.text())
          : seg instanceof Segment.Block b
              && (limitedCapi(b.startMarker())
                  || limitedCapi(b.input())
                  || limitedCapi(b.stopMarker())
                  || limitedCapi(b.output())
                  || limitedCapi(b.endMarker().orElse("")))) {
        return true;
      }
    }
    return false;
  }

  public static boolean limitedCapi(String text) {
    // The literal test first: a regular expression find over a whole file is slow.
    return text.contains("Py_LIMITED_API") && LIMITED_CAPI.matcher(text).find();
  }

  /**
   * Assembles the new text of {@code model}'s file.
   *
   * @throws DiagnosticException on user errors (bad directives, hand-edited output without {@code
   *     force}, declarations the converters reject)
   */
  public AssembledFile assemble(FileModel model) throws DiagnosticException {
    if (model.hasErrors()) {
      throw new DiagnosticException(
          model.diagnostics().stream()
              .filter(Diagnostic::isError)
              .collect(ImmutableList.toImmutableList()));
    }
    String path = model.source().path();
    if (publicTarget.isPresent() && publicTarget.get().unsupportedReason().isPresent()) {
      throw new DiagnosticException(
          Diagnostic.error(path, 1, 0, publicTarget.get().unsupportedReason().get()));
    }
    // CPython's own limited mode (PyArg_ParseTupleAndKeywords) belongs to c-core only: the
    // public and limited targets parse through the argclinic runtime in every case.
    FileState state =
        new FileState(path, options.cApi() == CApi.CORE && limitedCapi(model.source()));
    StringBuilder out = assembleSegments(model, state);
    List<Diagnostic> warnings = new ArrayList<>();
    for (CodeGen.Warning w : state.codegen.warnings()) {
      warnings.add(Diagnostic.warning(path, w.line(), w.column(), w.message()));
    }
    Map<String, String> sideFiles = new LinkedHashMap<>();
    Map<String, Position> namedAt = new LinkedHashMap<>();
    flushDestinations(state, out, sideFiles, namedAt, warnings);
    return new AssembledFile(
        path,
        out.toString(),
        ImmutableMap.copyOf(sideFiles),
        ImmutableMap.copyOf(namedAt),
        ImmutableList.copyOf(warnings));
  }

  /**
   * The file's text with every block printed afresh (a block that fails keeps its text); its output
   * parts go to the destinations as it runs.
   *
   * @throws DiagnosticException with the errors of every block that failed
   */
  private StringBuilder assembleSegments(FileModel model, FileState state)
      throws DiagnosticException {
    String path = state.path;
    Map<Segment.Block, BlockModel> models = new HashMap<>();
    for (BlockModel b : model.blocks()) {
      models.put(b.block(), b);
    }
    List<Diagnostic> errors = new ArrayList<>();
    // Sized for the text it will most likely hold again: no copying as it grows.
    int size = 0;
    for (Segment seg : model.source().segments()) {
      size +=
          seg instanceof Segment.Verbatim v
              ? v.text().length()
              : ((Segment.Block) seg).output().length()
                  + ((Segment.Block) seg).input().length()
                  + 200;
    }
    StringBuilder out = new StringBuilder(size + size / 16);
    for (Segment seg : model.source().segments()) {
      if (seg instanceof Segment.Verbatim v) {
        state.cpp.writeText(v.text());
        out.append(v.text());
        continue;
      }
      Segment.Block block = (Segment.Block) seg;
      state.cpp.writeLine(block.startMarker());
      state.cpp.writeText(block.input());
      state.cpp.writeLine(block.stopMarker());
      try {
        Optional<String> verified = verifyChecksum(path, block);
        state.dest.block = block;
        String output = blockOutput(state, block, Optional.ofNullable(models.get(block)));
        // Unchanged output keeps the checksum just verified: no need to hash it again.
        BlockPrinter.print(
            out,
            block.dslName(),
            block.input(),
            output,
            List.of(),
            verified.filter(c -> c.length() == Checksums.LENGTH && output.equals(block.output())));
      } catch (DiagnosticException e) {
        errors.addAll(e.diagnostics());
        out.append(block.text());
      } catch (TemplateFailure e) {
        errors.add(e.diagnostic());
        out.append(block.text());
      } catch (RuntimeException e) {
        // A bug in argclinic must not surface as a stack trace on user input.
        errors.add(
            Diagnostic.error(
                path, block.startLine(), 0, "internal error while generating this block: " + e));
        out.append(block.text());
      }
    }
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
    return out;
  }

  /**
   * At the end of the file: what buffers still hold goes to the end of the file (with a warning),
   * what file destinations hold becomes their side files.
   */
  private void flushDestinations(
      FileState state,
      StringBuilder out,
      Map<String, String> sideFiles,
      Map<String, Position> namedAt,
      List<Diagnostic> warnings) {
    for (Destination d : state.dest.destinations.values()) {
      if (d.type == Destination.Type.SUPPRESS) {
        continue;
      }
      String output = d.dump();
      if (output.isEmpty()) {
        continue;
      }
      if (d.type == Destination.Type.BUFFER) {
        warnings.add(
            Diagnostic.warning(
                state.path,
                0,
                0,
                "Destination buffer '" + d.name + "' not empty at end of file, emptying."));
        out.append('\n');
        BlockPrinter.print(out, "clinic", "dump " + d.name + "\n", output, List.of());
      } else {
        StringBuilder side = new StringBuilder();
        if (publicTarget.isPresent()) {
          output = publicTarget.get().headerPreamble() + "\n" + output;
        }
        BlockPrinter.print(side, "clinic", "preserve\n", output, state.codegen.includes());
        sideFiles.put(d.filename, side.toString());
        d.declaredAt.ifPresent(at -> namedAt.putIfAbsent(d.filename, at));
      }
    }
  }

  /** Returns the checksum of the block's output when it was computed (and matched). */
  private Optional<String> verifyChecksum(String path, Segment.Block block)
      throws DiagnosticException {
    if (options.force() || !block.hasEndMarker()) {
      return Optional.empty();
    }
    String expected =
        block.endArguments().containsKey("input")
            ? block.endArguments().getOrDefault("output", "")
            : block.endArguments().getOrDefault("checksum", "");
    String computed = Checksums.of(block.output(), expected.length());
    if (!expected.equals(computed)) {
      throw new DiagnosticException(
          Diagnostic.error(
              path,
              block.endMarkerLine(),
              0,
              "Checksum mismatch! Expected '"
                  + expected
                  + "', computed '"
                  + computed
                  + "'. Suggested fix: remove all generated code including the end marker, or use"
                  + " the '--force' option."));
    }
    return Optional.of(computed);
  }

  /** What goes between the stop line and the end marker of a block. */
  private String blockOutput(FileState state, Segment.Block block, Optional<BlockModel> model)
      throws DiagnosticException {
    if (block.dslName().equals("python") && model.isPresent() && model.get().python().isPresent()) {
      state.binder.register(model.get().python().get());
      return block.output();
    }
    if (!block.dslName().equals("clinic") || model.isEmpty()) {
      // [python input] blocks (and unknown DSLs) keep what they produced before: argclinic
      // never runs Python.
      return block.output();
    }
    StringBuilder output = new StringBuilder();
    boolean preserve = false;
    CFunction function = null;
    for (Statement s : model.get().statements()) {
      if (s instanceof Statement.ClassDecl c) {
        state.binder.declare(c);
      } else if (s instanceof Statement.Directive d) {
        if (d.name().equals("preserve")) {
          if (preserve) {
            throw state.dest.error(d, "Can't have 'preserve' twice in one block!");
          }
          preserve = true;
        } else {
          state.dest.directive(d, output);
        }
      } else if (s instanceof Statement.FunctionDecl fd) {
        if (function != null) {
          throw state.dest.error(fd, "You may specify at most one function per block.");
        }
        Function f = fd.function();
        function = state.binder.bindDeclared(f);
      }
    }
    if (function != null) {
      Map<String, String> parts =
          new FunctionRenderer(new CTemplates(templates, options.cApi().templateSet()))
              .render(
                  function, state.codegen, state.cpp, state.dest.linePrefix, state.dest.lineSuffix);
      routeParts(state, parts);
      output.append(state.dest.destination("block", Optional.empty()).dump());
    }
    if (preserve) {
      if (output.length() > 0) {
        throw new DiagnosticException(
            Diagnostic.error(
                state.path,
                block.stopLine(),
                0,
                "'preserve' only works for blocks that don't produce any output!"));
      }
      return block.output();
    }
    return output.toString();
  }

  /**
   * Appends each rendered part to the buffer the {@code output} settings send it to; the public
   * targets' runtime goes in front of the first part a buffer (not a side file) takes.
   */
  private void routeParts(FileState state, Map<String, String> parts) {
    if (publicTarget.isPresent() && !state.runtimeOutsideFiles) {
      // Glue kept out of side files (output preset block / buffer) needs the runtime in front
      // of the first function; side files get it when they are written.
      StringBuilder parser = state.dest.destinationBuffers.get("parser_definition");
      boolean inBuffer =
          state.dest.destinations.values().stream()
              .anyMatch(dest -> dest.type == Destination.Type.BUFFER && dest.owns(parser));
      if (inBuffer) {
        for (String part : FunctionRenderer.PART_ORDER) {
          StringBuilder b = state.dest.destinationBuffers.get(part);
          if (!parts.getOrDefault(part, "").isEmpty()
              && state.dest.destinations.values().stream()
                  .anyMatch(dest -> dest.type == Destination.Type.BUFFER && dest.owns(b))) {
            b.append(publicTarget.get().headerPreamble()).append('\n');
            break;
          }
        }
        state.runtimeOutsideFiles = true;
      }
    }
    for (Map.Entry<String, String> e : parts.entrySet()) {
      state.dest.destinationBuffers.get(e.getKey()).append(e.getValue());
    }
  }

  /** Argument Clinic's per-file state: destinations, where each output part goes, presets. */
  private final class FileState {
    final String path;
    final CodeGen codegen;
    final CppMonitor cpp;
    final Binder binder;
    final Destinations dest;

    /** The public runtime was written into a buffer destination (not a side file) already. */
    boolean runtimeOutsideFiles;

    FileState(String path, boolean limitedCapi) throws DiagnosticException {
      this.path = path;
      this.codegen = new CodeGen(limitedCapi, publicTarget);
      this.cpp = new CppMonitor(path);
      this.binder =
          new Binder(path, registry.get().renderWith(templates), publicTarget.isPresent());
      this.dest = new Destinations(path);
    }
  }
}
