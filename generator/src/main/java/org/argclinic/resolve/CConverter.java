package org.argclinic.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argclinic.model.CIdentifiers;
import org.argclinic.model.CStrings;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;

/**
 * How one parameter is parsed in C: the Java counterpart of clinic's {@code CConverter}
 * (libclinic/converter.py). One instance per parameter, created by {@link
 * ConverterRegistry#resolve}; converter state is mutable exactly as clinic's is, because the
 * emitter drives the same life cycle.
 *
 * <h2>Life cycle</h2>
 *
 * <ol>
 *   <li>{@link ConverterRegistry#resolve} builds the converter: base fields from the parameter (C
 *       name, Python name, default, {@code c_default}, {@code py_default}), then {@link
 *       #converterInit} reads the converter's own arguments. {@link #function()} is set only after
 *       that, as in clinic.
 *   <li>The emitter calls {@link #preRender()} once per converter before rendering (the self
 *       converter picks its type and signature name there).
 *   <li>The emitter (clinic's {@code CLanguage.render_function}) calls {@link #render(Parameter,
 *       CRenderData)} for each parameter in order; {@code defining_class} and {@code self} only add
 *       impl parameters/arguments.
 *   <li>The emitter (clinic's {@code ParseArgsCodeGen}) calls {@link #parseArg(String, String,
 *       boolean)} for inline parsing code; an empty result means "fall back to a PyArg_Parse*
 *       format unit", and then it calls {@link #useConverter()} for each converter whose format
 *       unit it uses. {@link #brokenLimitedCapi()}, {@link #isOptional()}, {@link #formatUnit()},
 *       {@link #parserName()} and {@link #defaultValue()} steer its choices.
 *   <li>After parsing code is chosen the emitter copies {@link #includes()} into its include set
 *       (clinic's {@code copy_includes}) and calls {@link #setTemplateDict(Map)} to add
 *       converter-specific template entries ({@code self_name}, {@code defining_class_name}, ...).
 * </ol>
 *
 * <h2>Text conventions</h2>
 *
 * {@link #parseArg} returns the snippet as clinic's {@code parse_arg} does after {@code
 * normalize_snippet}: dedented to column 0, no trailing newline, and still a format template:
 * literal braces doubled ({@code {{}, {@code }}}) and {@code {name}} standing for the function's
 * display name. Everything {@link #render} puts into {@link CRenderData} (declarations, cleanup,
 * ...) is plain C, as in clinic; the emitter escapes it where clinic does.
 *
 * <p>Subclasses override the extension points clinic has: {@link #converterInit}, {@link
 * #parseArg}, {@link #initialize()}, {@link #modify()}, {@link #postParsing()}, {@link #cleanup()},
 * {@link #preRender()}, {@link #render}, {@link #setTemplateDict}, {@link #useConverter()}.
 */
public abstract class CConverter {
  /** Names that would clash with the parser's locals get this prefix in the parser (bpo-39741). */
  public static final String CLINIC_PREFIX = "__clinic_";

  public static final ImmutableSet<String> CLINIC_PREFIXED_ARGS =
      ImmutableSet.of(
          "_keywords",
          "_parser",
          "args",
          "argsbuf",
          "fastargs",
          "kwargs",
          "kwnames",
          "nargs",
          "noptargs",
          "return_value");

  // ---- What a converter class declares (clinic's class attributes) ----

  /** The C type; empty only for the self converter before {@link #preRender()}. */
  protected String type = "";

  /** Clinic's {@code default_type}: the Python types a default must have; empty means any. */
  protected ImmutableSet<String> defaultType = ImmutableSet.of();

  /** Initializes the C variable when there is no default but a group may leave it unset. */
  protected String cIgnoredDefault = "NULL";

  /** The C converter function for the {@code O&} format unit. */
  protected Optional<String> converter = Optional.empty();

  protected boolean implByReference = false;
  protected boolean parseByReference = true;
  protected String formatUnit = "O&";

  /** For the {@code es}/{@code et} format units. */
  protected Optional<String> encoding = Optional.empty();

  /** For {@code O!}: a {@code PyTypeObject *} expression such as {@code &PyUnicode_Type}. */
  protected Optional<String> subclassOf = Optional.empty();

  /** True for {@code #} format units: a {@code Py_ssize_t} length travels with the value. */
  protected boolean length = false;

  protected boolean showInSignature = true;

  /** Overrides the name shown in {@code __text_signature__} (self converter only). */
  protected Optional<String> signatureName = Optional.empty();

