package org.argclinic.emit.pyi;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.argclinic.bind.BoundParameter;
import org.argclinic.bind.CFunction;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.c.Docstrings;
import org.argclinic.expr.ExprException;
import org.argclinic.expr.ExprParser;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Expr;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Statement;
import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.PyValue;
import org.argclinic.resolve.PythonTypes;

/**
 * One module's stub view from its bound functions and class directives: parameters as in {@code
 * __text_signature__} (names, {@code /} and {@code *}, literal defaults, others {@code ...}), types
 * from the converters, optional groups as overloads, getters and setters as properties, docstrings
 * as the functions have them at run time.
 */
final class StubBuilder {
  /** Longer defs get one parameter per line. */
  private static final int LINE_LENGTH = 100;

  /**
   * What special methods return whatever their declaration says: Python requires it, and type
   * checkers hold overrides of {@code object}'s to it.
   */
  private static final Map<String, String> DUNDER_RETURNS =
      Map.ofEntries(
          Map.entry("__sizeof__", "int"),
          Map.entry("__hash__", "int"),
          Map.entry("__len__", "int"),
          Map.entry("__index__", "int"),
          Map.entry("__int__", "int"),
          Map.entry("__float__", "float"),
          Map.entry("__complex__", "complex"),
          Map.entry("__bool__", "bool"),
          Map.entry("__bytes__", "bytes"),
          Map.entry("__repr__", "str"),
          Map.entry("__str__", "str"),
          Map.entry("__format__", "str"),
          Map.entry("__reduce__", "str | tuple[typing.Any, ...]"),
          Map.entry("__reduce_ex__", "str | tuple[typing.Any, ...]"),
          Map.entry("__copy__", "typing_extensions.Self"),
          Map.entry("__deepcopy__", "typing_extensions.Self"),
          Map.entry("__setstate__", "None"),
          Map.entry("__init_subclass__", "None"),
          Map.entry("__class_getitem__", "types.GenericAlias"),
          Map.entry("__dir__", "collections.abc.Iterable[str]"));

  /** A function with its converters, and the file that declared it (for diagnostics). */
  record Bound(CFunction function, String path) {}

  /** A class of the module: its directive, if one was read, and whether it may be subclassed. */
  record ClassInfo(Optional<Statement.ClassDecl> decl, Optional<Boolean> subclassable) {}

  private final String module;
  private final PyiImports imports;

  /** Class path inside the module ({@code Counter}) by the identifier its type object ends in. */
  private final Map<String, String> classesByTypeObject = new LinkedHashMap<>();

  private final List<Diagnostic> warnings = new ArrayList<>();

  private StubBuilder(String module, PyiImports imports) {
    this.module = module;
    this.imports = imports;
  }

  /**
   * The view of module {@code module}.
   *
   * @param classes the module's classes by their path inside it ({@code Counter}, {@code
   *     Outer.Inner}), in declaration order
   * @param functions every function of the module and its classes, in declaration order
   * @param warnings receives a warning per parameter whose type is unknown
   */
  static PyiModuleView build(
      String module,
      ImmutableList<String> header,
      Map<String, ClassInfo> classes,
      List<Bound> functions,
      List<Diagnostic> warnings)
      throws DiagnosticException {
    TreeSet<String> functionNames = new TreeSet<>();
    functions.stream()
        .filter(b -> b.function().function().className().isEmpty())
        .forEach(b -> functionNames.add(b.function().name()));
    // A class named like a module function (select.poll) is not the module's attribute at run
    // time: it is only a type, under a private name.
    UnaryOperator<String> rename =
        path -> {
          String first = path.split("\\.")[0];
          return functionNames.contains(first) ? "_" + path : path;
        };
    Map<String, ClassInfo> renamed = new LinkedHashMap<>();
    classes.forEach((path, info) -> renamed.put(rename.apply(path), info));
    TreeSet<String> defined = new TreeSet<>(functionNames);
    renamed.keySet().forEach(c -> defined.add(c.split("\\.")[0]));
    StubBuilder b = new StubBuilder(module, new PyiImports(module, defined));
    renamed.forEach(
        (path, info) ->
            info.decl()
                .ifPresent(
                    d ->
                        b.classesByTypeObject.put(
                            PythonTypes.typeObjectName(d.typeObject()), path)));
    Set<String> typeOnly = new HashSet<>();
    classes
        .keySet()
        .forEach(
            c -> {
              if (!rename.apply(c).equals(c) && !c.contains(".")) {
                typeOnly.add(rename.apply(c));
              }
            });
    List<Diagnostic> errors = new ArrayList<>();
    ImmutableList.Builder<PyiModuleView.Def> defs = ImmutableList.builder();
    Map<String, List<PyiModuleView.Def>> members = new LinkedHashMap<>();
    Map<String, ImmutableList<String>> classDocs = new LinkedHashMap<>();
    renamed.keySet().forEach(c -> members.put(c, new ArrayList<>()));
    // A function declared twice (variants under #if) is stubbed as first declared.
    Set<String> seen = new HashSet<>();
    for (Bound f : b.withPropertiesPaired(functions)) {
      if (!seen.add(f.function().fullName() + " " + f.function().kind())) {
        continue;
      }
      try {
        Optional<String> cls = f.function().function().className().map(rename);
        List<PyiModuleView.Def> made = b.defs(f);
        if (cls.isEmpty()) {
          defs.addAll(made);
          continue;
        }
        members.computeIfAbsent(cls.get(), k -> new ArrayList<>()).addAll(made);
        if (f.function().kind().newOrInit() && !classDocs.containsKey(cls.get())) {
          ImmutableList<String> doc = docstring(f.function());
          if (!doc.isEmpty()) {
            classDocs.put(cls.get(), doc);
          }
        }
      } catch (DiagnosticException e) {
        errors.addAll(e.diagnostics());
      }
    }
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
    ImmutableList<PyiModuleView.Cls> tree = b.classTree("", members, renamed, classDocs, typeOnly);
    warnings.addAll(b.warnings);
    return new PyiModuleView(header, b.imports.lines(), tree, defs.build());
  }

