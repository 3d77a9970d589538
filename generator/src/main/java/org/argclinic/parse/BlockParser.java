package org.argclinic.parse;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argclinic.diag.Suggestions;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Decorator;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Position;
import org.argclinic.model.Statement;
import org.argclinic.model.Version;
import org.argclinic.parse.FunctionBuilder.ClinicKind;
import org.argclinic.scan.Segment;

/**
 * Reads one {@code [clinic input]} block, line by line, with one method per state as Argument
 * Clinic's DSL parser has: directives and decorators, the function line, parameters, parameter
 * docstrings, the function docstring.
 */
final class BlockParser {

  /** Where the parameter list is, relative to optional groups and required parameters. */
  enum ParamState {
    /** Nothing seen yet. */
    START,
    /** {@code [} before the required parameters. */
    LEFT_SQUARE_BEFORE,
    /** Inside a group before the required parameters. */
    GROUP_BEFORE,
    /** Required parameters (positional-only or not: a later {@code /} tells). */
    REQUIRED,
    /** Parameters that must have defaults. */
    OPTIONAL,
    /** Inside a group after the required parameters. */
    GROUP_AFTER,
    /** {@code ]} after the required parameters. */
    RIGHT_SQUARE_AFTER
  }

  private enum State {
    DSL_START,
    PARAMETERS_START,
    PARAMETER,
    PARAMETER_DOCSTRING,
    FUNCTION_DOCSTRING
  }

  private static final Pattern FROM_VERSION = Pattern.compile("([*/]) +\\[from +(.+)\\]");

  private final DslParser file;
  private final Segment.Block block;
  private final List<Statement> statements = new ArrayList<>();
  private final IndentStack indent = new IndentStack();

  private State state = State.DSL_START;
  private FunctionBuilder function;
  private ClinicKind kind = ClinicKind.CALLABLE;
  private boolean coexist;
  private boolean textSignature;
  private boolean preserve;
  private final List<Decorator> decorators = new ArrayList<>();
  private boolean varKeywordSeen;
  private boolean keywordOnly;
  private boolean positionalOnly;
  private Optional<Version> deprecatedPositional = Optional.empty();
  private Optional<Version> deprecatedKeyword = Optional.empty();
  private int group;
  private ParamState parameterState = ParamState.START;
  private Src continuation;
  private int parameterDocstringIndent;

  /** Where the innermost open {@code [} is, for a block that ends inside a group. */
  private final List<Position> openGroups = new ArrayList<>();

  BlockParser(DslParser file, Segment.Block block) {
    this.file = file;
    this.block = block;
  }

  ImmutableList<Statement> parse() {
    String[] lines = block.input().split("\n", -1);
    try {
      for (int i = 0; i < lines.length; i++) {
        int lineNumber = block.inputStartLine() + i;
        String line =
            lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
        int tab = line.indexOf('\t');
        if (tab >= 0) {
          throw new DslError(
              lineNumber,
              tab + 1,
              "Tab characters are illegal in the Clinic DSL: " + ExprPrinter.reprStr(line));
        }
        handle(Src.of(line, lineNumber, 1));
      }
      finish(block.inputStartLine() + lines.length - 1);
    } catch (DslError e) {
      file.error(e);
      return ImmutableList.copyOf(statements);
    }
    if (function != null) {
      statements.add(new Statement.FunctionDecl(function.build()));
    }
    return ImmutableList.copyOf(statements);
  }

  private void handle(Src line) throws DslError {
    switch (state) {
      case DSL_START -> dslStart(line);
      case PARAMETERS_START -> parametersStart(line);
      case PARAMETER -> parameter(line);
      case PARAMETER_DOCSTRING -> parameterDocstring(line);
      case FUNCTION_DOCSTRING -> functionDocstring(line);
    }
  }

  private boolean inDocstring() {
    return state == State.PARAMETER_DOCSTRING || state == State.FUNCTION_DOCSTRING;
  }