  /** True when the converter's parsing code cannot be written with the limited C API. */
  protected boolean brokenLimitedCapi = false;

  /** argclinic's {@code python_type}: the parameter's type in stubs, when declared. */
  protected Optional<String> pythonType = Optional.empty();

  // ---- Per-parameter state (clinic's __init__ arguments) ----

  protected String name = "";
  protected String pyName = "";
  protected PyValue defaultValue = PyValue.UNSPECIFIED;
  protected Optional<String> cDefault = Optional.empty();
  protected Optional<String> pyDefault = Optional.empty();
  protected boolean unused = false;
  private String className = getClass().getSimpleName();
  private FunctionContext function;
  private Parameter parameter;
  private final List<Include> includes = new ArrayList<>();

  /** Set by the registry that made this converter: the run's templates. */
  private CSnippets snippets;

  /** Class attributes a [python input] class set that the base class does not know. */
  private final Map<String, PyValue> extraAttributes = new LinkedHashMap<>();

  /**
   * Clinic's {@code CConverter.__init__}: sets the base fields, checks the default's type, then
   * runs {@link #converterInit}. Called by the registry only.
   */
  final void init(ConverterInit in, ConverterArgs args) {
    this.className = in.className();
    this.name = ensureLegalCIdentifier(in.name(), args);
    this.pyName = in.pyName();
    this.unused = in.unused();
    if (!(in.defaultValue() instanceof PyValue.Unspecified)) {
      PyValue d = in.defaultValue();
      if (!defaultType.isEmpty()
          && !(d instanceof PyValue.Unknown)
          && !isInstance(d, defaultType)) {
        throw in.defaultFailure(
            className
                + ": default value "
                + d.repr()
                + " for field '"
                + in.name()
                + "' is not of type '"
                + String.join(", ", defaultType)
                + "'");
      }
      this.defaultValue = d;
    }
    in.cDefault().filter(s -> !s.isEmpty()).ifPresent(s -> this.cDefault = Optional.of(s));
    in.pyDefault().filter(s -> !s.isEmpty()).ifPresent(s -> this.pyDefault = Optional.of(s));
    converterInit(args);
    this.function = in.function();
  }

  /**
   * Reads the converter's own keyword arguments ({@code bitwise=}, {@code accept=}, ...) and
   * adjusts the fields. May read {@link #defaultValue} and {@link #cDefault}, never {@link
   * #function()}. Throw {@link ConverterArgs#fail} with clinic's message on a bad argument.
   */
  protected void converterInit(ConverterArgs args) {}

  // ---- Accessors the emitter reads ----

  /** The converter's class name in clinic, e.g. {@code int_converter}, for messages. */
  public final String className() {
    return className;
  }

  /** The C name of the variable (after {@code as}, with {@code _value} added to C keywords). */
  public final String name() {
    return name;
  }

  public final String pyName() {
    return pyName;
  }

  public final String type() {
    return type;
  }

  public final PyValue defaultValue() {
    return defaultValue;
  }

  public final Optional<String> cDefault() {
    return cDefault;
  }

  public final Optional<String> pyDefault() {
    return pyDefault;
  }

  public final String cIgnoredDefault() {
    return cIgnoredDefault;
  }

  public final boolean unused() {
    return unused;
  }

  public final Optional<String> converter() {
    return converter;
  }

  public final boolean implByReference() {
    return implByReference;
  }

  public final boolean parseByReference() {
    return parseByReference;
  }

  public final String formatUnit() {
    return formatUnit;
  }

  public final Optional<String> encoding() {
    return encoding;
  }

  public final Optional<String> subclassOf() {
    return subclassOf;
  }

  public final boolean length() {
    return length;
  }

  public final boolean showInSignature() {
    return showInSignature;
  }

  public final Optional<String> signatureName() {
    return signatureName;
  }

  public boolean brokenLimitedCapi() {
    return brokenLimitedCapi;
  }

  /**
   * The parameter's type in a stub (.pyi): a Python type expression, with names outside builtins
   * written in full ({@code typing.SupportsIndex}, {@code collections.abc.Buffer}). Empty when
   * unknown: the stub then says {@code object} and argclinic warns. A {@code [python input]} class
   * declares it with {@code python_type = '...'}; a Java port whose parse the format unit does not
   * describe ({@code O&} with its own C function) overrides this method. By default: the declared
   * type, else what the format unit parses ({@link PythonTypes}).
   */
  public Optional<String> pythonType() {
    return pythonType.isPresent()
        ? pythonType
        : PythonTypes.ofFormatUnit(formatUnit, converter, subclassOf);
  }