  /** Functions in order, except that a setter follows the getter of the same property. */
  private List<Bound> withPropertiesPaired(List<Bound> functions) {
    List<Bound> out = new ArrayList<>();
    Map<String, Integer> getters = new LinkedHashMap<>();
    List<Bound> setters = new ArrayList<>();
    for (Bound f : functions) {
      if (f.function().kind() == FunctionKind.GETTER) {
        getters.put(f.function().fullName(), out.size());
      }
      (f.function().kind() == FunctionKind.SETTER ? setters : out).add(f);
    }
    for (Bound s : setters) {
      Integer at = getters.get(s.function().fullName());
      if (at == null) {
        out.add(s);
      } else {
        out.add(at + 1, s);
        getters.replaceAll((k, v) -> v > at ? v + 1 : v);
      }
    }
    return out;
  }

  /** The classes whose path starts with {@code prefix}, one level, each with its nested ones. */
  private ImmutableList<PyiModuleView.Cls> classTree(
      String prefix,
      Map<String, List<PyiModuleView.Def>> members,
      Map<String, ClassInfo> classes,
      Map<String, ImmutableList<String>> docs,
      Set<String> typeOnly) {
    ImmutableList.Builder<PyiModuleView.Cls> out = ImmutableList.builder();
    for (String path : members.keySet()) {
      if (!path.startsWith(prefix) || path.substring(prefix.length()).contains(".")) {
        continue;
      }
      ClassInfo info =
          classes.getOrDefault(path, new ClassInfo(Optional.empty(), Optional.empty()));
      ImmutableList.Builder<String> decorators = ImmutableList.builder();
      if (typeOnly.contains(path)) {
        decorators.add(imports.name("typing.type_check_only"));
      }
      if (info.subclassable().equals(Optional.of(false))) {
        decorators.add(imports.name("typing.final"));
      } else if (info.subclassable().equals(Optional.of(true))
          && info.decl().isPresent()
          && !info.decl().get().typedef().replace(" ", "").equals("PyObject*")) {
        // a C struct of its own: an instance layout no other base can share (PEP 800)
        decorators.add(imports.name("typing_extensions.disjoint_base"));
      }
      List<PyiModuleView.Def> own = members.get(path);
      ImmutableList<PyiModuleView.Cls> nested =
          classTree(path + ".", members, classes, docs, typeOnly);
      out.add(
          new PyiModuleView.Cls(
              decorators.build(),
              path.substring(prefix.length()),
              docs.getOrDefault(path, ImmutableList.of()),
              ImmutableList.copyOf(own),
              nested));
    }
    return out.build();
  }

