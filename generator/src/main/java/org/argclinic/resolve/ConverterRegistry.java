package org.argclinic.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Supplier;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.diag.Suggestions;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Expr;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Position;
import org.argclinic.model.PythonBlock;
import org.argclinic.resolve.spi.ConverterProvider;
import org.argclinic.template.Templates;

/**
 * Converter names to converters: clinic's {@code converters}, {@code legacy_converters} and {@code
 * return_converters} tables. {@link #standard()} holds clinic 3.13's converters plus every {@link
 * org.argclinic.resolve.spi.ConverterProvider} on the class path; {@link #copy()} it per source
 * file and {@link #register(String, PythonBlock)} each {@code [python input]} block in order, since
 * those classes only exist from their block on.
 *
 * <p>The emitter calls {@link #automaticSelf} for each function's implicit {@code self}, {@link
 * #resolve} for each parameter line (explicit {@code self} and {@code defining_class} included),
 * and {@link #resolveReturn} for the return converter.
 */
public final class ConverterRegistry {
  /** Base-class keyword arguments every converter takes (clinic's CConverter.__init__). */
  private static final ImmutableList<String> BASE_ARGS =
      ImmutableList.of("c_default", "py_default", "annotation", "unused");

  /**
   * One registered converter.
   *
   * @param name the DSL name ({@code int}) or, for legacy ones, the format unit ({@code 'z#'})
   * @param className clinic's class name, for messages ({@code int_converter})
   * @param presetArgs arguments a legacy format unit implies ({@code 'z#'}: {@code zeroes=True})
   * @param classAttributes attributes a {@code [python input]} class sets over its base
   * @param arguments the accepted arguments for listings, e.g. {@code accept={int}, type=None}
   * @param origin {@code builtin}, a provider name, or the file that declared it
   */
  public record ConverterSpec(
      String name,
      String className,
      Supplier<? extends CConverter> factory,
      ImmutableMap<String, Expr> presetArgs,
      ImmutableMap<String, Expr> classAttributes,
      String arguments,
      String origin) {}

  /** One registered return converter. */
  public record ReturnSpec(
      String name,
      String className,
      Supplier<? extends CReturnConverter> factory,
      ImmutableMap<String, Expr> classAttributes,
      String arguments,
      String origin) {}

  /** A line of {@code argclinic converters}. */
  public record Description(String kind, String name, String arguments, String origin) {}

  private final Map<String, ConverterSpec> converters;
  private final Map<String, ConverterSpec> legacy;
  private final Map<String, ReturnSpec> returns;

  /** Class name to converter spec, for base-class lookups of [python input] classes. */
  private final Map<String, ConverterSpec> classes;

  private final Map<String, ReturnSpec> returnClasses;

  /** Ports of method-bearing [python input] classes, by {@link #portKey}. */
  private final Map<String, Supplier<? extends CConverter>> ports;

  private final Map<String, Supplier<? extends CReturnConverter>> returnPorts;

  /** Classes that [python input] code declares other than by class statements, by file name. */
  private final Map<String, ImmutableList<PythonBlock.ConverterClass>> synthetic;

  /** Every port, for listings: kind "port"/"return port", class name, file, provider. */
  private final List<Description> portList;

  /** Files whose synthetic classes this registry has already added. */
  private final Set<String> syntheticDone;

  /** How the converters this registry makes render their snippets; null: the built-in templates. */
  private CSnippets snippets;

  private ConverterRegistry(ConverterRegistry from) {
    converters = new LinkedHashMap<>(from == null ? Map.of() : from.converters);
    legacy = new LinkedHashMap<>(from == null ? Map.of() : from.legacy);
    returns = new LinkedHashMap<>(from == null ? Map.of() : from.returns);
    classes = new LinkedHashMap<>(from == null ? Map.of() : from.classes);
    returnClasses = new LinkedHashMap<>(from == null ? Map.of() : from.returnClasses);
    ports = new LinkedHashMap<>(from == null ? Map.of() : from.ports);
    returnPorts = new LinkedHashMap<>(from == null ? Map.of() : from.returnPorts);
    synthetic = new LinkedHashMap<>(from == null ? Map.of() : from.synthetic);
    portList = new ArrayList<>(from == null ? List.of() : from.portList);
    syntheticDone = new HashSet<>(from == null ? Set.of() : from.syntheticDone);
    snippets = from == null ? null : from.snippets;
  }