  /** Comment lines never count; blank lines count only inside docstrings. */
  private boolean validLine(Src line) {
    String s = line.text.stripLeading();
    if (s.startsWith("#")) {
      return false;
    }
    return inDocstring() || !line.text.isBlank();
  }

  private static int indentOf(Src line) {
    return line.length() - line.text.stripLeading().length();
  }

  // --- directives and decorators ---------------------------------------------------------------

  private void dslStart(Src line) throws DslError {
    if (!validLine(line)) {
      return;
    }
    List<ShellWords.Word> words;
    try {
      words = ShellWords.split(line.text);
    } catch (ShellWords.SplitError e) {
      throw line.error(e.offset, e.getMessage());
    }
    String name = words.get(0).text();
    Directives.Handler handler = Directives.find(name);
    if (handler != null) {
      List<String> args = new ArrayList<>();
      for (ShellWords.Word w : words.subList(1, words.size())) {
        args.add(w.text());
      }
      Position position = Position.of(line.line(0), line.column(words.get(0).start()));
      handler.apply(this, new Directives.Call(name, args, words, line, position));
      return;
    }
    state = State.PARAMETERS_START;
    functionLine(line);
  }

  // Used by Directives: the state a directive or decorator changes.

  DslParser file() {
    return file;
  }

  void addStatement(Statement s) {
    statements.add(s);
  }

  void addDecorator(Decorator d) {
    decorators.add(d);
  }

  boolean hasDecorator(String name) {
    return decorators.stream().anyMatch(d -> d.name().equals(name));
  }

  ClinicKind kind() {
    return kind;
  }

  void setKind(ClinicKind k) {
    kind = k;
  }

  boolean coexist() {
    return coexist;
  }

  void setCoexist() {
    coexist = true;
  }

  boolean textSignature() {
    return textSignature;
  }

  void setTextSignature() {
    textSignature = true;
  }

  boolean preserve() {
    return preserve;
  }

  void setPreserve() {
    preserve = true;
  }

  // --- the function line ------------------------------------------------------------------------

  private void functionLine(Src line) throws DslError {
    indent.infer(line);
    int equals = line.text.lastIndexOf('=');
    if (equals >= 0) {
      Src existing = line.sub(equals + 1).strip();
      if (Names.isLegalPyIdentifier(existing.text)) {
        if (textSignature) {
          throw line.error(indentOf(line), "Cannot use @text_signature when cloning a function");
        }
        FunctionNames names = functionNames(line.sub(0, equals));
        cloneFunction(line, names, existing);
        return;
      }
    }
    int arrow = line.text.indexOf("->");
    Src declaration = arrow >= 0 ? line.sub(0, arrow) : line;
    Src returns = arrow >= 0 ? line.sub(arrow + 2).strip() : line.sub(line.length());
    FunctionNames names = functionNames(declaration);
    ConverterRef returnConverter = returnConverter(names.fullName, returns);

    FunctionBuilder f = new FunctionBuilder();
    f.fullName = names.fullName;
    f.cName = names.cName;
    f.name = names.shortName;
    f.module = names.module;
    f.cls = names.cls;
    f.kind = kind;
    f.coexist = coexist;
    f.returnConverter = returnConverter;
    f.decorators = new ArrayList<>(decorators);
    f.position = Position.of(line.line(indentOf(line)), line.column(indentOf(line)));
    ParamBuilder self = new ParamBuilder();
    self.implicit = true;
    self.name = implicitSelfName(f);
    self.kind = ParameterKind.POSITIONAL_ONLY;
    self.converter = ConverterRef.simple("self", f.position);
    self.position = f.position;
    f.parameters.add(self);
    register(f);
  }

  private void register(FunctionBuilder f) {
    function = f;
    (f.cls != null ? f.cls : f.module != null ? f.module : file.root).functions.add(f);
  }

  /** The name Clinic gives the automatic first parameter. */
  private static String implicitSelfName(FunctionBuilder f) {
    return switch (f.kind) {
      case CALLABLE, METHOD_INIT, GETTER, SETTER -> f.cls != null ? "self" : "module";
      case STATIC_METHOD -> "null";
      case CLASS_METHOD, METHOD_NEW -> "type";
    };
  }