  /** The function this converter belongs to; unavailable inside {@link #converterInit}. */
  public final FunctionContext function() {
    if (function == null) {
      throw new IllegalStateException(
          "'" + className + "' object has no attribute 'function': converterInit may not use it");
    }
    return function;
  }

  /** The parameter being rendered; set by {@link #render}. */
  public final Parameter parameter() {
    if (parameter == null) {
      throw new IllegalStateException(className + ": parameter() before render()");
    }
    return parameter;
  }

  public boolean isOptional() {
    return !(defaultValue instanceof PyValue.Unspecified);
  }

  /** The variable's name inside the parser: prefixed when it would clash with the parser's. */
  public final String parserName() {
    return CLINIC_PREFIXED_ARGS.contains(name) ? CLINIC_PREFIX + name : name;
  }

  /** The name of the companion length variable of a {@code #} format unit. */
  public String lengthName() {
    return parserName() + "_length";
  }

  // ---- Rendering (clinic's render / _render_self / _render_non_self) ----

  /** Adds this parameter's contributions to {@code data}. */
  public void render(Parameter parameter, CRenderData data) {
    renderSelf(parameter, data);
    renderNonSelf(parameter, data);
  }

  /** The impl-function side: impl arguments and impl parameters. */
  protected final void renderSelf(Parameter parameter, CRenderData data) {
    this.parameter = parameter;
    String n = parserName();
    data.implArguments.add((implByReference ? "&" : "") + n);
    if (length) {
      data.implArguments.add(lengthName());
    }
    data.implParameters.add(simpleDeclaration(implByReference, false));
    if (length) {
      data.implParameters.add("Py_ssize_t " + lengthName());
    }
  }

  /** The parser side: declarations, format units, keywords, parse arguments, cleanups. */
  protected final void renderNonSelf(Parameter parameter, CRenderData data) {
    this.parameter = parameter;
    data.declarations.add(data.initializeAll ? initializedDeclaration() : declaration(true));
    String init = initialize();
    if (!init.isEmpty()) {
      data.initializers.add("/* initializers for " + name + " */\n" + init.stripTrailing());
    }
    String mod = modify();
    if (!mod.isEmpty()) {
      data.modifications.add("/* modifications for " + name + " */\n" + mod.stripTrailing());
    }
    if (parameter.kind() == ParameterKind.VAR_POSITIONAL
        || parameter.kind() == ParameterKind.VAR_KEYWORD) {
      // varargs have no keyword slot
    } else if (parameter.kind() == ParameterKind.POSITIONAL_ONLY) {
      data.keywords.add("");
    } else {
      data.keywords.add(parameter.name());
    }
    if (isOptional() && !data.formatUnits.contains("|")) {
      data.formatUnits.add("|");
    }
    if (parameter.kind() == ParameterKind.KEYWORD_ONLY && !data.formatUnits.contains("$")) {
      data.formatUnits.add("$");
    }
    data.formatUnits.add(formatUnit);
    parseArgument(data.parseArguments);
    String post = postParsing();
    if (!post.isEmpty()) {
      data.postParsing.add(
          "/* Post parse cleanup for " + name + " */\n" + post.stripTrailing() + "\n");
    }
    String clean = cleanup();
    if (!clean.isEmpty()) {
      data.cleanup.add("/* Cleanup for " + name + " */\n" + clean.stripTrailing() + "\n");
    }
  }

  /** The variadic arguments this converter passes to PyArg_Parse* for its format unit. */
  public void parseArgument(List<String> args) {
    if (formatUnit.equals("O&")) {
      args.add(
          converter.orElseThrow(
              () -> new IllegalStateException(className + ": O& without converter")));
    }
    if (encoding.isPresent()) {
      args.add("\"" + encoding.get() + "\"");
    } else if (subclassOf.isPresent()) {
      args.add(subclassOf.get());
    }
    args.add((parseByReference ? "&" : "") + parserName());
    if (length) {
      args.add("&" + lengthName());
    }
  }

  /**
   * {@code type name}, {@code type *name} (by reference) or {@code Py_UNUSED(name)}; in the parser
   * the parser name is used.
   */
  public String simpleDeclaration(boolean byReference, boolean inParser) {
    StringBuilder b = new StringBuilder(type);
    if (byReference || !type.endsWith("*")) {
      b.append(' ');
    }
    if (byReference) {
      b.append('*');
    }
    if (inParser) {
      b.append(parserName());
    } else {
      b.append(unused ? "Py_UNUSED(" + name + ")" : name);
    }
    return b.toString();
  }

