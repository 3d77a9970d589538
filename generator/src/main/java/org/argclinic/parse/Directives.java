package org.argclinic.parse;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.argclinic.diag.Suggestions;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.Decorator;
import org.argclinic.model.Position;
import org.argclinic.model.Statement;
import org.argclinic.parse.FunctionBuilder.ClinicKind;

/**
 * The directives ({@code module}, {@code class}, {@code output}, ...) and decorators ({@code
 * @classmethod}, ...) that may precede a function line, with Argument Clinic's checks and
 * messages. Arity errors name the directive and show its usage line.
 */
final class Directives {
  private Directives() {}

  /** Decorators that set the function kind; a clone takes these from its own lines. */
  static final Set<String> KIND_DECORATORS =
      Set.of("classmethod", "staticmethod", "getter", "setter");

  /**
   * Decorators that relax the docstring width check (CPython 3.15, gh-137623): they apply to the
   * block they are written in, so a clone takes its own, not those of the function it clones.
   */
  public static final Set<String> WIDTH_DECORATORS =
      Set.of("permit_long_summary", "permit_long_docstring_body");

  /** One directive line: its words after the name, and where they are. */
  record Call(
      String name, List<String> args, List<ShellWords.Word> words, Src line, Position position) {

    /** The source of argument {@code i} (0-based, after the name). */
    Src arg(int i) {
      ShellWords.Word w = words.get(i + 1);
      return line.sub(w.start(), Math.min(line.length(), w.start() + w.text().length()));
    }

    DslError error(String message) {
      return new DslError(position.line(), position.column(), message);
    }

    DslError errorAt(int arg, String message) {
      return arg(arg).error(0, message);
    }
  }

  interface Handler {
    void apply(BlockParser parser, Call call) throws DslError;
  }

  /**
   * What a directive takes, for the arity messages and their usage line.
   *
   * @param required required parameter names
   * @param optional how many of {@code required}'s followers are optional (listed after them)
   */
  private record Signature(List<String> required, List<String> optional, boolean varargs) {

    void check(Call call) throws DslError {
      int given = call.args().size();
      int max = required.size() + optional.size();
      if (given < required.size()) {
        List<String> missing = required.subList(given, required.size());
        throw call.error(
            "'"
                + call.name()
                + "' is missing "
                + missing.size()
                + " argument"
                + (missing.size() == 1 ? "" : "s")
                + ": "
                + pythonList(missing)
                + " (usage: "
                + usage(call.name())
                + ")");
      }
      if (!varargs && given > max) {
        String takes =
            optional.isEmpty() ? String.valueOf(max) : "from " + required.size() + " to " + max;
        throw call.error(
            "'"
                + call.name()
                + "' takes "
                + (max == 0 ? "no" : takes)
                + " argument"
                + (max == 1 && optional.isEmpty() ? "" : "s")
                + " but "
                + given
                + (given == 1 ? " was" : " were")
                + " given (usage: "
                + usage(call.name())
                + ")");
      }
    }

    /** {@code class NAME TYPEDEF TYPE_OBJECT}, {@code output COMMAND_OR_NAME [DESTINATION]}. */
    String usage(String name) {
      StringBuilder b = new StringBuilder(name);
      required.forEach(r -> b.append(' ').append(r.toUpperCase(Locale.ROOT)));
      optional.forEach(o -> b.append(" [").append(o.toUpperCase(Locale.ROOT)).append(']'));
      if (varargs) {
        b.append(" ...");
      }
      return b.toString();
    }
  }

  /** {@code 'a'}, {@code 'a' and 'b'}, {@code 'a', 'b', and 'c'}: Python's wording. */
  static String pythonList(List<String> names) {
    List<String> q = names.stream().map(n -> "'" + n + "'").collect(Collectors.toList());
    if (q.size() == 1) {
      return q.get(0);
    }
    if (q.size() == 2) {
      return q.get(0) + " and " + q.get(1);
    }
    return String.join(", ", q.subList(0, q.size() - 1)) + ", and " + q.get(q.size() - 1);
  }

  private static Signature sig(String... required) {
    return new Signature(List.of(required), List.of(), false);
  }