  /** The parsed left part of a function line. */
  private record FunctionNames(
      String fullName, String shortName, String cName, Scope module, Scope cls) {}

  private FunctionNames functionNames(Src text) throws DslError {
    int as = text.text.indexOf(" as ");
    Src left = as >= 0 ? text.sub(0, as) : text;
    Src fullName = left.strip();
    String cName = as >= 0 ? text.sub(as + 4).strip().text : "";
    int at = fullName.length() == 0 ? indentOf(text) : 0;
    if (as >= 0 && cName.isEmpty()) {
      throw text.error(as + 1, "No C basename provided after 'as' keyword");
    }
    if (cName.isEmpty()) {
      List<String> fields = new ArrayList<>(List.of(fullName.text.split("\\.", -1)));
      if (fields.get(fields.size() - 1).equals("__new__")) {
        fields.remove(fields.size() - 1);
      }
      cName = String.join("_", fields);
    }
    if (!Names.isLegalPyIdentifier(fullName.text)) {
      throw fullName.error(
          at,
          "Illegal function name: "
              + ExprPrinter.reprStr(fullName.text)
              + Directives.misspelt(fullName.text));
    }
    if (!Names.isLegalCIdentifier(cName)) {
      throw text.error(
          as >= 0 ? as + 4 + indentOf(text.sub(as + 4)) : indentOf(text),
          "Illegal C basename: " + ExprPrinter.reprStr(cName));
    }
    return normalizeKind(fullName, cName);
  }

  /** Finds the module and class of a function and applies the rules of special methods. */
  private FunctionNames normalizeKind(Src fullName, String cName) throws DslError {
    String[] fields = fullName.text.split("\\.", -1);
    String name = fields[fields.length - 1];
    Scope[] found = moduleAndClass(fullName, fields, fields.length - 1);
    Scope cls = found[1];
    if (Names.UNSUPPORTED_SPECIAL_METHODS.contains(name)) {
      throw fullName.error(
          fullName.length() - name.length(),
          ExprPrinter.reprStr(name)
              + " is a special method and cannot be converted to Argument Clinic!");
    }
    if (name.equals("__init__") && (kind != ClinicKind.CALLABLE || cls == null)) {
      throw fullName.error(
          fullName.length() - name.length(),
          "'__init__' must be a normal method"
              + (cls == null
                  ? " of a class"
                  : "; got "
                      + switch (kind) {
                        case CLASS_METHOD -> "a @classmethod";
                        case STATIC_METHOD -> "a @staticmethod";
                        case GETTER -> "a @getter";
                        case SETTER -> "a @setter";
                        default -> kind.name().toLowerCase(Locale.ROOT);
                      })
              + "!");
    }
    if (name.equals("__new__") && (kind != ClinicKind.CLASS_METHOD || cls == null)) {
      throw fullName.error(fullName.length() - name.length(), "'__new__' must be a class method!");
    }
    if ((kind == ClinicKind.GETTER || kind == ClinicKind.SETTER) && cls == null) {
      throw fullName.error(0, "@getter and @setter must be methods");
    }
    if (name.equals("__new__")) {
      kind = ClinicKind.METHOD_NEW;
    } else if (name.equals("__init__")) {
      kind = ClinicKind.METHOD_INIT;
    }
    return new FunctionNames(fullName.text, name, cName, found[0], cls);
  }

  /**
   * Walks the first {@code count} fields of a dotted name through declared modules and classes.
   *
   * @return {module (null for the file), class (null if none)}
   */
  Scope[] moduleAndClass(Src text, String[] fields, int count) throws DslError {
    Scope parent = file.root;
    Scope module = null;
    Scope cls = null;
    int offset = 0;
    for (int i = 0; i < count; i++) {
      String field = fields[i];
      if (!parent.isClass() && parent.modules.containsKey(field)) {
        parent = module = parent.modules.get(field);
      } else if (parent.classes.containsKey(field)) {
        parent = cls = parent.classes.get(field);
      } else {
        String rest = String.join(".", List.of(fields).subList(i, count));
        throw text.error(
            offset,
            "Parent class or module "
                + ExprPrinter.reprStr(rest)
                + " does not exist."
                + missingParentHint(parent, fields, i));
      }
      offset += field.length() + 1;
    }
    return new Scope[] {module, cls};
  }