  /** Ports are keyed by file name (empty: any file) and Python class name. */
  private static String portKey(String fileName, String className) {
    return fileName + "\0" + className;
  }

  private static String fileName(String path) {
    int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
    return path.substring(slash + 1);
  }

  private <T> Optional<T> port(Map<String, T> table, String path, String className) {
    T specific = table.get(portKey(fileName(path), className));
    return Optional.ofNullable(specific != null ? specific : table.get(portKey("", className)));
  }

  private static ConverterRegistry standard;

  /** Clinic 3.13's converters plus every provider on the class path. Each call returns a copy. */
  public static synchronized ConverterRegistry standard() {
    if (standard == null) {
      ConverterRegistry r = new ConverterRegistry(null);
      StandardConverters.register(r.registrar("builtin"));
      for (ConverterProvider p :
          ServiceLoader.load(ConverterProvider.class, ConverterRegistry.class.getClassLoader())) {
        p.register(r.registrar(p.name()));
      }
      standard = r;
    }
    return standard.copy();
  }

  /** An independent copy, for one source file. */
  public ConverterRegistry copy() {
    return new ConverterRegistry(this);
  }

  /**
   * Makes the converters this registry makes from now on (and those of its copies) render their C
   * snippets through {@code templates}: a run's, so that {@code --templates} overrides them.
   */
  public ConverterRegistry renderWith(Templates templates) {
    snippets = new CSnippets(templates);
    return this;
  }

  public Registrar registrar(String origin) {
    return new Registrar(origin);
  }

  /** What providers use to add converters. */
  public final class Registrar {
    private final String origin;

    private Registrar(String origin) {
      this.origin = origin;
    }

    /**
     * Adds converter {@code name} ({@code name_converter} in clinic) and, as clinic's metaclass
     * does, a legacy converter for its class-level format unit unless one exists.
     */
    public Registrar converter(
        String name, String arguments, Supplier<? extends CConverter> factory) {
      ConverterSpec spec =
          new ConverterSpec(
              name,
              name + "_converter",
              factory,
              ImmutableMap.of(),
              ImmutableMap.of(),
              arguments,
              origin);
      addConverter(spec);
      return this;
    }

    /** Adds a legacy format unit that stands for {@code converterName} with preset arguments. */
    public Registrar legacy(String formatUnit, String converterName, Map<String, Expr> presetArgs) {
      ConverterSpec base = converters.get(converterName);
      if (base == null) {
        throw new IllegalArgumentException(
            "legacy " + formatUnit + ": no converter " + converterName);
      }
      legacy.put(
          formatUnit,
          new ConverterSpec(
              formatUnit,
              base.className(),
              base.factory(),
              ImmutableMap.copyOf(presetArgs),
              base.classAttributes(),
              describeArgs(presetArgs),
              origin));
      return this;
    }

    public Registrar returnConverter(String name, Supplier<? extends CReturnConverter> factory) {
      ReturnSpec spec =
          new ReturnSpec(
              name,
              name.equals("object") ? "CReturnConverter" : name + "_return_converter",
              factory,
              ImmutableMap.of(),
              "",
              origin);
      returns.put(name, spec);
      returnClasses.put(spec.className(), spec);
      return this;
    }

    /**
     * A Java port of the method-bearing {@code [python input]} class {@code className}, used in any
     * file that declares a class of that name.
     */
    public Registrar port(String className, Supplier<? extends CConverter> factory) {
      return port("", className, factory);
    }

    /**
     * A port used only in files named {@code fileName} (e.g. {@code _winapi.c}), for classes whose
     * name other files use for different code. It wins over a port for any file.
     */
    public Registrar port(
        String fileName, String className, Supplier<? extends CConverter> factory) {
      ports.put(portKey(fileName, className), factory);
      portList.add(
          new Description("port", className, fileName.isEmpty() ? "any file" : fileName, origin));
      return this;
    }

    public Registrar returnPort(String className, Supplier<? extends CReturnConverter> factory) {
      return returnPort("", className, factory);
    }

    public Registrar returnPort(
        String fileName, String className, Supplier<? extends CReturnConverter> factory) {
      returnPorts.put(portKey(fileName, className), factory);
      portList.add(
          new Description("port", className, fileName.isEmpty() ? "any file" : fileName, origin));
      return this;
    }