  /**
   * The C statement(s) declaring the parser variable, with its default, as CPython's clinic writes
   * them.
   */
  public String declaration(boolean inParser) {
    return declare(false);
  }

  /**
   * The declaration of the public and limited targets: as {@link #declaration(boolean)}, but every
   * variable starts with a valid value. An omitted argument's length is the default's, so the impl
   * sees the default exactly as if it had been passed.
   */
  public String initializedDeclaration() {
    return declare(true);
  }

  private String declare(boolean initializeAll) {
    StringBuilder b = new StringBuilder(simpleDeclaration(false, true));
    String dflt = cDefault.orElse("");
    if (dflt.isEmpty() && parameter().group() != 0) {
      dflt = cIgnoredDefault;
    }
    if (!dflt.isEmpty()) {
      b.append(" = ").append(initializeAll ? validInitializer(dflt) : dflt);
    }
    b.append(';');
    if (length) {
      b.append("\nPy_ssize_t ").append(lengthName());
      if (initializeAll) {
        b.append(" = ").append(defaultLength(dflt));
      }
      b.append(';');
    }
    return b.toString();
  }

  /**
   * {@code initializer} made valid C for {@link #type}: CPython's clinic writes a raw NUL character
   * in {@code '\0'} and {@code NULL} for integer types (fildes, slice_index), which gcc rejects
   * under -Werror.
   */
  protected String validInitializer(String initializer) {
    Optional<String> str = strDefault();
    if (str.isPresent() && initializer.equals(cDefault.orElse(""))) {
      // CPython writes the text between quotes as it is: escaped, it means the same bytes
      return CStrings.literal(str.get());
    }
    if (initializer.indexOf('\0') >= 0) {
      return initializer.replace("\0", "\\0");
    }
    if (initializer.equals("NULL") && !type.endsWith("*")) {
      return "0";
    }
    return initializer;
  }

  /**
   * The str default whose C default is CPython's literal of it ({@code "text"}, unescaped), if the
   * parameter has one: not when {@code c_default} names another value.
   */
  public final Optional<String> strDefault() {
    return defaultValue instanceof PyValue.Str s
            && cDefault.equals(Optional.of(Defaults.cLiteral(s.value())))
        ? Optional.of(s.value())
        : Optional.empty();
  }

  /** The C expression of the length of the value {@code initializer} gives the variable. */
  private String defaultLength(String initializer) {
    if (initializer.isEmpty() || initializer.equals("NULL")) {
      return "0";
    }
    if (strDefault().isPresent() && initializer.equals(cDefault.orElse(""))) {
      return Integer.toString(strDefault().get().getBytes(StandardCharsets.UTF_8).length);
    }
    // a c_default expression: measured at run time, after the variable is initialised
    String measure = type.contains("wchar_t") ? "wcslen" : "strlen";
    return parserName() + " ? (Py_ssize_t)" + measure + "(" + parserName() + ") : 0";
  }

  /** C run before parsing, at column 0; empty for none. */
  public String initialize() {
    return "";
  }

  /** C run after parsing, before the impl call, at column 0; empty for none. */
  public String modify() {
    return "";
  }

  /** C run after a successful parse, before cleanup, at column 0; empty for none. */
  public String postParsing() {
    return "";
  }

  /** C releasing what parsing acquired, at column 0; empty for none. */
  public String cleanup() {
    return "";
  }

  /** Second initialization, just before rendering; may use {@link #function()}. */
  public void preRender() {}

  /** Adds converter-specific entries to the function's template dictionary. */
  public void setTemplateDict(Map<String, String> templateDict) {}

  /** Called when the emitter falls back to the format unit: add what the C converter needs. */
  public void useConverter() {}