  /**
   * What to do about {@code fields[i]}, which {@code parent} does not hold: the closest name it
   * does hold, and the line that declares it (a module at the top, a class inside a module).
   */
  private static String missingParentHint(Scope parent, String[] fields, int i) {
    List<String> known = new ArrayList<>(parent.classes.keySet());
    if (!parent.isClass()) {
      known.addAll(parent.modules.keySet());
    }
    Optional<String> close = Suggestions.closest(fields[i], known);
    String declared = String.join(".", List.of(fields).subList(0, i + 1));
    String declare =
        i == 0
            ? "'module " + declared + "'"
            : "'class "
                + declared
                + " \""
                + fields[i]
                + "Object *\" \"&"
                + fields[i]
                + "_Type\"'"
                + " (the C type of self, then the type object)";
    return close.map(c -> " Did you mean '" + c + "'? Otherwise d").orElse(" D")
        + "eclare it before its functions: "
        + declare
        + ".";
  }

  private ConverterRef returnConverter(String fullName, Src returns) throws DslError {
    if (returns.length() > 0) {
      if (kind == ClinicKind.GETTER || kind == ClinicKind.SETTER) {
        throw returns.error(
            0, "@" + kind.name().toLowerCase() + " method cannot define a return" + " type");
      }
      if (kind == ClinicKind.METHOD_INIT) {
        throw returns.error(0, "__init__ methods cannot define a return type");
      }
      String badlyFormed =
          "Badly formed annotation for "
              + ExprPrinter.reprStr(fullName)
              + ": "
              + ExprPrinter.reprStr(returns.text);
      ConverterRef ref = Converters.parseAnnotation(returns, badlyFormed);
      if (ref.legacy()) {
        throw returns.error(
            0,
            "Legacy converter "
                + ExprPrinter.reprStr(ref.name())
                + " not allowed as a return converter");
      }
      return ref;
    }
    return ConverterRef.simple("object", Position.of(returns.line(0), returns.column(0)));
  }

  private void cloneFunction(Src line, FunctionNames names, Src existingName) throws DslError {
    String[] fields = existingName.text.split("\\.", -1);
    for (int i = 0; i < fields.length; i++) {
      fields[i] = fields[i].strip();
    }
    String wanted = fields[fields.length - 1];
    Scope[] found = moduleAndClass(existingName, fields, fields.length - 1);
    Scope parent = found[1] != null ? found[1] : found[0] != null ? found[0] : file.root;
    FunctionBuilder existing =
        parent.functions.stream()
            .filter(f -> f.name.equals(wanted))
            .findFirst()
            .orElseThrow(
                () ->
                    existingName.error(
                        0,
                        "Couldn't find existing function "
                            + ExprPrinter.reprStr(existingName.text)
                            + "!"));
    FunctionBuilder f = existing.copy();
    f.name = names.shortName;
    f.fullName = names.fullName;
    f.module = names.module;
    f.cls = names.cls;
    f.cName = names.cName;
    f.docstring = "";
    f.clonedFrom = Optional.of(existing.fullName);
    f.position = Position.of(line.line(indentOf(line)), line.column(indentOf(line)));
    if (!(existing.kind == kind && existing.coexist == coexist)) {
      if (!existing.kind.newOrInit()) {
        throw line.error(
            indentOf(line),
            "'kind' of function and cloned function don't match!"
                + " (@classmethod/@staticmethod/@coexist)");
      }
      f.kind = kind;
      f.returnConverter = ConverterRef.simple("object", f.position);
    }
    // The clone keeps what Clinic copies (coexist, critical section, text signature) and takes
    // its kind and docstring-width decorators from its own lines.
    List<Decorator> merged = new ArrayList<>();
    for (Decorator d : decorators) {
      if (Directives.KIND_DECORATORS.contains(d.name())
          || Directives.WIDTH_DECORATORS.contains(d.name())) {
        merged.add(d);
      }
    }
    for (Decorator d : existing.decorators) {
      if (!Directives.KIND_DECORATORS.contains(d.name())
          && !Directives.WIDTH_DECORATORS.contains(d.name())) {
        merged.add(d);
      }
    }
    f.decorators = merged;
    register(f);
    state = State.FUNCTION_DOCSTRING;
  }

