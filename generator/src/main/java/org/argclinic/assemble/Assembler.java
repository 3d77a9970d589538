package org.argclinic.assemble;

import org.argclinic.bind.Binder;
import org.argclinic.bind.CFunction;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.Text;
import org.argclinic.emit.c.CTemplates;
import org.argclinic.emit.c.CodeGen;
import org.argclinic.emit.c.CppMonitor;
import org.argclinic.emit.c.FunctionRenderer;
import org.argclinic.emit.c.pub.PublicTarget;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.BlockModel;
import org.argclinic.model.CApi;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.model.Position;
import org.argclinic.model.Statement;
import org.argclinic.resolve.ConverterRegistry;
import org.argclinic.resolve.Include;
import org.argclinic.scan.Checksums;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.Segment;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.template.TemplateFailure;
import org.argclinic.template.Templates;

/**
 * Puts a file back together: every block's output (directives, rendered function parts sent
 * through the destinations the {@code output} directives select), fresh end markers, and side
 * files for {@code file} destinations ({@code clinic/<basename>.h} by default).
 */
public final class Assembler {
  /** Argument Clinic's per-file limited-API detection: a {@code #define Py_LIMITED_API} anywhere. */
  private static final Pattern LIMITED_CAPI = Pattern.compile("# *define +Py_LIMITED_API");