  /**
   * Inline C parsing {@code argname} into this parameter's variable, or empty when the emitter must
   * fall back to the format unit. See the class comment for the text convention.
   *
   * @param argname the C expression holding the argument ({@code arg}, {@code args[0]}, ...)
   * @param displayname how error messages name the argument ({@code argument 1}, {@code argument
   *     'x'})
   * @param limitedCapi true when the parser may only use the limited C API
   */
  public Optional<String> parseArg(String argname, String displayname, boolean limitedCapi) {
    switch (formatUnit) {
      case "O&":
        useConverter();
        return snippet("object_converter", argname, "converter", converter.orElse(""));
      case "O!":
        {
          String cast = type.equals("PyObject *") ? "" : "(" + type + ")";
          Optional<TypeCheck> tc = TypeCheck.of(subclassOf.orElse(""));
          if (tc.isPresent()) {
            return snippet(
                "object_known_type",
                argname,
                "typecheck",
                tc.get().check(),
                "bad_argument",
                badArgument(displayname, tc.get().typeName(), limitedCapi, true),
                "cast",
                cast);
          }
          return snippet(
              "object_subclass_of",
              argname,
              "subclass_of",
              subclassOf.orElse(""),
              "bad_argument",
              badArgument(displayname, "({subclass_of})->tp_name", limitedCapi, false)
                  .replace("{subclass_of}", subclassOf.orElse("")),
              "cast",
              cast);
        }
      case "O":
        {
          String cast = type.equals("PyObject *") ? "" : "(" + type + ")";
          return snippet("object_any", argname, "cast", cast);
        }
      default:
        return Optional.empty();
    }
  }

  /** The type checks clinic inlines for {@code O!} with a well-known type object. */
  record TypeCheck(String check, String typeName) {
    private static final ImmutableMap<String, TypeCheck> KNOWN =
        ImmutableMap.<String, TypeCheck>builder()
            .put("&PyLong_Type", new TypeCheck("PyLong_Check", "int"))
            .put("&PyTuple_Type", new TypeCheck("PyTuple_Check", "tuple"))
            .put("&PyList_Type", new TypeCheck("PyList_Check", "list"))
            .put("&PySet_Type", new TypeCheck("PySet_Check", "set"))
            .put("&PyFrozenSet_Type", new TypeCheck("PyFrozenSet_Check", "frozenset"))
            .put("&PyDict_Type", new TypeCheck("PyDict_Check", "dict"))
            .put("&PyUnicode_Type", new TypeCheck("PyUnicode_Check", "str"))
            .put("&PyBytes_Type", new TypeCheck("PyBytes_Check", "bytes"))
            .put("&PyByteArray_Type", new TypeCheck("PyByteArray_Check", "bytearray"))
            .build();

    static Optional<TypeCheck> of(String subclassOf) {
      return Optional.ofNullable(KNOWN.get(subclassOf));
    }
  }

  /**
   * The C statement raising "{name}() {displayname} must be {expected}, not ..." as clinic writes
   * it (with {@code {name}} left for the emitter). Outside the limited API it uses {@code
   * _PyArg_BadArgument} and records the include, even when the caller's snippet ends up not using
   * it, as clinic does.
   *
   * @param expectedLiteral true when {@code expected} is text, false when it is a C expression
   */
  protected final String badArgument(
      String displayname, String expected, boolean limitedCapi, boolean expectedLiteral) {
    if (limitedCapi) {
      if (expectedLiteral) {
        return "PyErr_Format(PyExc_TypeError, \"{{name}}() "
            + displayname
            + " must be "
            + expected
            + ", not %T\", {argname});";
      }
      return "PyErr_Format(PyExc_TypeError, \"{{name}}() "
          + displayname
          + " must be %s, not %T\", \""
          + expected
          + "\", {argname});";
    }
    String exp = expectedLiteral ? "\"" + expected + "\"" : expected;
    addInclude("pycore_modsupport.h", "_PyArg_BadArgument()");
    return "_PyArg_BadArgument(\"{{name}}\", \"" + displayname + "\", " + exp + ", {argname});";
  }

  /**
   * Renders the parse snippet macro {@code macro} of {@code templates/c/converters/parse_arg.c.ftl}
   * with {@code argname}, {@code paramname} (the parser name) and the given extra key/value pairs.
   * Values of {@code bad_argument} keys are clinic-style text containing {@code {argname}} and
   * {@code {{name}}}; they are expanded the way clinic's {@code format_code} expands them.
   */
  protected final Optional<String> snippet(String macro, String argname, String... keyValues) {
    return snippetIn("parse_arg", macro, argname, keyValues);
  }