  // --- parameters -------------------------------------------------------------------------------

  private void parametersStart(Src line) throws DslError {
    if (!validLine(line)) {
      return;
    }
    if (indent.infer(line) == 0) {
      state = State.FUNCTION_DOCSTRING;
      functionDocstring(line);
      return;
    }
    if (function.kind == ClinicKind.GETTER || function.kind == ClinicKind.SETTER) {
      throw line.error(
          indentOf(line),
          "@" + function.kind.name().toLowerCase() + " methods cannot define parameters");
    }
    continuation = null;
    state = State.PARAMETER;
    parameter(line);
  }

  private void toRequired() {
    if (parameterState != ParamState.REQUIRED) {
      parameterState = ParamState.REQUIRED;
      for (ParamBuilder p : function.parameters) {
        p.group = -p.group;
      }
    }
  }

  private void parameter(Src line) throws DslError {
    if (!validLine(line)) {
      return;
    }
    if (continuation != null) {
      line = continuation.append(" ").concat(line.stripLeading());
      continuation = null;
    }
    int change = indent.infer(line);
    if (change == -1) {
      state = State.FUNCTION_DOCSTRING;
      functionDocstring(line);
      return;
    }
    if (change == 1) {
      parameterDocstringIndent = indent.margin();
      state = State.PARAMETER_DOCSTRING;
      parameterDocstring(line);
      return;
    }
    line = line.stripTrailing();
    if (line.text.endsWith("\\")) {
      continuation = line.sub(0, line.length() - 1);
      return;
    }
    line = line.stripLeading();
    Optional<Version> version = Optional.empty();
    Matcher m = FROM_VERSION.matcher(line.text);
    Src marker = line;
    if (m.matches()) {
      version = Optional.of(parseVersion(line.sub(m.start(2), m.end(2))));
      marker = line.sub(0, 1);
    }
    if (varKeywordSeen) {
      // **kwds ends the parameters, as in a Python signature
      throw line.error(0, "Encountered parameter line when not expecting parameters: " + line.text);
    }
    switch (marker.text) {
      case "*" -> star(marker, version);
      case "[" -> openGroup(marker);
      case "]" -> closeGroup(marker);
      case "/" -> slash(marker, version);
      default -> new ParameterLine(this, function, line).parse();
    }
  }

  private String quotedName() {
    return ExprPrinter.reprStr(function.name);
  }

  private Version parseVersion(Src text) throws DslError {
    Optional<Version> v = Version.parse(text.text);
    if (v.isPresent()) {
      return v.get();
    }
    throw text.error(
        0,
        "Function "
            + quotedName()
            + ": expected format '[from major.minor]'"
            + " where 'major' and 'minor' are integers; got "
            + ExprPrinter.reprStr(text.text));
  }

  private void star(Src marker, Optional<Version> version) throws DslError {
    if (version.isEmpty()) {
      checkPreviousStar(marker);
      checkRemainingStar(marker);
      keywordOnly = true;
    } else {
      Version v = version.get();
      if (keywordOnly) {
        throw marker.error(0, "Function " + quotedName() + ": '* [from ...]' must precede '*'");
      }
      if (deprecatedPositional.isPresent()) {
        Version previous = deprecatedPositional.get();
        if (previous.equals(v)) {
          throw marker.error(
              0, "Function " + quotedName() + " uses '* [from " + v + "]' more than once.");
        }
        if (previous.compareTo(v) < 0) {
          throw marker.error(
              0,
              "Function "
                  + quotedName()
                  + ": '* [from "
                  + v
                  + "]' must precede '* [from "
                  + previous
                  + "]'");
        }
      }
    }
    deprecatedPositional = version;
    function.starPosition = Position.of(marker.line(0), marker.column(0));
  }