  /** One def, or one overload per call shape when the function has optional groups. */
  private List<PyiModuleView.Def> defs(Bound b) throws DiagnosticException {
    CFunction f = b.function();
    FunctionKind kind = f.kind();
    List<String> decorators = new ArrayList<>();
    switch (kind) {
      case CLASSMETHOD -> decorators.add("classmethod");
      case STATICMETHOD -> decorators.add("staticmethod");
      case GETTER -> decorators.add("property");
      case SETTER -> decorators.add(f.name() + ".setter");
      default -> {}
    }
    String returns =
        switch (kind) {
          case INIT, SETTER -> "None";
          case NEW -> imports.name("typing_extensions.Self");
          default ->
              imports.use(
                  f.returnConverter()
                      .pythonType()
                      .orElse(
                          f.function().className().isPresent()
                              ? DUNDER_RETURNS.getOrDefault(f.name(), "object")
                              : "object"));
        };
    // __new__ and __init__ document the class; a setter shares its getter's docstring.
    ImmutableList<String> doc =
        kind.newOrInit() || kind == FunctionKind.SETTER ? ImmutableList.of() : docstring(f);
    List<BoundParameter> params = new ArrayList<>();
    for (BoundParameter p : f.parameters().subList(1, f.parameters().size())) {
      if (p.converter().showInSignature()) {
        params.add(p);
      }
    }
    String self =
        switch (kind) {
          case PLAIN, STATICMETHOD -> "";
          case CLASSMETHOD, NEW -> "cls";
          default -> "self";
        };
    int depth = f.function().className().map(c -> c.split("\\.").length).orElse(0);
    List<PyiModuleView.Def> out = new ArrayList<>();
    if (kind == FunctionKind.SETTER) {
      out.add(def(decorators, f.name(), List.of("self", "value: object"), returns, doc, depth));
      return out;
    }
    if (params.stream().noneMatch(p -> p.group() != 0)) {
      out.add(def(decorators, f.name(), parameters(self, params, b), returns, doc, depth));
      return out;
    }
    // Optional groups: each call shape is an overload, the innermost groups first.
    int left = params.stream().mapToInt(p -> Math.max(0, -p.group())).max().orElse(0);
    int right = params.stream().mapToInt(p -> Math.max(0, p.group())).max().orElse(0);
    String overload = imports.name("typing.overload");
    for (int l = 0; l <= left; l++) {
      for (int r = 0; r <= right; r++) {
        int ll = l;
        int rr = r;
        List<BoundParameter> shape =
            params.stream()
                .filter(
                    p ->
                        p.group() == 0
                            || (p.group() < 0 && -p.group() <= ll)
                            || (p.group() > 0 && p.group() <= rr))
                .toList();
        List<String> decs = new ArrayList<>();
        decs.add(overload);
        decs.addAll(decorators);
        out.add(
            def(
                decs,
                f.name(),
                parameters(self, shape, b),
                returns,
                out.isEmpty() ? doc : ImmutableList.of(),
                depth));
      }
    }
    return out;
  }

  /** A def, its parameters on one line or, when that line would be too long, one per line. */
  private static PyiModuleView.Def def(
      List<String> decorators,
      String name,
      List<String> items,
      String returns,
      ImmutableList<String> doc,
      int depth) {
    String parameters = String.join(", ", items);
    int length =
        4 * depth
            + "def ".length()
            + name.length()
            + parameters.length()
            + ") -> ".length()
            + returns.length()
            + (doc.isEmpty() ? ": ...".length() : 1)
            + 1;
    return new PyiModuleView.Def(
        ImmutableList.copyOf(decorators),
        name,
        parameters,
        length > LINE_LENGTH ? ImmutableList.copyOf(items) : ImmutableList.of(),
        returns,
        doc);
  }