    /**
     * Converter classes that the {@code [python input]} code of files named {@code fileName}
     * creates other than with class statements (e.g. through a helper function); they are
     * registered before the first block of such a file.
     */
    public Registrar synthetic(String fileName, List<PythonBlock.ConverterClass> classes) {
      synthetic.put(fileName, ImmutableList.copyOf(classes));
      return this;
    }
  }

  private void addConverter(ConverterSpec spec) {
    converters.put(spec.name(), spec);
    classes.put(spec.className(), spec);
    // clinic's add_default_legacy_c_converter: the class's own format unit, first come first served
    String fu = instantiate(spec).formatUnit();
    if (!fu.equals("O&") && !fu.isEmpty() && !legacy.containsKey(fu)) {
      legacy.put(
          fu,
          new ConverterSpec(
              fu,
              spec.className(),
              spec.factory(),
              ImmutableMap.of(),
              spec.classAttributes(),
              "",
              spec.origin()));
    }
  }

  private CConverter instantiate(ConverterSpec spec) {
    CConverter c = spec.factory().get();
    c.renderWith(snippets);
    for (Map.Entry<String, Expr> a : spec.classAttributes().entrySet()) {
      c.applyClassAttribute(
          a.getKey(),
          Evaluator.eval(
              a.getValue(),
              m -> {
                throw new IllegalStateException(m);
              }));
    }
    return c;
  }

  public Optional<ConverterSpec> converter(String name) {
    return Optional.ofNullable(converters.get(name));
  }

  public Optional<ConverterSpec> legacyConverter(String formatUnit) {
    return Optional.ofNullable(legacy.get(formatUnit));
  }

  public Optional<ReturnSpec> returnConverter(String name) {
    return Optional.ofNullable(returns.get(name));
  }

  // ---- [python input] ----

  /**
   * Registers the converter classes a {@code [python input]} block declares. Attribute-only classes
   * work over any known base; method-bearing ones need a port, otherwise a positioned error
   * "converter X defines methods and needs a Java port" is reported for each.
   */
  public void register(String path, PythonBlock block) throws DiagnosticException {
    List<Diagnostic> errors = new ArrayList<>();
    String file = fileName(path);
    List<PythonBlock.ConverterClass> all = new ArrayList<>();
    if (synthetic.containsKey(file) && syntheticDone.add(file)) {
      all.addAll(synthetic.get(file));
    }
    all.addAll(block.converterClasses());
    for (PythonBlock.ConverterClass cls : all) {
      try {
        registerClass(path, cls);
      } catch (ConverterException e) {
        errors.add(e.diagnostic());
      }
    }
    if (!errors.isEmpty()) {
      throw new DiagnosticException(errors);
    }
  }

  private void registerClass(String path, PythonBlock.ConverterClass cls) {
    Position pos = cls.position();
    if (cls.isReturnConverter() || returnClasses.containsKey(cls.base())) {
      ReturnSpec base = returnClasses.get(cls.base());
      Supplier<? extends CReturnConverter> factory;
      // a port stands for methods: attribute-only classes never take one
      Optional<Supplier<? extends CReturnConverter>> ported =
          cls.methods().isEmpty() ? Optional.empty() : port(returnPorts, path, cls.name());
      if (ported.isPresent()) {
        factory = ported.get();
      } else if (!cls.methods().isEmpty()) {
        throw fail(path, pos, "converter " + cls.name() + " defines methods and needs a Java port");
      } else if (base == null) {
        throw fail(path, pos, "name '" + cls.base() + "' is not defined");
      } else {
        factory = base.factory();
      }
      ImmutableMap<String, Expr> attrs =
          merge(base == null ? ImmutableMap.of() : base.classAttributes(), cls.attributes());
      ReturnSpec spec = new ReturnSpec(cls.converterName(), cls.name(), factory, attrs, "", path);
      returnClasses.put(cls.name(), spec);
      if (cls.name().endsWith("_return_converter")) {
        returns.put(cls.converterName(), spec);
      }
      return;
    }
    ConverterSpec base = cls.base().equals("CConverter") ? null : classes.get(cls.base());
    if (base == null && !cls.base().equals("CConverter")) {
      throw fail(path, pos, "name '" + cls.base() + "' is not defined");
    }
    Supplier<? extends CConverter> factory;
    Optional<Supplier<? extends CConverter>> ported =
        cls.methods().isEmpty() ? Optional.empty() : port(ports, path, cls.name());
    if (ported.isPresent()) {
      factory = ported.get();
    } else if (!cls.methods().isEmpty()) {
      throw fail(path, pos, "converter " + cls.name() + " defines methods and needs a Java port");
    } else if (base == null) {
      factory = DeclaredConverter::new;
    } else {
      factory = base.factory();
    }
    ImmutableMap<String, Expr> attrs =
        merge(base == null ? ImmutableMap.of() : base.classAttributes(), cls.attributes());
    for (Map.Entry<String, Expr> a : attrs.entrySet()) {
      // evaluate now so that a bad attribute is reported at its class, not at each use
      Evaluator.eval(a.getValue(), m -> fail(path, pos, m));
    }
    ConverterSpec spec =
        new ConverterSpec(
            cls.converterName(), cls.name(), factory, ImmutableMap.of(), attrs, "", path);
    classes.put(cls.name(), spec);
    if (cls.name().endsWith("_converter")) {
      addConverter(spec);
    }
  }