  void checkPreviousStar(Src at) throws DslError {
    if (keywordOnly) {
      throw at.error(0, "Function " + quotedName() + " uses '*' more than once.");
    }
  }

  void checkRemainingStar(Src at) throws DslError {
    checkRemainingStar(at.line(0), at.column(0));
  }

  private void checkRemainingStar(int line, int column) throws DslError {
    String symbol;
    if (keywordOnly) {
      symbol = "*";
    } else if (deprecatedPositional.isPresent()) {
      symbol = "* [from ...]";
    } else {
      return;
    }
    ParamBuilder last = function.last();
    if (last.kind == ParameterKind.VAR_KEYWORD && function.parameters.size() > 1) {
      // **kwds closes the list: what must follow '*' comes before it
      last = function.parameters.get(function.parameters.size() - 2);
    }
    if (keywordOnly) {
      if (last.kind == ParameterKind.KEYWORD_ONLY || last.kind == ParameterKind.VAR_POSITIONAL) {
        return;
      }
    } else if (last.deprecatedPositional.equals(deprecatedPositional)) {
      return;
    }
    throw new DslError(
        line,
        column,
        "Function "
            + quotedName()
            + " specifies "
            + ExprPrinter.reprStr(symbol)
            + " without following parameters.");
  }

  private DslError groupError(Src at, String suffix) {
    return at.error(
        0,
        "Function "
            + quotedName()
            + " has an unsupported group configuration."
            + " (Unexpected state "
            + parameterState.ordinal()
            + "."
            + suffix
            + ")");
  }

  private void openGroup(Src marker) throws DslError {
    switch (parameterState) {
      case START, LEFT_SQUARE_BEFORE -> parameterState = ParamState.LEFT_SQUARE_BEFORE;
      case REQUIRED, GROUP_AFTER -> parameterState = ParamState.GROUP_AFTER;
      default -> throw groupError(marker, "b");
    }
    group++;
    openGroups.add(Position.of(marker.line(0), marker.column(0)));
  }

  private void closeGroup(Src marker) throws DslError {
    if (group == 0) {
      throw marker.error(0, "Function " + quotedName() + " has a ']' without a matching '['.");
    }
    boolean any = function.parameters.stream().anyMatch(p -> p.group == group);
    if (!any) {
      throw marker.error(
          0,
          "Function "
              + quotedName()
              + " has an empty group. All groups must"
              + " contain at least one parameter.");
    }
    group--;
    openGroups.remove(openGroups.size() - 1);
    switch (parameterState) {
      case LEFT_SQUARE_BEFORE, GROUP_BEFORE -> parameterState = ParamState.GROUP_BEFORE;
      case GROUP_AFTER, RIGHT_SQUARE_AFTER -> parameterState = ParamState.RIGHT_SQUARE_AFTER;
      default -> throw groupError(marker, "c");
    }
  }