  private record Entry(Signature signature, Handler handler) {}

  private static final Map<String, Entry> DIRECTIVES =
      Map.ofEntries(
          Map.entry("module", new Entry(sig("name"), Directives::module)),
          Map.entry("class", new Entry(sig("name", "typedef", "type_object"), Directives::clazz)),
          Map.entry("set", new Entry(sig("name", "value"), Directives::set)),
          Map.entry(
              "destination",
              new Entry(
                  new Signature(List.of("name", "command"), List.of(), true),
                  Directives::destination)),
          Map.entry(
              "output",
              new Entry(
                  new Signature(List.of("command_or_name"), List.of("destination"), false),
                  Directives::output)),
          Map.entry("dump", new Entry(sig("name"), Directives::dump)),
          Map.entry(
              "printout",
              new Entry(new Signature(List.of(), List.of(), true), Directives::statement)),
          Map.entry("preserve", new Entry(sig(), Directives::preserve)),
          Map.entry("@classmethod", new Entry(sig(), Directives::classmethod)),
          Map.entry("@staticmethod", new Entry(sig(), Directives::staticmethod)),
          Map.entry(
              "@critical_section",
              new Entry(new Signature(List.of(), List.of(), true), Directives::criticalSection)),
          Map.entry("@getter", new Entry(sig(), Directives::getter)),
          Map.entry("@setter", new Entry(sig(), Directives::setter)),
          Map.entry("@coexist", new Entry(sig(), Directives::coexist)),
          Map.entry("@text_signature", new Entry(sig("text_signature"), Directives::textSignature)),
          Map.entry("@permit_long_summary", new Entry(sig(), Directives::permitLong)),
          Map.entry("@permit_long_docstring_body", new Entry(sig(), Directives::permitLong)),
          Map.entry(
              "@disable",
              new Entry(new Signature(List.of(), List.of(), true), Directives::disable)),
          Map.entry("@vectorcall", new Entry(sig(), Directives::decorator)));

  /**
   * For a function line that is no legal name: if it starts like a misspelt directive or decorator,
   * which one was meant; otherwise an empty string.
   */
  static String misspelt(String line) {
    String word = line.strip().split("\\s+", 2)[0];
    boolean decorator = word.startsWith("@");
    if (!decorator && word.equals(line.strip())) {
      return ""; // one word: a bad function name, not a directive
    }
    List<String> known =
        DIRECTIVES.keySet().stream().filter(n -> n.startsWith("@") == decorator).sorted().toList();
    Optional<String> close = Suggestions.closest(word, known);
    if (close.isEmpty() && !decorator) {
      return "";
    }
    return " ("
        + (decorator ? "no decorator " : "no directive ")
        + ExprPrinter.reprStr(word)
        + close
            .map(c -> "; did you mean '" + c + "'?")
            .orElse("; the decorators are " + String.join(", ", known))
        + ")";
  }

  /** The handler for a first word, with its arity check; null when the word is no directive. */
  static Handler find(String name) {
    Entry e = DIRECTIVES.get(name);
    if (e == null) {
      return null;
    }
    return (parser, call) -> {
      e.signature().check(call);
      e.handler().apply(parser, call);
    };
  }

  private static void module(BlockParser p, Call c) throws DslError {
    String name = c.args().get(0);
    String[] fields = name.split("\\.", -1);
    Scope[] found = p.moduleAndClass(c.arg(0), fields, fields.length - 1);
    if (found[1] != null) {
      throw c.errorAt(0, "Can't nest a module inside a class!");
    }
    Scope parent = found[0] != null ? found[0] : p.file().root;
    if (parent.modules.containsKey(name)) {
      throw c.errorAt(0, "Already defined module " + ExprPrinter.reprStr(name) + "!");
    }
    parent.modules.put(name, new Scope(Scope.Kind.MODULE, name, parent));
    p.addStatement(new Statement.ModuleDecl(name, c.position()));
  }