  /** As {@link #snippet}, from {@code templates/c/converters/<file>.c.ftl}. */
  protected final Optional<String> snippetIn(
      String file, String macro, String argname, String... keyValues) {
    Map<String, String> vars = new LinkedHashMap<>();
    vars.put("argname", argname);
    vars.put("paramname", parserName());
    for (int i = 0; i < keyValues.length; i += 2) {
      String v = keyValues[i + 1];
      if (keyValues[i].startsWith("bad_argument")) {
        v = v.replace("{argname}", argname).replace("{{name}}", "{name}");
      }
      vars.put(keyValues[i], v);
    }
    return Optional.of(snippets().render(file, macro, vars));
  }

  /** Renders this converter's C snippets, through the templates of the run that made it. */
  protected final CSnippets snippets() {
    return snippets != null ? snippets : CSnippets.builtIn();
  }

  final void renderWith(CSnippets snippets) {
    this.snippets = snippets;
  }

  public final void addInclude(String filename, String reason) {
    includes.add(Include.of(filename, reason));
  }

  public final void addInclude(String filename, String reason, String condition) {
    includes.add(new Include(filename, reason, Optional.of(condition)));
  }

  /** The includes this converter asked for so far, in order. */
  public final ImmutableList<Include> includes() {
    return ImmutableList.copyOf(includes);
  }

  /**
   * Sets a class attribute declared by a {@code [python input]} class ({@code type = 'uid_t'}),
   * before {@link #init}. Unknown names are kept for ports to read with {@link #classAttribute}.
   */
  final void applyClassAttribute(String attr, PyValue v) {
    switch (attr) {
      case "type":
        type = str(v).orElse("");
        break;
      case "default_type":
        defaultType = DeclaredConverter.typeNames(v);
        break;
      case "c_default":
        cDefault = str(v);
        break;
      case "py_default":
        pyDefault = str(v);
        break;
      case "c_ignored_default":
        cIgnoredDefault = str(v).orElse("");
        break;
      case "converter":
        converter = str(v);
        break;
      case "impl_by_reference":
        implByReference = Evaluator.truthy(v);
        break;
      case "parse_by_reference":
        parseByReference = Evaluator.truthy(v);
        break;
      case "format_unit":
        formatUnit = str(v).orElse("");
        break;
      case "encoding":
        encoding = str(v);
        break;
      case "subclass_of":
        subclassOf = str(v);
        break;
      case "length":
        length = Evaluator.truthy(v);
        break;
      case "show_in_signature":
        showInSignature = Evaluator.truthy(v);
        break;
      case "signature_name":
        signatureName = str(v);
        break;
      case "broken_limited_capi":
        brokenLimitedCapi = Evaluator.truthy(v);
        break;
      case "python_type":
        pythonType = str(v);
        break;
      case "unused":
        unused = Evaluator.truthy(v);
        break;
      case "default":
        defaultValue = v;
        break;
      default:
        extraAttributes.put(attr, v);
        break;
    }
  }

  /** A class attribute a {@code [python input]} class declared that has no field here. */
  protected final Optional<PyValue> classAttribute(String attr) {
    return Optional.ofNullable(extraAttributes.get(attr));
  }

  private static Optional<String> str(PyValue v) {
    return v instanceof PyValue.Str s ? Optional.of(s.value()) : Optional.empty();
  }

  // ---- helpers ----

  static String ensureLegalCIdentifier(String identifier, ConverterArgs args) {
    if (!CIdentifiers.isLegal(identifier)) {
      throw args.fail("Illegal C identifier: " + identifier);
    }
    return CIdentifiers.CPYTHON_KEYWORDS.contains(identifier) ? identifier + "_value" : identifier;
  }

  /** Python's {@code isinstance(value, types)} for the type names converters use. */
  static boolean isInstance(PyValue v, Set<String> types) {
    for (String t : types) {
      boolean ok;
      switch (t) {
        case "int":
          ok = v instanceof PyValue.Int || v instanceof PyValue.Bool;
          break;
        case "bool":
          ok = v instanceof PyValue.Bool;
          break;
        case "float":
          ok = v instanceof PyValue.Float;
          break;
        case "complex":
          ok = v instanceof PyValue.Complex;
          break;
        case "str":
          ok = v instanceof PyValue.Str;
          break;
        case "bytes":
          ok = v instanceof PyValue.Bytes;
          break;
        case "bytearray":
          ok = false;
          break;
        case "Null":
          ok = v instanceof PyValue.Null;
          break;
        case "NoneType":
          ok = v instanceof PyValue.None;
          break;
        case "tuple":
          ok = v instanceof PyValue.Tuple;
          break;
        case "object":
          ok = true;
          break;
        default:
          ok = v.typeName().equals(t);
          break;
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }
}