  private void slash(Src marker, Optional<Version> version) throws DslError {
    String fn = "Function " + quotedName();
    if (version.isEmpty()) {
      if (deprecatedKeyword.isPresent()) {
        throw marker.error(0, fn + ": '/' must precede '/ [from ...]'");
      }
      if (deprecatedPositional.isPresent()) {
        throw marker.error(0, fn + ": '/' must precede '* [from ...]'");
      }
      if (keywordOnly) {
        throw marker.error(0, fn + ": '/' must precede '*'");
      }
      if (positionalOnly) {
        throw marker.error(0, fn + " uses '/' more than once.");
      }
    } else {
      Version v = version.get();
      if (deprecatedKeyword.isPresent()) {
        Version previous = deprecatedKeyword.get();
        if (previous.equals(v)) {
          throw marker.error(0, fn + " uses '/ [from " + v + "]' more than once.");
        }
        if (previous.compareTo(v) > 0) {
          throw marker.error(
              0, fn + ": '/ [from " + v + "]' must precede '/ [from " + previous + "]'");
        }
      }
      if (deprecatedPositional.isPresent()) {
        throw marker.error(0, fn + ": '/ [from ...]' must precede '* [from ...]'");
      }
      if (keywordOnly) {
        throw marker.error(0, fn + ": '/ [from ...]' must precede '*'");
      }
    }
    positionalOnly = true;
    deprecatedKeyword = version;
    if (version.isPresent() && function.last().kind != ParameterKind.POSITIONAL_OR_KEYWORD) {
      throw marker.error(0, fn + " specifies '/ [from ...]' without preceding parameters.");
    }
    boolean allowed =
        parameterState == ParamState.REQUIRED
            || parameterState == ParamState.OPTIONAL
            || parameterState == ParamState.RIGHT_SQUARE_AFTER
            || parameterState == ParamState.GROUP_BEFORE;
    if (!allowed || group != 0) {
      throw groupError(marker, "d");
    }
    for (ParamBuilder p : function.parameters) {
      if (p.kind == ParameterKind.POSITIONAL_OR_KEYWORD) {
        if (version.isEmpty()) {
          p.kind = ParameterKind.POSITIONAL_ONLY;
        } else if (p.deprecatedKeyword.isEmpty()) {
          p.deprecatedKeyword = version;
        }
      }
    }
  }

  // Used by ParameterLine.

  /** A {@code **kwds} line was read: no parameter may follow. */
  void setVarKeywordSeen() {
    varKeywordSeen = true;
  }

  ParamState parameterState() {
    return parameterState;
  }

  void setParameterState(ParamState s) {
    parameterState = s;
  }

  void enterParameter(Src at) throws DslError {
    switch (parameterState) {
      case START, REQUIRED -> toRequired();
      case LEFT_SQUARE_BEFORE -> parameterState = ParamState.GROUP_BEFORE;
      case GROUP_BEFORE -> {
        if (group == 0) {
          toRequired();
        }
      }
      case GROUP_AFTER, OPTIONAL -> {}
      default ->
          throw at.error(
              0,
              "Function "
                  + function.name
                  + " has an unsupported group"
                  + " configuration. (Unexpected state "
                  + parameterState.ordinal()
                  + ".a)");
    }
  }

  int group() {
    return group;
  }

  boolean keywordOnly() {
    return keywordOnly;
  }

  void setKeywordOnly() {
    keywordOnly = true;
  }

  Optional<Version> deprecatedPositional() {
    return deprecatedPositional;
  }

  // --- docstrings -------------------------------------------------------------------------------

  private void parameterDocstring(Src line) throws DslError {
    if (!validLine(line)) {
      return;
    }
    if (indent.measure(line.text) < parameterDocstringIndent) {
      indent.infer(line);
      if (indent.depth() == 2) {
        state = State.PARAMETER;
        parameter(line);
      } else {
        state = State.FUNCTION_DOCSTRING;
        functionDocstring(line);
      }
      return;
    }
    ParamBuilder last = function.last();
    last.docstring = appendDocstring(last.docstring, line);
  }

  private void functionDocstring(Src line) throws DslError {
    if (group != 0) {
      throw line.error(
          indentOf(line), "Function " + quotedName() + " has a ']' without a matching '['.");
    }
    if (!validLine(line)) {
      return;
    }
    boolean wasEmpty = function.docstring.isEmpty();
    function.docstring = appendDocstring(function.docstring, line);
    if (!(wasEmpty && function.docstring.isEmpty())) {
      docstringLines.add(Position.of(line.line(0), line.column(indentOf(line))));
    }
  }