  private static void clazz(BlockParser p, Call c) throws DslError {
    String fullName = c.args().get(0);
    String[] fields = fullName.split("\\.", -1);
    String name = fields[fields.length - 1];
    Scope[] found = p.moduleAndClass(c.arg(0), fields, fields.length - 1);
    Scope parent = found[1] != null ? found[1] : found[0] != null ? found[0] : p.file().root;
    if (parent.classes.containsKey(name)) {
      throw c.errorAt(0, "Already defined class " + ExprPrinter.reprStr(name) + "!");
    }
    parent.classes.put(name, new Scope(Scope.Kind.CLASS, name, parent));
    p.addStatement(
        new Statement.ClassDecl(fullName, c.args().get(1), c.args().get(2), c.position()));
  }

  private static void statement(BlockParser p, Call c) {
    p.addStatement(new Statement.Directive(c.name(), ImmutableList.copyOf(c.args()), c.position()));
  }

  private static void set(BlockParser p, Call c) throws DslError {
    String name = c.args().get(0);
    if (!name.equals("line_prefix") && !name.equals("line_suffix")) {
      throw c.errorAt(0, "unknown variable " + ExprPrinter.reprStr(name));
    }
    statement(p, c);
  }

  private static void destination(BlockParser p, Call c) throws DslError {
    String name = c.args().get(0);
    String command = c.args().get(1);
    Map<String, String> destinations = p.file().destinations;
    switch (command) {
      case "new" -> {
        List<String> rest = c.args().subList(2, c.args().size());
        if (rest.isEmpty()) {
          throw c.error(
              "'destination "
                  + name
                  + " new' is missing its type (usage: destination NAME new buffer|suppress, or"
                  + " destination NAME new file FILENAME)");
        }
        if (destinations.containsKey(name)) {
          throw c.errorAt(0, "Destination already exists: " + ExprPrinter.reprStr(name));
        }
        String type = rest.get(0);
        if (!Set.of("buffer", "file", "suppress").contains(type)) {
          throw c.errorAt(
              2,
              "Invalid destination type "
                  + ExprPrinter.reprStr(type)
                  + " for "
                  + name
                  + ", must be buffer, file, suppress");
        }
        int extra = type.equals("file") ? 1 : 0;
        if (rest.size() - 1 < extra) {
          throw c.errorAt(
              2,
              "Not enough arguments for destination "
                  + ExprPrinter.reprStr(name)
                  + " new "
                  + ExprPrinter.reprStr(type));
        }
        if (rest.size() - 1 > extra) {
          throw c.errorAt(
              3 + extra,
              "Too many arguments for destination "
                  + ExprPrinter.reprStr(name)
                  + " new "
                  + ExprPrinter.reprStr(type));
        }
        destinations.put(name, type);
      }
      case "clear" -> {
        String type = destinations.get(name);
        if (type == null) {
          throw c.errorAt(0, "Destination does not exist: " + ExprPrinter.reprStr(name));
        }
        if (!type.equals("buffer")) {
          throw c.errorAt(
              0,
              "Can't clear destination "
                  + ExprPrinter.reprStr(name)
                  + ": it's not of type 'buffer'");
        }
      }
      default -> throw c.errorAt(1, "unknown destination command " + ExprPrinter.reprStr(command));
    }
    statement(p, c);
  }

  private static void output(BlockParser p, Call c) throws DslError {
    String command = c.args().get(0);
    String destination = c.args().size() > 1 ? c.args().get(1) : "";
    switch (command) {
      case "preset" -> {
        if (!DslParser.PRESETS.contains(destination)) {
          throw c.errorAt(
              c.args().size() > 1 ? 1 : 0,
              "Unknown preset " + ExprPrinter.reprStr(destination) + "!");
        }
      }
      case "push" -> p.file().outputStack.push(Boolean.TRUE);
      case "pop" -> {
        if (p.file().outputStack.isEmpty()) {
          throw c.errorAt(0, "Can't 'output pop', stack is empty!");
        }
        p.file().outputStack.pop();
      }
      case "print" -> {}
      default -> {
        if (!p.file().destinations.containsKey(destination)) {
          throw c.errorAt(
              c.args().size() > 1 ? 1 : 0,
              "Destination does not exist: " + ExprPrinter.reprStr(destination));
        }
        if (!command.equals("everything") && !DslParser.OUTPUT_FIELDS.contains(command)) {
          List<String> allowed =
              new ArrayList<>(List.of("preset", "push", "pop", "print", "everything"));
          allowed.addAll(DslParser.OUTPUT_FIELDS);
          throw c.errorAt(
              0,
              "Invalid command or destination name "
                  + ExprPrinter.reprStr(command)
                  + ". Must be one of: "
                  + allowed.stream().map(ExprPrinter::reprStr).collect(Collectors.joining(", ")));
        }
      }
    }
    statement(p, c);
  }