  /** A def's parameters, with {@code /} and {@code *} where they belong. */
  private List<String> parameters(String self, List<BoundParameter> params, Bound b) {
    List<String> items = new ArrayList<>();
    if (!self.isEmpty()) {
      items.add(self);
    }
    int lastPositionalOnly = -1;
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).kind() == ParameterKind.POSITIONAL_ONLY) {
        lastPositionalOnly = i;
      }
    }
    boolean starred = false;
    for (int i = 0; i < params.size(); i++) {
      BoundParameter p = params.get(i);
      if (p.kind() == ParameterKind.KEYWORD_ONLY && !starred) {
        items.add("*");
        starred = true;
      }
      String type = type(p, b);
      if (p.kind() == ParameterKind.VAR_POSITIONAL) {
        items.add("*" + p.name() + ": " + type);
        starred = true;
      } else if (p.kind() == ParameterKind.VAR_KEYWORD) {
        items.add("**" + p.name() + ": object");
      } else if (p.converter().isOptional() && p.group() == 0) {
        String value = defaultText(p);
        items.add(p.name() + ": " + admitting(type, value) + " = " + value);
      } else {
        items.add(p.name() + ": " + type);
      }
      if (i == lastPositionalOnly) {
        items.add("/");
      }
    }
    return items;
  }

  /** The parameter's type: its converter's, a class of this module, else object (warned). */
  private String type(BoundParameter p, Bound b) {
    CConverter c = p.converter();
    Optional<String> declared = c.pythonType();
    String type;
    if (declared.isPresent()) {
      type = imports.use(declared.get());
    } else if (c.subclassOf().isPresent()
        && classesByTypeObject.containsKey(PythonTypes.typeObjectName(c.subclassOf().get()))) {
      type = classesByTypeObject.get(PythonTypes.typeObjectName(c.subclassOf().get()));
    } else {
      type = "object";
      String why =
          c.subclassOf().isPresent()
              ? "its type object "
                  + c.subclassOf().get()
                  + " is neither a builtin type nor a class"
                  + " of module "
                  + module
              : "converter "
                  + written(p.parameter().converter())
                  + " has no Python type (a"
                  + " [python input] converter class declares one with python_type = '...', a Java"
                  + " port overrides pythonType())";
      warnings.add(
          Diagnostic.warning(
              b.path(),
              p.parameter().converter().position().line(),
              p.parameter().converter().position().column(),
              "stub: parameter '"
                  + p.name()
                  + "' of "
                  + b.function().fullName()
                  + " is typed"
                  + " object: "
                  + why));
    }
    if (c.defaultValue() instanceof PyValue.None
        && !type.equals("object")
        && !type.matches(".*\\bNone\\b.*")) {
      type += " | None";
    }
    return type;
  }

  /** A converter as the declaration writes it: {@code object(converter='f')}. */
  private static String written(ConverterRef ref) {
    if (ref.legacy()) {
      return "'" + ref.name() + "'";
    }
    List<String> args = new ArrayList<>();
    ref.argumentTexts().forEach((k, v) -> args.add(k + "=" + v));
    return ref.name() + (ref.called() ? "(" + String.join(", ", args) + ")" : "");
  }

  /** A literal default as {@code __text_signature__} shows it; anything else is {@code ...}. */
  static String defaultText(BoundParameter p) {
    String text = p.signatureDefault();
    try {
      Expr e = ExprParser.parse(text);
      if (e instanceof Expr.Unary u && u.op().equals("-")) {
        e = u.operand();
        if (!(e instanceof Expr.Int || e instanceof Expr.Float)) {
          return "...";
        }
      }
      boolean literal =
          e instanceof Expr.Int
              || e instanceof Expr.Float
              || e instanceof Expr.Str
              || e instanceof Expr.Bytes
              || e instanceof Expr.Bool
              || e instanceof Expr.None;
      return literal ? text : "...";
    } catch (ExprException | RuntimeException e) {
      return "...";
    }
  }

  /**
   * {@code type}, widened to admit the literal default {@code value} where it does not: a
   * robuffer-only {@code str} converter may default to {@code ""}, and a stub whose default is no
   * value of its type is rejected by mypy and stubtest alike. The stub then accepts a call the
   * converter refuses, rather than refuse one it accepts.
   */
  private static String admitting(String type, String value) {
    if (type.equals("object")) {
      return type;
    }
    Expr e;
    try {
      e = ExprParser.parse(value);
    } catch (ExprException | RuntimeException ex) {
      return type; // '...'
    }
    if (e instanceof Expr.Str && !type.matches(".*\\bstr\\b.*")) {
      return type + " | str";
    }
    if (e instanceof Expr.Bytes && !type.matches(".*\\b(bytes|Buffer)\\b.*")) {
      return type + " | bytes";
    }
    return type;
  }

  /**
   * The function's docstring as Python shows it at run time (the {@code __text_signature__} line
   * and its {@code --} marker removed), as the lines of a triple-quoted literal; empty when there
   * is none.
   */
  static ImmutableList<String> docstring(CFunction f) throws DiagnosticException {
    String doc = Docstrings.format(f);
    if (!f.docstringOnly()) {
      int at = doc.indexOf("\n--\n");
      if (at >= 0) {
        doc = doc.substring(at + 4);
      } else if (doc.endsWith("\n--")) {
        doc = "";
      }
    }
    doc = doc.strip();
    if (doc.isEmpty()) {
      return ImmutableList.of();
    }
    String escaped = doc.replace("\\", "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    if (escaped.endsWith("\"")) {
      escaped = escaped.substring(0, escaped.length() - 1) + "\\\"";
    }
    List<String> lines = new ArrayList<>(List.of(escaped.split("\n", -1)));
    lines.replaceAll(String::stripTrailing);
    if (lines.size() == 1) {
      return ImmutableList.of("\"\"\"" + lines.get(0) + "\"\"\"");
    }
    lines.set(0, "\"\"\"" + lines.get(0));
    lines.add("\"\"\"");
    return ImmutableList.copyOf(lines);
  }
}