  private String appendDocstring(String docstring, Src line) throws DslError {
    StringBuilder offending = new StringBuilder();
    int first = -1;
    for (int i = 0; i < line.length(); i += Character.charCount(line.text.codePointAt(i))) {
      int c = line.text.codePointAt(i);
      if (c > 0x7f) {
        if (first < 0) {
          first = i;
        }
        offending
            .append(offending.length() == 0 ? "" : ", ")
            .append(ExprPrinter.reprStr(Character.toString(c)));
      }
    }
    if (first >= 0) {
      file.warning(
          line.line(first),
          line.column(first),
          "Non-ascii characters are not allowed in docstrings: " + offending);
    }
    StringBuilder out = new StringBuilder(docstring);
    if (!docstring.isEmpty()) {
      out.append('\n');
    }
    String stripped = line.text.stripTrailing();
    if (!stripped.isEmpty()) {
      out.append(indent.dedent(stripped, line));
    }
    return out.toString();
  }

  // --- end of block -----------------------------------------------------------------------------

  private void finish(int lastLine) throws DslError {
    if (function == null) {
      return;
    }
    if (continuation != null) {
      throw continuation.error(
          continuation.length(),
          "Line continuation at the end of the block: the parameter line is incomplete");
    }
    if (group != 0) {
      Position open = openGroups.get(openGroups.size() - 1);
      throw new DslError(
          open.line(),
          open.column(),
          "Function " + quotedName() + " has a '[' without a matching ']'.");
    }
    if (keywordOnly || deprecatedPositional.isPresent()) {
      Position star =
          function.starPosition != null ? function.starPosition : Position.of(lastLine, 1);
      checkRemainingStar(star.line(), star.column());
    }
    checkDocstring();
    checkRenderable();
  }

  /**
   * Rules Clinic applies only when it renders the function, but which need no converter knowledge,
   * so the parser reports them.
   */
  private void checkRenderable() throws DslError {
    FunctionBuilder f = function;
    if (f.kind == ClinicKind.SETTER && !f.docstring.isEmpty()) {
      Position at = docstringLinePosition(0);
      throw new DslError(
          at.line(), at.column(), "docstrings are only supported for @getter, not @setter");
    }
    List<ParamBuilder> selfless = f.parameters.subList(1, f.parameters.size());
    boolean positional =
        !selfless.isEmpty()
            && selfless.get(selfless.size() - 1).kind == ParameterKind.POSITIONAL_ONLY;
    for (ParamBuilder p : selfless) {
      if (p.group != 0 && !positional) {
        throw new DslError(
            p.position.line(),
            p.position.column(),
            "You cannot use optional"
                + " groups ('[' and ']') unless all parameters are positional-only ('/').");
      }
    }
  }

  /** Clinic's rules for the function docstring: a summary line, at most one {parameters}. */
  private void checkDocstring() throws DslError {
    FunctionBuilder f = function;
    if (f.docstring.isEmpty()
        && (f.kind.newOrInit() || f.kind == ClinicKind.GETTER || f.kind == ClinicKind.SETTER)) {
      return;
    }
    String[] lines = f.docstring.split("\n", -1);
    if (lines.length >= 2 && !lines[1].isEmpty()) {
      Position at = docstringLinePosition(1);
      throw new DslError(
          at.line(),
          at.column(),
          "Docstring for "
              + ExprPrinter.reprStr(f.fullName)
              + " does not have a summary line! Every non-blank"
              + " function docstring must start with a single line summary followed by an empty"
              + " line.");
    }
    int first = f.docstring.indexOf("{parameters}");
    if (first >= 0 && f.docstring.indexOf("{parameters}", first + 1) >= 0) {
      Position at =
          docstringLinePosition(
              f.docstring
                      .substring(0, f.docstring.indexOf("{parameters}", first + 1))
                      .split("\n", -1)
                      .length
                  - 1);
      throw new DslError(
          at.line(),
          at.column(),
          "You may not specify {parameters} more than once in a docstring!");
    }
  }

  /** Where the n-th (0-based) line of the function docstring is in the file. */
  private Position docstringLinePosition(int n) {
    if (n < docstringLines.size()) {
      return docstringLines.get(n);
    }
    return function.position;
  }

  private final List<Position> docstringLines = new ArrayList<>();
}
