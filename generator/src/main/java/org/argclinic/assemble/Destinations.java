package org.argclinic.assemble;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.Text;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.Position;
import org.argclinic.model.Statement;
import org.argclinic.scan.Segment;

/**
 * One file's destinations and where each output part goes (Argument Clinic's {@code output}, {@code
 * destination}, {@code dump}, {@code printout} and {@code set} directives): the built-in
 * destinations and presets, the part-to-buffer table with its push/pop stack, the line prefix and
 * suffix.
 */
final class Destinations {
  final String path;
  final Map<String, Destination> destinations = new LinkedHashMap<>();

  /** Part name to the buffer it is appended to. */
  final Map<String, StringBuilder> destinationBuffers = new LinkedHashMap<>();

  final List<Map<String, StringBuilder>> stack = new ArrayList<>();
  final Map<String, Map<String, StringBuilder>> presets = new LinkedHashMap<>();
  String linePrefix = "";
  String lineSuffix = "";

  /** The block being assembled. */
  Segment.Block block;

  Destinations(String path) throws DiagnosticException {
    this.path = path;
    addDestination("block", "buffer", List.of(), null);
    addDestination("suppress", "suppress", List.of(), null);
    addDestination("buffer", "buffer", List.of(), null);
    addDestination("file", "file", List.of("{dirname}/clinic/{basename}.h"), null);
    String[][] defaults = {
      {"cpp_if", "file"}, {"docstring_prototype", "suppress"},
      {"docstring_definition", "file"}, {"methoddef_define", "file"},
      {"impl_prototype", "file"}, {"parser_prototype", "suppress"},
      {"parser_definition", "file"}, {"cpp_endif", "file"},
      {"methoddef_ifndef", "file", "1"}, {"impl_definition", "block"}
    };
    for (String[] d : defaults) {
      destinationBuffers.put(d[0], buffer(d[1], d.length > 2 ? Integer.parseInt(d[2]) : 0, null));
    }
    definePresets();
  }

  private void definePresets() throws DiagnosticException {
    // Argument Clinic's presets: "everything" first, then per-part overrides.
    preset(
        "block",
        "block",
        new String[][] {
          {"methoddef_ifndef", "buffer", "1"},
          {"docstring_prototype", "suppress"},
          {"parser_prototype", "suppress"},
          {"cpp_if", "suppress"},
          {"cpp_endif", "suppress"}
        });
    preset(
        "original",
        "block",
        new String[][] {
          {"methoddef_ifndef", "buffer", "1"},
          {"docstring_prototype", "suppress"},
          {"parser_prototype", "suppress"},
          {"cpp_if", "suppress"},
          {"cpp_endif", "suppress"}
        });
    preset(
        "file",
        "file",
        new String[][] {
          {"methoddef_ifndef", "file", "1"},
          {"docstring_prototype", "suppress"},
          {"parser_prototype", "suppress"},
          {"impl_definition", "block"}
        });
    preset(
        "buffer",
        "buffer",
        new String[][] {
          {"methoddef_ifndef", "buffer", "1"},
          {"impl_definition", "block"},
          {"docstring_prototype", "suppress"},
          {"impl_prototype", "suppress"},
          {"parser_prototype", "suppress"}
        });
    preset(
        "partial-buffer",
        "buffer",
        new String[][] {
          {"methoddef_ifndef", "buffer", "1"},
          {"docstring_prototype", "block"},
          {"impl_prototype", "suppress"},
          {"methoddef_define", "block"},
          {"parser_prototype", "block"},
          {"impl_definition", "block"}
        });
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
    return new DiagnosticException(
        Diagnostic.error(path, s.position().line(), s.position().column(), message));
  }

  Destination destination(String name, Optional<Statement> at) throws DiagnosticException {
    Destination d = destinations.get(name);
    if (d == null) {
      throw at.isPresent()
          ? error(at.get(), "Destination does not exist: " + ExprPrinter.reprStr(name))
          : new DiagnosticException(
              Diagnostic.error(
                  path, 0, 0, "Destination does not exist: " + ExprPrinter.reprStr(name)));
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
      default ->
          throw fail(
              at,
              "Invalid destination type "
                  + ExprPrinter.reprStr(type)
                  + " for "
                  + name
                  + ", must be buffer, file, suppress");
    }
    int extra = t == Destination.Type.FILE ? 1 : 0;
    if (args.size() < extra) {
      throw fail(
          at,
          "Not enough arguments for destination "
              + ExprPrinter.reprStr(name)
              + " new "
              + ExprPrinter.reprStr(type));
    }
    if (args.size() > extra) {
      throw fail(
          at,
          "Too many arguments for destination "
              + ExprPrinter.reprStr(name)
              + " new "
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
        throw fail(
            at,
            "bad destination file name "
                + ExprPrinter.reprStr(args.get(0))
                + ": "
                + e.getMessage());
      }
    }
    destinations.put(
        name,
        new Destination(
            name,
            t,
            filename,
            Optional.ofNullable(at)
                .map(
                    s ->
                        t == Destination.Type.FILE
                            ? fileNamePosition(s, args.get(0))
                            : s.position())));
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
    return at == null
        ? new DiagnosticException(Diagnostic.error(path, 0, 0, message))
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
              throw error(
                  d,
                  "Can't clear destination "
                      + ExprPrinter.reprStr(a.get(0))
                      + ": it's not of type 'buffer'");
            }
            dest.clear();
          }
          default -> throw error(d, "unknown destination command " + ExprPrinter.reprStr(a.get(1)));
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
          value =
              Text.formatMap(
                  a.get(1), Map.of("block comment start", "/*", "block comment end", "*/"));
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
      case "print" ->
          throw error(
              d,
              "'output print' (a debugging aid of Argument Clinic that "
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
      List<String> allowed =
          new ArrayList<>(List.of("preset", "push", "pop", "print", "everything"));
      allowed.addAll(destinationBuffers.keySet());
      StringBuilder m =
          new StringBuilder(
              "Invalid command or destination name "
                  + ExprPrinter.reprStr(command)
                  + ". Must be one of:\n -");
      for (String w : allowed) {
        m.append("\n - ").append(ExprPrinter.reprStr(w));
      }
      throw error(d, m.toString());
    }
    destinationBuffers.put(command, buf);
  }
}