  private static ImmutableMap<String, Expr> merge(Map<String, Expr> a, Map<String, Expr> b) {
    Map<String, Expr> m = new LinkedHashMap<>(a);
    m.putAll(b);
    return ImmutableMap.copyOf(m);
  }

  // ---- resolving ----

  /** Clinic's automatic {@code self} parameter for {@code function}. */
  public CConverter automaticSelf(FunctionContext function) {
    return automaticSelf(function, function);
  }

  /**
   * The automatic {@code self} of a clone ({@code new = old}): clinic copies the original's self
   * parameter, so its name and declared type follow {@code original} (e.g. {@code type} when
   * cloning {@code __new__} into a method) while everything decided at render time follows {@code
   * function}.
   */
  public CConverter automaticSelf(FunctionContext function, FunctionContext original) {
    String name = original.selfName();
    ImmutableMap<String, Expr> args = ImmutableMap.of();
    if (original.cls().isPresent() && original.selfType().equals("PyObject *")) {
      args = ImmutableMap.of("type", new Expr.Str(original.cls().get().typedef()));
    }
    ConverterSpec spec = converters.get("self");
    CConverter c = instantiate(spec);
    ConverterInit in =
        new ConverterInit(
            spec.className(),
            name,
            name,
            function,
            PyValue.UNSPECIFIED,
            Optional.empty(),
            Optional.empty(),
            false,
            function.function().position());
    ConverterArgs ca =
        new ConverterArgs(function.path(), spec.className(), args, function.function().position());
    try {
      c.init(in, ca);
    } catch (ConverterException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    return c;
  }

  /**
   * Builds the converter of one parameter line, as clinic's parameter parsing does: the default is
   * evaluated ({@code c_default} / {@code py_default} derived), the converter looked up (legacy
   * format units in their own table) and initialized with the converter's arguments.
   *
   * @throws DiagnosticException with clinic's message, positioned at the converter or the default
   */
  public CConverter resolve(FunctionContext function, Parameter parameter)
      throws DiagnosticException {
    try {
      return resolveOrThrow(function, parameter);
    } catch (ConverterException e) {
      throw e.toDiagnosticException();
    }
  }

  private CConverter resolveOrThrow(FunctionContext function, Parameter parameter) {
    ConverterRef ref = parameter.converter();
    String path = function.path();
    Position pos = ref.position();
    ConverterArgs baseArgs = new ConverterArgs(path, "CConverter", ref.arguments(), pos);
    Optional<String> givenC = baseArgs.string("c_default");
    Optional<String> givenPy = baseArgs.string("py_default");
    boolean vararg = parameter.kind() == ParameterKind.VAR_POSITIONAL;
    boolean varKeyword = parameter.kind() == ParameterKind.VAR_KEYWORD;
    Defaults.Result d =
        Defaults.evaluate(
            path,
            parameter.defaultValue(),
            vararg || varKeyword,
            givenC,
            givenPy,
            ref.arguments().containsKey("c_default"),
            pos);

    Map<String, ConverterSpec> table = ref.legacy() ? legacy : converters;
    // *args: tuple (CPython 3.14, gh-122943) is the tuple that *args: object already gives
    String name = vararg && !ref.legacy() && ref.name().equals("tuple") ? "object" : ref.name();
    ConverterSpec spec = table.get(name);
    if (vararg && !ref.legacy() && ref.name().equals("array")) {
      spec =
          new ConverterSpec(
              "array",
              "varpos_array_converter",
              VarPosArrayConverter::new,
              ImmutableMap.of(),
              ImmutableMap.of(),
              "",
              "builtin");
    }
    if (varKeyword) {
      // **kwds: dict is the one var-keyword converter (CPython's var_keyword_dict_converter)
      if (ref.legacy() || !name.equals("dict")) {
        throw fail(
            path,
            pos,
            PyRepr.ofStr("var_keyword_" + ref.name())
                + " is not a valid converter (**kwds takes 'dict')");
      }
      spec =
          new ConverterSpec(
              "dict",
              "var_keyword_dict_converter",
              VarKeywordDictConverter::new,
              ImmutableMap.of(),
              ImmutableMap.of(),
              "",
              "builtin");
    }
    if (spec == null) {
      throw fail(
          path,
          pos,
          PyRepr.ofStr(ref.name())
              + " is not a valid "
              + (ref.legacy() ? "legacy " : "")
              + "converter"
              + Suggestions.didYouMean(ref.name(), table.keySet())
              + " ('argclinic converters' lists them all)");
    }
    if (ref.arguments().containsKey("annotation")) {
      throw fail(path, pos, "The 'annotation' parameter is not currently permitted.");
    }
    boolean unused = baseArgs.bool("unused", false);
    Map<String, Expr> own = new LinkedHashMap<>(spec.presetArgs());
    for (Map.Entry<String, Expr> a : ref.arguments().entrySet()) {
      if (!BASE_ARGS.contains(a.getKey())) {
        own.put(a.getKey(), a.getValue());
      }
    }
    Position dpos = parameter.defaultValue().map(v -> v.position()).orElse(pos);
    CConverter c = instantiate(spec);
    ConverterArgs args = new ConverterArgs(path, spec.className(), own, pos);
    ConverterInit in =
        new ConverterInit(
            spec.className(),
            parameter.cName(),
            parameter.name(),
            function,
            d.value(),
            d.cDefault(),
            d.pyDefault(),
            unused,
            dpos);
    c.init(in, args);
    if (!args.unused().isEmpty()) {
      ConverterSpec described =
          ref.legacy()
              ? converters.getOrDefault(spec.className().replaceAll("_converter$", ""), spec)
              : spec;
      throw fail(
          path,
          pos,
          unexpectedArgument(
              described.name(),
              args.unused().iterator().next(),
              described.arguments(),
              List.of("c_default", "py_default", "unused")));
    }
    return c;
  }

  /**
   * The function's return converter: the one named after {@code ->}, or clinic's implicit one
   * ({@code int} for {@code __init__} and setters, {@code object} otherwise).
   */
  public CReturnConverter resolveReturn(FunctionContext function) throws DiagnosticException {
    try {
      return resolveReturnOrThrow(function);
    } catch (ConverterException e) {
      throw e.toDiagnosticException();
    }
  }

  private CReturnConverter resolveReturnOrThrow(FunctionContext function) {
    ConverterRef ref = function.function().returnConverter();
    String path = function.path();
    Position pos = ref.position();
    FunctionKind kind = function.kind();
    boolean implicit = !ref.legacy() && ref.name().equals("object") && !ref.called();
    if (implicit) {
      return instantiateReturn(
          returns.get(kind == FunctionKind.INIT || kind == FunctionKind.SETTER ? "int" : "object"),
          ref,
          path);
    }
    if (kind == FunctionKind.GETTER || kind == FunctionKind.SETTER) {
      throw fail(
          path,
          pos,
          "@"
              + (kind == FunctionKind.GETTER ? "getter" : "setter")
              + " method cannot define a return type");
    }
    if (kind == FunctionKind.INIT) {
      throw fail(path, pos, "__init__ methods cannot define a return type");
    }
    if (ref.legacy()) {
      throw fail(
          path,
          pos,
          "Legacy converter " + PyRepr.ofStr(ref.name()) + " not allowed as a return converter");
    }
    ReturnSpec spec = returns.get(ref.name());
    if (spec == null) {
      throw fail(path, pos, "No available return converter called " + PyRepr.ofStr(ref.name()));
    }
    return instantiateReturn(spec, ref, path);
  }

  private CReturnConverter instantiateReturn(ReturnSpec spec, ConverterRef ref, String path) {
    CReturnConverter c = spec.factory().get();
    c.renderWith(snippets);
    for (Map.Entry<String, Expr> a : spec.classAttributes().entrySet()) {
      c.applyClassAttribute(
          a.getKey(), Evaluator.eval(a.getValue(), m -> fail(path, ref.position(), m)));
    }
    Map<String, Expr> own = new LinkedHashMap<>(ref.arguments());
    ConverterArgs pyArgs = new ConverterArgs(path, spec.className(), own, ref.position());
    Optional<String> pyDefault = pyArgs.string("py_default");
    Map<String, Expr> rest = new LinkedHashMap<>(own);
    rest.remove("py_default");
    ConverterArgs args = new ConverterArgs(path, spec.className(), rest, ref.position());
    c.init(spec.className(), pyDefault, args);
    if (!args.unused().isEmpty()) {
      throw fail(
          path,
          ref.position(),
          "return "
              + unexpectedArgument(
                  spec.name(),
                  args.unused().iterator().next(),
                  spec.arguments(),
                  List.of("py_default")));
    }
    return c;
  }

  /**
   * The error for {@code name(given=...)} when converter {@code name} has no argument {@code
   * given}: the closest argument it has, and every argument it takes.
   *
   * @param arguments the converter's own arguments as listed, e.g. {@code accept={int}, type=None}
   * @param common the arguments every converter of its kind takes
   */
  private static String unexpectedArgument(
      String name, String given, String arguments, List<String> common) {
    List<String> own = argumentNames(arguments);
    List<String> all = new ArrayList<>(own);
    all.addAll(common);
    return "converter '"
        + name
        + "' takes no argument '"
        + given
        + "'"
        + Suggestions.closest(given, all)
            .map(c -> "; did you mean '" + c + "'? It takes ")
            .orElse("; it takes ")
        + (own.isEmpty() ? "" : arguments + ", ")
        + String.join(", ", common)
        + " ('argclinic converters --verbose' lists each converter's arguments)";
  }

  /** The names of {@code a={x, y}, b=None}: the words before each top-level {@code =}. */
  static List<String> argumentNames(String arguments) {
    List<String> names = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= arguments.length(); i++) {
      char c = i < arguments.length() ? arguments.charAt(i) : ',';
      if (c == '{' || c == '(' || c == '[') {
        depth++;
      } else if (c == '}' || c == ')' || c == ']') {
        depth--;
      } else if (c == ',' && depth == 0) {
        String part = arguments.substring(start, i).strip();
        int eq = part.indexOf('=');
        if (!part.isEmpty()) {
          names.add(eq < 0 ? part : part.substring(0, eq).strip());
        }
        start = i + 1;
      }
    }
    return names;
  }