  private static final int INCLUDE_COMMENT_COLUMN = 35;

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
   * @param templates the run's templates: every template it renders, C snippets of the
   *     converters included, comes from them
   * @param registry a fresh registry per file (the file's [python input] classes go into it)
   */
  public Assembler(EmitOptions options, Templates templates,
      Supplier<ConverterRegistry> registry) {
    this.registry = registry;
    this.options = options;
    this.templates = templates;
    this.publicTarget = switch (options.cApi()) {
      case CORE -> Optional.empty();
      case PUBLIC -> Optional.of(
          new PublicTarget(PublicTarget.Kind.PUBLIC, options.limitedVersion(), templates));
      case LIMITED -> Optional.of(
          new PublicTarget(PublicTarget.Kind.LIMITED, options.limitedVersion(), templates));
    };
  }

  /** Assembles {@code model} with a fresh assembler (the standard converter registry). */
  public static AssembledFile assemble(FileModel model, EmitOptions options)
      throws DiagnosticException {
    return new Assembler(options).assemble(model);
  }

  /**
   * Checks that an existing side file is one that generation wrote, which is safe to overwrite: a
   * single {@code preserve} block and nothing around it. Argument Clinic refuses to overwrite any
   * other file ("Modified destination file"); {@code --force} skips the check.
   */
  public static Optional<Diagnostic> verifySideFile(String path, String existingText) {
    try {
      ScannedFile f = Scanner.scan(path, SourceLanguage.C, existingText);
      List<Segment> segments = f.segments();
      if (segments.size() == 1 && segments.get(0) instanceof Segment.Block b
          && b.input().equals("preserve\n")) {
        return Optional.empty();
      }
    } catch (DiagnosticException e) {
      // unreadable: treat as modified
    }
    return Optional.of(Diagnostic.error(path, 1, 0,
        "Modified destination file '" + path + "'; not overwriting!"));
  }

  /** As {@link #limitedCapi(String)} over a whole file, without joining its text. */
  static boolean limitedCapi(ScannedFile file) {
    // The pattern cannot span lines, and every segment is made of whole lines.
    for (Segment seg : file.segments()) {
      if (seg instanceof Segment.Verbatim v ? limitedCapi(v.text())
          : seg instanceof Segment.Block b && (limitedCapi(b.startMarker())
              || limitedCapi(b.input()) || limitedCapi(b.stopMarker())
              || limitedCapi(b.output()) || limitedCapi(b.endMarker().orElse("")))) {
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
   * @throws DiagnosticException on user errors (bad directives, hand-edited output without
   *     {@code force}, declarations the converters reject)
   */
  public AssembledFile assemble(FileModel model) throws DiagnosticException {
    if (model.hasErrors()) {
      throw new DiagnosticException(model.diagnostics().stream()
          .filter(Diagnostic::isError).collect(ImmutableList.toImmutableList()));
    }
    String path = model.source().path();
    if (publicTarget.isPresent() && publicTarget.get().unsupportedReason().isPresent()) {
      throw new DiagnosticException(
          Diagnostic.error(path, 1, 0, publicTarget.get().unsupportedReason().get()));
    }
    // CPython's own limited mode (PyArg_ParseTupleAndKeywords) belongs to c-core only: the
    // public and limited targets parse through the argclinic runtime in every case.
    FileState state = new FileState(path,
        options.cApi() == CApi.CORE && limitedCapi(model.source()));
    Map<Segment.Block, BlockModel> models = new HashMap<>();
    for (BlockModel b : model.blocks()) {
      models.put(b.block(), b);
    }
    List<Diagnostic> errors = new ArrayList<>();
    List<Diagnostic> warnings = new ArrayList<>();
    // Sized for the text it will most likely hold again: no copying as it grows.
    int size = 0;
    for (Segment seg : model.source().segments()) {
      size += seg instanceof Segment.Verbatim v ? v.text().length()
          : ((Segment.Block) seg).output().length() + ((Segment.Block) seg).input().length() + 200;
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
        state.block = block;
        String output = blockOutput(state, block, Optional.ofNullable(models.get(block)));
        // Unchanged output keeps the checksum just verified: no need to hash it again.
        printBlock(out, block.dslName(), block.input(), output, List.of(),
            verified.filter(c -> c.length() == Checksums.LENGTH && output.equals(block.output())));
      } catch (DiagnosticException e) {
        errors.addAll(e.diagnostics());
        out.append(block.text());
      } catch (TemplateFailure e) {
        errors.add(e.diagnostic());
        out.append(block.text());
      } catch (RuntimeException e) {
        // A bug in argclinic must not surface as a stack trace on user input.
        errors.add(Diagnostic.error(path, block.startLine(), 0,
            "internal error while generating this block: " + e));
        out.append(block.text());
      }
    }
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
    for (CodeGen.Warning w : state.codegen.warnings()) {
      warnings.add(Diagnostic.warning(path, w.line(), w.column(), w.message()));
    }
    Map<String, String> sideFiles = new LinkedHashMap<>();
    Map<String, Position> namedAt = new LinkedHashMap<>();
    for (Destination d : state.destinations.values()) {
      if (d.type == Destination.Type.SUPPRESS) {
        continue;
      }
      String output = d.dump();
      if (output.isEmpty()) {
        continue;
      }
      if (d.type == Destination.Type.BUFFER) {
        warnings.add(Diagnostic.warning(path, 0, 0,
            "Destination buffer '" + d.name + "' not empty at end of file, emptying."));
        out.append('\n');
        printBlock(out, "clinic", "dump " + d.name + "\n", output, List.of());
      } else {
        StringBuilder side = new StringBuilder();
        if (publicTarget.isPresent()) {
          output = publicTarget.get().headerPreamble() + "\n" + output;
        }
        printBlock(side, "clinic", "preserve\n", output, state.codegen.includes());
        sideFiles.put(d.filename, side.toString());
        d.declaredAt.ifPresent(at -> namedAt.putIfAbsent(d.filename, at));
      }
    }
    return new AssembledFile(path, out.toString(), ImmutableMap.copyOf(sideFiles),
        ImmutableMap.copyOf(namedAt), ImmutableList.copyOf(warnings));
  }

  /** Returns the checksum of the block's output when it was computed (and matched). */
  private Optional<String> verifyChecksum(String path, Segment.Block block)
      throws DiagnosticException {
    if (options.force() || !block.hasEndMarker()) {
      return Optional.empty();
    }
    String expected = block.endArguments().containsKey("input")
        ? block.endArguments().getOrDefault("output", "")
        : block.endArguments().getOrDefault("checksum", "");
    String computed = Checksums.of(block.output(), expected.length());
    if (!expected.equals(computed)) {
      throw new DiagnosticException(Diagnostic.error(path, block.endMarkerLine(), 0,
          "Checksum mismatch! Expected '" + expected + "', computed '" + computed
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
            throw state.error(d, "Can't have 'preserve' twice in one block!");
          }
          preserve = true;
        } else {
          state.directive(d, output);
        }
      } else if (s instanceof Statement.FunctionDecl fd) {
        if (function != null) {
          throw state.error(fd, "You may specify at most one function per block.");
        }
        Function f = fd.function();
        function = state.binder.bindDeclared(f);
      }
    }
    if (function != null) {
      Map<String, String> parts = new FunctionRenderer(new CTemplates(templates, options.cApi().templateSet()))
          .render(function, state.codegen, state.cpp, state.linePrefix, state.lineSuffix);
      if (publicTarget.isPresent() && !state.runtimeOutsideFiles) {
        // Glue kept out of side files (output preset block / buffer) needs the runtime in front
        // of the first function; side files get it when they are written.
        StringBuilder parser = state.destinationBuffers.get("parser_definition");
        boolean inBuffer = state.destinations.values().stream()
            .anyMatch(dest -> dest.type == Destination.Type.BUFFER && dest.owns(parser));
        if (inBuffer) {
          for (String part : FunctionRenderer.PART_ORDER) {
            StringBuilder b = state.destinationBuffers.get(part);
            if (!parts.getOrDefault(part, "").isEmpty() && state.destinations.values().stream()
                .anyMatch(dest -> dest.type == Destination.Type.BUFFER && dest.owns(b))) {
              b.append(publicTarget.get().headerPreamble()).append('\n');
              break;
            }
          }
          state.runtimeOutsideFiles = true;
        }
      }
      for (Map.Entry<String, String> e : parts.entrySet()) {
        state.destinationBuffers.get(e.getKey()).append(e.getValue());
      }
      output.append(state.destination("block", Optional.empty()).dump());
    }
    if (preserve) {
      if (output.length() > 0) {
        throw new DiagnosticException(Diagnostic.error(state.path, block.stopLine(), 0,
            "'preserve' only works for blocks that don't produce any output!"));
      }
      return block.output();
    }
    return output.toString();
  }

  /** Writes a block with fresh markers, as Argument Clinic prints it. */
  static void printBlock(StringBuilder out, String dslName, String input, String output,
      List<Include> includes) {
    printBlock(out, dslName, input, output, includes, Optional.empty());
  }

  /**
   * As above; {@code outputChecksum} is the checksum of {@code output} when the caller knows it
   * (it is used only when the printed output is exactly {@code output}).
   */
  static void printBlock(StringBuilder out, String dslName, String input, String output,
      List<Include> includes, Optional<String> outputChecksum) {
    out.append("/*[").append(dslName).append(" input]\n");
    out.append(input);
    out.append("[").append(dslName).append(" start generated code]*/\n");
    StringBuilder o = new StringBuilder();
    if (!includes.isEmpty()) {
      o.append('\n');
      Optional<String> current = Optional.empty();
      for (Include inc : includes) {
        if (!inc.condition().equals(current)) {
          if (current.isPresent()) {
            o.append("#endif\n");
          }
          current = inc.condition();
          current.ifPresent(c -> o.append(c).append('\n'));
        }
        String line = current.isPresent()
            ? "#  include \"" + inc.filename() + "\""
            : "#include \"" + inc.filename() + "\"";
        if (!inc.reason().isEmpty()) {
          StringBuilder padded = new StringBuilder(line);
          while (padded.length() < INCLUDE_COMMENT_COLUMN - 1) {
            padded.append(' ');
          }
          line = padded + "// " + inc.reason() + "\n";
        }
        o.append(line);
      }
      if (current.isPresent()) {
        o.append("#endif\n");
      }
    }
    o.append(output);
    if (o.length() > 0 && o.charAt(o.length() - 1) != '\n') {
      o.append('\n');
    }
    out.append(o);
    String checksum = outputChecksum.isPresent() && includes.isEmpty()
        && o.length() == output.length() ? outputChecksum.get() : Checksums.of(o.toString());
    out.append("/*[").append(dslName).append(" end generated code: output=")
        .append(checksum).append(" input=").append(Checksums.of(input))
        .append("]*/\n");
  }

  /** Argument Clinic's per-file state: destinations, where each output part goes, presets. */
  private final class FileState {
    final String path;
    final CodeGen codegen;
    final CppMonitor cpp;
    final Binder binder;
    final Map<String, Destination> destinations = new LinkedHashMap<>();
    /** Part name to the buffer it is appended to. */
    final Map<String, StringBuilder> destinationBuffers = new LinkedHashMap<>();
    final List<Map<String, StringBuilder>> stack = new ArrayList<>();
    final Map<String, Map<String, StringBuilder>> presets = new LinkedHashMap<>();
    String linePrefix = "";
    String lineSuffix = "";
    /** The public runtime was written into a buffer destination (not a side file) already. */
    boolean runtimeOutsideFiles;
    /** The block being assembled. */
    Segment.Block block;

    FileState(String path, boolean limitedCapi) throws DiagnosticException {
      this.path = path;
      this.codegen = new CodeGen(limitedCapi, publicTarget);
      this.cpp = new CppMonitor(path);
      this.binder = new Binder(path, registry.get().renderWith(templates),
          publicTarget.isPresent());
      addDestination("block", "buffer", List.of(), null);
      addDestination("suppress", "suppress", List.of(), null);
      addDestination("buffer", "buffer", List.of(), null);
      addDestination("file", "file", List.of("{dirname}/clinic/{basename}.h"), null);
      String[][] defaults = {
          {"cpp_if", "file"}, {"docstring_prototype", "suppress"},
          {"docstring_definition", "file"}, {"methoddef_define", "file"},
          {"impl_prototype", "file"}, {"parser_prototype", "suppress"},
          {"parser_definition", "file"}, {"cpp_endif", "file"},
          {"methoddef_ifndef", "file", "1"}, {"impl_definition", "block"}};
      for (String[] d : defaults) {
        destinationBuffers.put(d[0], buffer(d[1], d.length > 2 ? Integer.parseInt(d[2]) : 0, null));
      }
      definePresets();
    }

    private void definePresets() throws DiagnosticException {
      // Argument Clinic's presets: "everything" first, then per-part overrides.
      preset("block", "block", new String[][] {{"methoddef_ifndef", "buffer", "1"},
          {"docstring_prototype", "suppress"}, {"parser_prototype", "suppress"},
          {"cpp_if", "suppress"}, {"cpp_endif", "suppress"}});
      preset("original", "block", new String[][] {{"methoddef_ifndef", "buffer", "1"},
          {"docstring_prototype", "suppress"}, {"parser_prototype", "suppress"},
          {"cpp_if", "suppress"}, {"cpp_endif", "suppress"}});
      preset("file", "file", new String[][] {{"methoddef_ifndef", "file", "1"},
          {"docstring_prototype", "suppress"}, {"parser_prototype", "suppress"},
          {"impl_definition", "block"}});
      preset("buffer", "buffer", new String[][] {{"methoddef_ifndef", "buffer", "1"},
          {"impl_definition", "block"}, {"docstring_prototype", "suppress"},
          {"impl_prototype", "suppress"}, {"parser_prototype", "suppress"}});
      preset("partial-buffer", "buffer", new String[][] {{"methoddef_ifndef", "buffer", "1"},
          {"docstring_prototype", "block"}, {"impl_prototype", "suppress"},
          {"methoddef_define", "block"}, {"parser_prototype", "block"},
          {"impl_definition", "block"}});
    }

    private void preset(String name, String everything, String[][] overrides)
        throws DiagnosticException {
      Map<String, StringBuilder> p = new LinkedHashMap<>();
      StringBuilder all = buffer(everything, 0, null);
      for (String part : destinationBuffers.keySet()) {
        p.put(part, all);
      }
      for (String[] o : overrides) {
        p.put(o[0], buffer(o[1], o.length > 2 ? Integer.parseInt(o[2]) : 0, null));
      }
      presets.put(name, p);
    }

    DiagnosticException error(Statement s, String message) {
      return new DiagnosticException(Diagnostic.error(path, s.position().line(),
          s.position().column(), message));
    }

    Destination destination(String name, Optional<Statement> at) throws DiagnosticException {
      Destination d = destinations.get(name);
      if (d == null) {
        throw at.isPresent()
            ? error(at.get(), "Destination does not exist: " + ExprPrinter.reprStr(name))
            : new DiagnosticException(Diagnostic.error(path, 0, 0,
                "Destination does not exist: " + ExprPrinter.reprStr(name)));
      }
      return d;
    }

    StringBuilder buffer(String name, int index, Statement at) throws DiagnosticException {
      return destination(name, Optional.ofNullable(at)).buffer(index);
    }

    void addDestination(String name, String type, List<String> args, Statement at)
        throws DiagnosticException {
      if (destinations.containsKey(name)) {
        throw fail(at, "Destination already exists: " + ExprPrinter.reprStr(name));
      }
      Destination.Type t;
      switch (type) {
        case "buffer" -> t = Destination.Type.BUFFER;
        case "file" -> t = Destination.Type.FILE;
        case "suppress" -> t = Destination.Type.SUPPRESS;
        default -> throw fail(at, "Invalid destination type " + ExprPrinter.reprStr(type) + " for "
            + name + ", must be buffer, file, suppress");
      }
      int extra = t == Destination.Type.FILE ? 1 : 0;
      if (args.size() < extra) {
        throw fail(at, "Not enough arguments for destination " + ExprPrinter.reprStr(name) + " new "
            + ExprPrinter.reprStr(type));
      }
      if (args.size() > extra) {
        throw fail(at, "Too many arguments for destination " + ExprPrinter.reprStr(name) + " new "
            + ExprPrinter.reprStr(type));
      }
      String filename = null;
      if (t == Destination.Type.FILE) {
        Path p = Paths.get(path);
        String dirname = p.getParent() == null ? "." : p.getParent().toString();
        String basename = p.getFileName().toString();
        int dot = path.lastIndexOf('.');
        boolean extOk = dot > path.lastIndexOf('/') + 1;
        Map<String, String> d = new HashMap<>();
        d.put("path", path);
        d.put("dirname", dirname);
        d.put("basename", basename);
        d.put("basename_root", extOk ? path.substring(0, dot) : path);
        d.put("basename_extension", extOk ? path.substring(dot) : "");
        try {
          filename = Text.formatMap(args.get(0), d);
        } catch (IllegalArgumentException e) {
          throw fail(at, "bad destination file name " + ExprPrinter.reprStr(args.get(0)) + ": "
              + e.getMessage());
        }
      }
      destinations.put(name, new Destination(name, t, filename, Optional.ofNullable(at)
          .map(s -> t == Destination.Type.FILE ? fileNamePosition(s, args.get(0)) : s.position())));
    }

    /** Where the file name {@code written} stands on the directive's line, else the directive. */
    private Position fileNamePosition(Statement directive, String written) {
      Position at = directive.position();
      int index = at.line() - block.inputStartLine();
      String[] lines = block.input().split("\n", -1);
      int column = index >= 0 && index < lines.length ? lines[index].indexOf(written) : -1;
      return column < 0 ? at : Position.of(at.line(), column + 1);
    }

    private DiagnosticException fail(Statement at, String message) {
      return at == null ? new DiagnosticException(Diagnostic.error(path, 0, 0, message))
          : error(at, message);
    }

    void directive(Statement.Directive d, StringBuilder blockOutput) throws DiagnosticException {
      List<String> a = d.arguments();
      switch (d.name()) {
        case "output" -> output(d, a);
        case "destination" -> {
          if (a.size() < 2) {
            throw error(d, "destination requires a name and a command");
          }
          switch (a.get(1)) {
            case "new" -> {
              if (a.size() < 3) {
                throw error(d, "destination new requires a type");
              }
              addDestination(a.get(0), a.get(2), a.subList(3, a.size()), d);
            }
            case "clear" -> {
              Destination dest = destination(a.get(0), Optional.of(d));
              if (dest.type != Destination.Type.BUFFER) {
                throw error(d, "Can't clear destination " + ExprPrinter.reprStr(a.get(0))
                    + ": it's not of type 'buffer'");
              }
              dest.clear();
            }
            default -> throw error(d,
                "unknown destination command " + ExprPrinter.reprStr(a.get(1)));
          }
        }
        case "dump" -> {
          if (a.size() != 1) {
            throw error(d, "dump takes exactly one argument");
          }
          blockOutput.append(destination(a.get(0), Optional.of(d)).dump());
        }
        case "printout" -> blockOutput.append(String.join(" ", a)).append('\n');
        case "set" -> {
          if (a.size() != 2) {
            throw error(d, "set takes a name and a value");
          }
          if (!a.get(0).equals("line_prefix") && !a.get(0).equals("line_suffix")) {
            throw error(d, "unknown variable " + ExprPrinter.reprStr(a.get(0)));
          }
          String value;
          try {
            value = Text.formatMap(a.get(1),
                Map.of("block comment start", "/*", "block comment end", "*/"));
          } catch (IllegalArgumentException e) {
            throw error(d, "bad value for " + a.get(0) + ": " + e.getMessage());
          }
          if (a.get(0).equals("line_prefix")) {
            linePrefix = value;
          } else {
            lineSuffix = value;
          }
        }
        default -> throw error(d, "unknown directive " + ExprPrinter.reprStr(d.name()));
      }
    }

    private void output(Statement.Directive d, List<String> a) throws DiagnosticException {
      if (a.isEmpty() || a.size() > 2) {
        throw error(d, "output takes one or two arguments");
      }
      String command = a.get(0);
      String dest = a.size() > 1 ? a.get(1) : "";
      switch (command) {
        case "preset" -> {
          Map<String, StringBuilder> p = presets.get(dest);
          if (p == null) {
            throw error(d, "Unknown preset " + ExprPrinter.reprStr(dest) + "!");
          }
          destinationBuffers.putAll(p);
          return;
        }
        case "push" -> {
          stack.add(new LinkedHashMap<>(destinationBuffers));
          return;
        }
        case "print" -> throw error(d, "'output print' (a debugging aid of Argument Clinic that "
            + "dumps Python objects) is not supported");
        case "pop" -> {
          if (stack.isEmpty()) {
            throw error(d, "Can't 'output pop', stack is empty!");
          }
          destinationBuffers.putAll(stack.remove(stack.size() - 1));
          return;
        }
        default -> {}
      }
      StringBuilder buf = buffer(dest, 0, d);
      if (command.equals("everything")) {
        for (String k : destinationBuffers.keySet()) {
          destinationBuffers.put(k, buf);
        }
        return;
      }
      if (!destinationBuffers.containsKey(command)) {
        List<String> allowed = new ArrayList<>(List.of("preset", "push", "pop", "print", "everything"));
        allowed.addAll(destinationBuffers.keySet());
        StringBuilder m = new StringBuilder("Invalid command or destination name "
            + ExprPrinter.reprStr(command) + ". Must be one of:\n -");
        for (String w : allowed) {
          m.append("\n - ").append(ExprPrinter.reprStr(w));
        }
        throw error(d, m.toString());
      }
      destinationBuffers.put(command, buf);
    }
  }
}