  private static void dump(BlockParser p, Call c) throws DslError {
    String name = c.args().get(0);
    if (!p.file().destinations.containsKey(name)) {
      throw c.errorAt(0, "Destination does not exist: " + ExprPrinter.reprStr(name));
    }
    statement(p, c);
  }

  private static void preserve(BlockParser p, Call c) throws DslError {
    if (p.preserve()) {
      throw c.error("Can't have 'preserve' twice in one block!");
    }
    p.setPreserve();
    statement(p, c);
  }

  private static void decorator(BlockParser p, Call c) {
    p.addDecorator(
        new Decorator(c.name().substring(1), ImmutableList.copyOf(c.args()), c.position()));
  }

  private static void classmethod(BlockParser p, Call c) throws DslError {
    if (p.kind() != ClinicKind.CALLABLE) {
      throw c.error("Can't set @classmethod, function is not a normal callable");
    }
    p.setKind(ClinicKind.CLASS_METHOD);
    decorator(p, c);
  }

  private static void staticmethod(BlockParser p, Call c) throws DslError {
    if (p.kind() != ClinicKind.CALLABLE) {
      throw c.error("Can't set @staticmethod, function is not a normal callable");
    }
    p.setKind(ClinicKind.STATIC_METHOD);
    decorator(p, c);
  }

  /** {@code @disable fastcall} (CPython 3.14, gh-132097): the tuple conventions. */
  private static void disable(BlockParser p, Call c) throws DslError {
    if (p.kind() != ClinicKind.CALLABLE) {
      throw c.error("Can't set @disable, function is not a normal callable");
    }
    if (c.args().isEmpty()) {
      throw c.error("@disable expects at least one argument");
    }
    for (int i = 0; i < c.args().size(); i++) {
      if (!c.args().get(i).equals("fastcall")) {
        throw c.errorAt(i, "invalid argument for @disable: " + c.args().get(i));
      }
    }
    decorator(p, c);
  }

  private static void criticalSection(BlockParser p, Call c) throws DslError {
    if (c.args().size() > 2) {
      throw c.errorAt(2, "Up to 2 critical section variables are supported");
    }
    decorator(p, c);
  }

  private static void getter(BlockParser p, Call c) throws DslError {
    switch (p.kind()) {
      case GETTER -> throw c.error("Cannot apply @getter twice to the same function!");
      case SETTER -> throw c.error("Cannot apply both @getter and @setter to the same function!");
      default -> p.setKind(ClinicKind.GETTER);
    }
    decorator(p, c);
  }

  private static void setter(BlockParser p, Call c) throws DslError {
    switch (p.kind()) {
      case SETTER -> throw c.error("Cannot apply @setter twice to the same function!");
      case GETTER -> throw c.error("Cannot apply both @getter and @setter to the same function!");
      default -> p.setKind(ClinicKind.SETTER);
    }
    decorator(p, c);
  }

  private static void coexist(BlockParser p, Call c) throws DslError {
    if (p.coexist()) {
      throw c.error("Called @coexist twice!");
    }
    p.setCoexist();
    decorator(p, c);
  }

  private static void permitLong(BlockParser p, Call c) throws DslError {
    if (p.hasDecorator(c.name().substring(1))) {
      throw c.error("Called " + c.name() + " twice!");
    }
    decorator(p, c);
  }

  private static void textSignature(BlockParser p, Call c) throws DslError {
    if (p.textSignature()) {
      throw c.error("Called @text_signature twice!");
    }
    if (!c.args().get(0).isEmpty()) {
      p.setTextSignature();
    }
    decorator(p, c);
  }
}