  // ---- listing ----

  /**
   * Every converter, legacy format unit, return converter (kinds {@code converter}, {@code legacy},
   * {@code return}) and port of a {@code [python input]} class (kind {@code port}, with the file it
   * is tied to as its arguments), for {@code argclinic converters}.
   */
  public ImmutableList<Description> describe() {
    ImmutableList.Builder<Description> b = ImmutableList.builder();
    for (ConverterSpec s : converters.values()) {
      b.add(new Description("converter", s.name(), s.arguments(), s.origin()));
    }
    for (ConverterSpec s : legacy.values()) {
      String target = s.className().replaceAll("_converter$", "");
      b.add(
          new Description(
              "legacy",
              "'" + s.name() + "'",
              s.arguments().isEmpty() ? target : target + "(" + s.arguments() + ")",
              s.origin()));
    }
    for (ReturnSpec s : returns.values()) {
      b.add(new Description("return", s.name(), s.arguments(), s.origin()));
    }
    b.addAll(portList);
    return b.build();
  }

  private static String describeArgs(Map<String, Expr> args) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Expr> a : args.entrySet()) {
      parts.add(a.getKey() + "=" + ExprText.of(a.getValue()));
    }
    return String.join(", ", parts);
  }

  static ConverterException fail(String path, Position pos, String message) {
    return new ConverterException(Diagnostic.error(path, pos.line(), pos.column(), message));
  }
}
