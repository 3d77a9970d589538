package org.argclinic.emit.c;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argclinic.bind.BoundParameter;
import org.argclinic.bind.CFunction;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.Text;
import org.argclinic.emit.c.pub.PublicTarget;
import org.argclinic.model.FunctionKind;
import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.Include;
import org.argclinic.resolve.VarKeywordDictConverter;
import org.argclinic.resolve.VarPosArrayConverter;

/**
 * Chooses a function's calling convention and writes its parser, as Argument Clinic's
 * ParseArgsCodeGen does: METH_NOARGS, METH_O, positional-only fastcall, fastcall with keywords
 * through {@code _PyArg_UnpackKeywords}, METH_VARARGS with option groups, {@code __new__} and
 * {@code __init__}, getters and setters. The result is the set of output parts by name, in
 * late-bound form (fields like {@code {name}} are filled in by {@link FunctionRenderer}).
 */
final class ParseArgs {
  static final String CORE_CONDITION =
      "#if defined(Py_BUILD_CORE) && !defined(Py_BUILD_CORE_MODULE)";

  private final CFunction func;
  private final CodeGen codegen;
  private final CTemplates templates;
  private final Deprecations deprecations;

  /** The convention and counts every target reads. */
  private final CallShape shape;

  private final List<BoundParameter> parameters;
  private final List<CConverter> converters;

  /** The convention as this target writes it: the shape's, possibly lowered to a tuple form. */
  private Convention convention;

  private boolean limitedCapi;
  private String returnValueDeclaration;
  private String declarations = "";
  private String parserPrototype = "";
  private List<String> parserBodyFields = List.of();
  private final Parts parts = new Parts();

  /** METH_O with a return converter: the parser's prototype is the impl's parameter list. */
  private boolean parserTakesImplParameters;

  /** The output parts, filled as the parser is chosen; {@code implPrototype} null until set. */
  private static final class Parts {
    String docstringPrototype;
    String docstringDefinition;
    String implPrototype;
    String implDefinition;
    String methoddefDefine;
    String parserDefinition = "";
    String cppIf;
    String cppEndif;
    String methoddefIfndef;
  }

  /** The parameters whose positional or keyword use is deprecated, by index. */
  private record DeprecatedUse(
      Map<Integer, BoundParameter> positional, Map<Integer, BoundParameter> keyword) {
    static DeprecatedUse of(List<BoundParameter> parameters) {
      Map<Integer, BoundParameter> positional = new LinkedHashMap<>();
      Map<Integer, BoundParameter> keyword = new LinkedHashMap<>();
      for (int i = 0; i < parameters.size(); i++) {
        BoundParameter p = parameters.get(i);
        if (p.deprecatedPositional().isPresent()) {
          positional.put(i, p);
        }
        if (p.deprecatedKeyword().isPresent()) {
          keyword.put(i, p);
        }
      }
      return new DeprecatedUse(positional, keyword);
    }

    boolean any() {
      return !positional.isEmpty() || !keyword.isEmpty();
    }
  }

  ParseArgs(CFunction func, CodeGen codegen, CTemplates templates, Deprecations deprecations) {
    this.func = func;
    this.codegen = codegen;
    this.templates = templates;
    this.deprecations = deprecations;
    this.shape = CallShape.of(func);
    this.parameters = shape.parameters();
    this.converters = new ArrayList<>();
    for (BoundParameter p : parameters) {
      converters.add(p.converter());
    }
    if (func.criticalSection()) {
      codegen.addInclude("pycore_critical_section.h", "Py_BEGIN_CRITICAL_SECTION()");
    }
    // slots receive a tuple and a dict
    this.convention =
        shape.newOrInit() && !vectorcall()
            ? shape.convention().withoutFastcall()
            : shape.convention();
  }

  private String prototype(String kind) {
    return prototype(kind, "");
  }

  private String prototype(String kind, String argname) {
    return Text.normalizeSnippet(
        templates.render("prototype.c.ftl", new ViewModels.Prototype(kind, argname)));
  }

  private String definition(String kind) {
    return Text.normalizeSnippet(
        templates.render("definition.c.ftl", new ViewModels.Definition(kind)));
  }

  private String step(String kind, String text, String other, int a, int indent) {
    // text, other and the count are only printed: slots. The shape is kind, plural, varargs.
    ViewModels.ParseStep whole = new ViewModels.ParseStep(kind, text, other, a);
    return Text.normalizeSnippet(
        templates.renderSlotted(
            "parse_step.c.ftl",
            s ->
                new ViewModels.ParseStep(
                    kind, s.get(0), s.get(1), s.get(2), whole.plural(), whole.varargs()),
            List.of(text, other, whole.a())),
        indent);
  }

  private String step(String kind, String text, int a) {
    return step(kind, text, "", a, 4);
  }

  private boolean useSimpleReturn() {
    return func.returnConverter().type().equals("PyObject *") && !func.criticalSection();
  }

  private void selectPrototypes() throws DiagnosticException {
    parts.docstringPrototype = "";
    parts.docstringDefinition = "";
    parts.methoddefDefine = definition("methoddef");
    returnValueDeclaration = "PyObject *return_value = NULL;";
    String doc = func.function().docstring();
    if (func.kind().newOrInit() && doc.isEmpty()) {
      // no docstring variables
    } else if (func.kind() == FunctionKind.GETTER) {
      parts.methoddefDefine = definition("getterdef");
      if (!doc.isEmpty()) {
        parts.docstringDefinition = definition("getset_docstring_strvar");
      }
    } else if (func.kind() == FunctionKind.SETTER) {
      if (!doc.isEmpty()) {
        throw FunctionRenderer.error(
            func, "docstrings are only supported for @getter, not @setter");
      }
      returnValueDeclaration = "int {return_value};";
      parts.methoddefDefine = definition("setterdef");
    } else {
      parts.docstringPrototype = definition("docstring_var");
      parts.docstringDefinition = definition("docstring_strvar");
    }
  }

  private void initLimitedCapi() {
    limitedCapi = codegen.limitedCapi();
    if (limitedCapi
        && (shape.hasVararg()
            || shape.varKeyword().isPresent()
            || (parameters.stream().anyMatch(BoundParameter::isOptional)
                && parameters.stream().anyMatch(p -> p.isKeywordOnly() && !p.isOptional()))
            || converters.stream().anyMatch(CConverter::brokenLimitedCapi))) {
      codegen.warn("Function " + func.fullName() + " cannot use limited C API");
      limitedCapi = false;
    }
  }

  private void parserBody(List<String> fields) {
    parserBodyFields = List.copyOf(fields);
    String code = parserBodyText(fields, false);
    parts.parserDefinition = Text.linearFormat(code, "parser_declarations", declarations);
  }

  /** parser_body.c.ftl only prints the prototype and the fields: they are slots. */
  private String parserBodyText(List<String> fields, boolean simple) {
    List<String> strings = new ArrayList<>(fields.size() + 1);
    strings.add(parserPrototype);
    strings.addAll(fields);
    return templates.renderSlotted(
        "parser_body.c.ftl",
        s -> new ViewModels.ParserBody(s.get(0), s.subList(1, s.size()), simple),
        strings);
  }

  private void parserBody(String... fields) {
    parserBody(List.of(fields));
  }

  private void parseNoArgs() {
    List<String> parserCode;
    boolean simpleReturn = useSimpleReturn();
    if (func.kind() == FunctionKind.GETTER) {
      parserPrototype = prototype("getter");
      parserCode = List.of();
    } else if (func.kind() == FunctionKind.SETTER) {
      parserPrototype = prototype("setter");
      parserCode = List.of();
    } else if (!shape.definingClass()) {
      parserPrototype = prototype("noargs");
      parserCode = List.of();
    } else {
      parserPrototype = prototype("def_class");
      String returnError = simpleReturn ? "return NULL;" : "goto exit;";
      parserCode = List.of(step("noargs_def_class", returnError, 0));
    }
    if (simpleReturn) {
      parts.parserDefinition = parserBodyText(parserCode, true);
    } else {
      parserBody(parserCode);
    }
  }

  private void parseOneArg() {
    CConverter c = converters.get(0);
    if (parameters.get(0).isObject() && c.formatUnit().equals("O")) {
      String methO = prototype("meth_o");
      if (useSimpleReturn()) {
        // The impl is the METH_O function itself: no parser.
        parts.implPrototype = "";
        parts.implDefinition = methO;
      } else {
        // The parser takes the impl's parameters (clinic's "slight hack").
        parserPrototype = methO;
        parserTakesImplParameters = true;
        parserBody();
      }
    } else {
      String argname = parameters.get(0).name().equals("arg") ? "arg_" : "arg";
      parserPrototype = prototype("meth_o_arg", argname);
      String displayname = parameters.get(0).displayName(0);
      Optional<String> parsearg = codegen.parseArg(c, argname, displayname, limitedCapi);
      String code;
      if (parsearg.isEmpty()) {
        c.useConverter();
        code = step("meth_o_fallback", argname, 0);
      } else {
        code = Text.normalizeSnippet(parsearg.get(), 4);
      }
      parserBody(code);
    }
  }

  private void parseOptionGroups() {
    parserPrototype = prototype("varargs");
    parserBody("    {option_group_parsing}");
  }

  /** How a positional-only parser counts its arguments and names each one. */
  private record PositionalSource(String nargs, String argnameFmt) {}

  private PositionalSource positionalSource() {
    return positionalSource("fastcall", "varargs");
  }

  /** With the prototype of the fastcall form, else of the tuple form. */
  private PositionalSource positionalSource(String fastcallPrototype, String tuplePrototype) {
    if (convention.fastcall()) {
      parserPrototype = prototype(fastcallPrototype);
      return new PositionalSource("nargs", "args[%d]");
    }
    parserPrototype = prototype(tuplePrototype);
    if (codegen.publicTarget().isPresent()) {
      return new PositionalSource(
          codegen.tupleSize("args"), codegen.publicTarget().get().tupleItemFormat());
    } else if (limitedCapi) {
      return new PositionalSource("PyTuple_Size(args)", "PyTuple_GetItem(args, %d)");
    }
    return new PositionalSource("PyTuple_GET_SIZE(args)", "PyTuple_GET_ITEM(args, %d)");
  }

  /** The checks of the positional argument count; returns the name the count has afterwards. */
  private String checkPositionalCount(String nargs, List<String> parserCode) {
    boolean unboundedMax = shape.unboundedPositional();
    int minPos = shape.minPos();
    int maxPos = shape.maxPos();
    if (!limitedCapi) {
      codegen.addInclude("pycore_modsupport.h", "_PyArg_CheckPositional()");
      String maxArgs = unboundedMax ? "PY_SSIZE_T_MAX" : Integer.toString(maxPos);
      // public targets: getargs' arity messages where CPython's clinic parses with getargs
      parserCode.add(
          step(
              getargsMessages(!shape.hasVararg()) ? "getargs_arity" : "check_positional",
              nargs,
              maxArgs,
              minPos,
              4));
      return nargs;
    }
    if (!nargs.equals("nargs")) {
      parserCode.add(step("nargs_def", nargs, 0));
      nargs = "nargs";
    }
    if (!unboundedMax && minPos == maxPos) {
      parserCode.add(step("nargs_exact", nargs, minPos));
    } else {
      if (minPos > 0) {
        parserCode.add(step("nargs_min", nargs, minPos));
      }
      if (!unboundedMax) {
        parserCode.add(step("nargs_max", nargs, maxPos));
      }
    }
    return nargs;
  }

  /** How many arguments {@code *args} takes: never negative once optional ones may precede it. */
  private String leftArgs(String nargs) {
    String left = nargs + " - " + shape.maxPos();
    return shape.minPos() < shape.maxPos() ? "Py_MAX(0, " + left + ")" : left;
  }

  private void parsePosOnly() {
    PositionalSource source = positionalSource();
    String leftArgs = leftArgs(source.nargs());
    List<String> parserCode = new ArrayList<>();
    String nargs = checkPositionalCount(source.nargs(), parserCode);
    Optional<List<String>> converted =
        convertPositional(source.argnameFmt(), nargs, leftArgs, parserCode);
    if (converted.isPresent()) {
      parserBody(converted.get());
      return;
    }
    useConverters();
    if (limitedCapi) {
      convention = convention.withoutFastcall();
    }
    if (convention == Convention.FASTCALL) {
      codegen.addInclude("pycore_modsupport.h", "_PyArg_ParseStack()");
      parserBody(step("parse_stack", "", 0));
    } else {
      convention = Convention.VARARGS;
      parserPrototype = prototype("varargs");
      parserBody(step("parse_tuple", "", 0));
    }
  }

  /** Each positional argument converted in turn; empty when one needs getargs instead. */
  private Optional<List<String>> convertPositional(
      String argnameFmt, String nargs, String leftArgs, List<String> parserCode) {
    boolean hasOptional = false;
    boolean getargs = getargsMessages(!shape.hasVararg());
    String varargStep = "";
    for (int i = 0; i < parameters.size(); i++) {
      BoundParameter p = parameters.get(i);
      if (p.isVararg()) {
        // *args is the last positional parameter: taken after any skipped optional one
        String name = p.converter().parserName();
        if (p.converter() instanceof VarPosArrayConverter array) {
          varargStep = arraySteps(array, name);
        } else if (convention.fastcall()) {
          varargStep = step("vararg_fastcall", leftArgs, name, shape.maxPos(), 4);
        } else if (shape.newOrInit()) {
          // as CPython 3.13's clinic writes it for __new__ and __init__ (byte-identical core)
          varargStep = step("vararg_slice", "", name, shape.maxPos(), 4);
        } else {
          varargStep = step("vararg_tuple_slice", "", name, shape.maxPos(), 4);
        }
        continue;
      }
      Optional<String> parsearg = parseArg(p, Text.argname(argnameFmt, i), i, getargs);
      if (parsearg.isEmpty()) {
        return Optional.empty();
      }
      if (hasOptional || p.isOptional()) {
        hasOptional = true;
        parserCode.add(step("skip_optional", nargs, i + 1));
      }
      parserCode.add(Text.normalizeSnippet(parsearg.get(), 4));
    }
    if (hasOptional) {
      parserCode.add("skip_optional:");
    }
    if (!varargStep.isEmpty()) {
      parserCode.add(varargStep);
    }
    return Optional.of(parserCode);
  }

  /**
   * {@code *args: array} (gh-122943): a pointer into the caller's arguments and their count, past
   * the positional parameters; no tuple is made.
   */
  private String arraySteps(VarPosArrayConverter array, String name) {
    String base;
    String size;
    if (convention.fastcall()) {
      base = "args";
      size = "nargs";
    } else if (codegen.publicTarget().isPresent()) {
      base = "&PyTuple_GET_ITEM(args, 0)";
      size = codegen.tupleSize("args");
    } else {
      codegen.addInclude("pycore_tuple.h", "_PyTuple_ITEMS()");
      base = "_PyTuple_ITEMS(args)";
      size = "PyTuple_GET_SIZE(args)";
    }
    int n = shape.maxPos();
    String start = base;
    if (n > 0 && shape.minPos() < n) {
      start = size + " > " + n + " ? " + base + " + " + n + " : " + base;
      size = "Py_MAX(0, " + size + " - " + n + ")";
    } else if (n > 0) {
      start = base + " + " + n;
      size = size + " - " + n;
    }
    return step("assign", name, start, 0, 4)
        + "\n"
        + step("assign", array.lengthName(), size, 0, 4);
  }

  /** Where {@code *args: array} has no array to point into, and why. */
  private Optional<String> arrayRefusal() {
    if (!shape.hasVararg()
        || !(parameters.get(shape.vararg()).converter() instanceof VarPosArrayConverter)) {
      return Optional.empty();
    }
    boolean positional =
        convention == Convention.FASTCALL
            || convention == Convention.VARARGS
            || shape.keywordsOnlyToVarKeyword();
    if (!positional) {
      return Optional.of(
          "*args: array with keyword parameters is not supported (the keyword"
              + " parser keeps no array of the extra arguments): use *args: tuple");
    }
    if (!convention.fastcall() && codegen.publicTarget().map(PublicTarget::limited).orElse(false)) {
      return Optional.of(
          "*args: array from a tuple (@disable fastcall, __new__, __init__) needs the tuple's item"
              + " array, which the limited API does not expose: use *args: tuple or --c-api"
              + " public");
    }
    if (!convention.fastcall() && limitedCapi) {
      return Optional.of("*args: array cannot use the limited C API");
    }
    return Optional.empty();
  }

  /**
   * One argument's parse code; empty when the function goes to getargs whole. {@code getargs}: the
   * function keeps getargs' messages, which number every argument, keyword or not.
   */
  private Optional<String> parseArg(BoundParameter p, String argname, int i, boolean getargs) {
    if (wholeGetargs(getargs, p)) {
      return Optional.empty();
    }
    String displayname = getargs ? "argument " + (i + 1) : p.displayName(i + 1);
    return codegen.parseArg(p.converter(), argname, displayname, limitedCapi, getargs);
  }

  private void useConverters() {
    for (BoundParameter p : parameters) {
      p.converter().useConverter();
    }
  }

  private void parseGeneral() throws DiagnosticException {
    parseGeneral("");
  }

  /** {@code beforeUnpack}: code that runs before the arguments are unpacked (or nothing). */
  private void parseGeneral(String beforeUnpack) throws DiagnosticException {
    DeprecatedUse deprecated = DeprecatedUse.of(parameters);
    List<String> parserCode = new ArrayList<>();
    if (!beforeUnpack.isEmpty()) {
      parserCode.add(beforeUnpack);
    }
    Optional<String> argnameFmt = Optional.empty();
    if (limitedCapi) {
      convention = convention.withoutFastcall();
    } else {
      argnameFmt = Optional.of(unpackKeywords(parserCode));
    }
    if (shape.definingClass()) {
      parserPrototype = prototype("def_class");
    }
    Optional<List<String>> converted = Optional.empty();
    if (argnameFmt.isPresent()) {
      converted = convertKeywordArguments(argnameFmt.get(), deprecated, parserCode);
    }
    if (converted.isPresent()) {
      parserCode = converted.get();
    } else if (shape.varKeyword().isPresent()) {
      throw getargsBeforeVarKeyword();
    } else {
      useConverters();
      parserCode = getargsKeywordParser(deprecated);
    }
    if (!deprecated.positional().isEmpty()) {
      parserCode.add(0, deprecations.positionalUse(func, deprecated.positional()));
    }
    parserBody(parserCode);
  }

  /**
   * Declares the argument buffer and unpacks positional and keyword arguments into it ({@code
   * _PyArg_UnpackKeywords}); returns how the unpacked arguments are named.
   */
  private String unpackKeywords(List<String> parserCode) {
    int minPos = shape.minPos();
    int maxPos = shape.maxPos();
    int minKwOnly = shape.minKwOnly();
    String unpack;
    String unpackArgs;
    String nargs;
    if (!shape.hasVararg()) {
      codegen.addInclude("pycore_modsupport.h", "_PyArg_UnpackKeywords()");
      unpack = "_PyArg_UnpackKeywords";
      unpackArgs = minPos + ", " + maxPos + ", " + minKwOnly;
      nargs = "nargs";
    } else {
      codegen.addInclude("pycore_modsupport.h", "_PyArg_UnpackKeywordsWithVararg()");
      unpack = "_PyArg_UnpackKeywordsWithVararg";
      unpackArgs = minPos + ", " + maxPos + ", " + minKwOnly + ", " + shape.vararg();
      nargs = maxPos > 0 ? "Py_MIN(nargs, " + maxPos + ")" : "0";
    }
    declarations = declareParser(false);
    declarations += "\nPyObject *argsbuf[" + converters.size() + "];";
    String optional =
        "\nPy_ssize_t noptargs = " + nargs + " + (%s) - " + (minPos + minKwOnly) + ";";
    if (shape.varKeyword().isPresent() && shape.hasOptionalKeywords()) {
      // the split left only the named keywords in kwargs: count the optional arguments again
      parserCode.add(
          step(
              "assign_noptargs",
              nargs
                  + " + (kwargs ? "
                  + codegen.dictSize("kwargs")
                  + " : 0) - "
                  + (minPos + minKwOnly),
              0));
    }
    if (convention.fastcall()) {
      parserPrototype = prototype("fastcall_keywords");
      if (shape.hasOptionalKeywords()) {
        declarations +=
            String.format(optional, "kwnames ? " + codegen.tupleSize("kwnames") + " : 0");
      }
      parserCode.add(step("unpack_fastcall", unpack, unpackArgs, 0, 4));
      return "args[%d]";
    }
    parserPrototype = prototype("keyword");
    declarations += "\nPyObject * const *fastargs;";
    declarations += "\nPy_ssize_t nargs = " + codegen.tupleSize("args") + ";";
    if (shape.hasOptionalKeywords()) {
      declarations += String.format(optional, "kwargs ? " + codegen.dictSize("kwargs") + " : 0");
    }
    parserCode.add(step("unpack_varargs", unpack, unpackArgs, 0, 4));
    return "fastargs[%d]";
  }

  /**
   * Each unpacked argument converted in turn, optional ones behind their labels; empty when a
   * converter needs getargs instead.
   */
  private Optional<List<String>> convertKeywordArguments(
      String argnameFmt, DeprecatedUse deprecated, List<String> parserCode)
      throws DiagnosticException {
    boolean getargs =
        getargsMessages(
            !shape.hasVararg()
                && deprecated.keyword().values().stream().noneMatch(BoundParameter::isOptional));
    if (!deprecated.keyword().isEmpty()) {
      parserCode.add(
          deprecations.keywordUse(
              func, deprecated.keyword(), Optional.of(argnameFmt), convention.fastcall(), codegen));
    }
    int vararg = shape.vararg();
    boolean varargFirst = takeVarargFirst(argnameFmt, parserCode);
    String addLabel = null;
    for (int i = 0; i < parameters.size(); i++) {
      BoundParameter p = parameters.get(i);
      if (p.isDefiningClass()) {
        throw FunctionRenderer.error(
            func, "defining_class should be the first parameter (after self)");
      }
      String argname = Text.argname(argnameFmt, i);
      Optional<String> parsearg = parseArg(p, argname, i, getargs);
      if (parsearg.isEmpty()) {
        return Optional.empty();
      }
      if (addLabel != null && (i == shape.posOnly() || i == shape.maxPos())) {
        parserCode.add(addLabel + ":");
        addLabel = null;
      }
      if (varargFirst && i == vararg) {
        continue;
      }
      String code = parsearg.get();
      if (!p.isOptional()) {
        parserCode.add(Text.normalizeSnippet(code, 4));
      } else if (i < shape.posOnly()) {
        addLabel = "skip_optional_posonly";
        parserCode.add(step("goto_if_nargs_below", addLabel, i + 1));
        if (shape.hasOptionalKeywords()) {
          parserCode.add(step("noptargs_decrement", "", 0));
        }
        parserCode.add(Text.normalizeSnippet(code, 4));
      } else {
        addLabel = convertOptional(i, argname, code, addLabel, parserCode);
      }
    }
    if (addLabel != null) {
      parserCode.add(addLabel + ":");
    }
    return Optional.of(parserCode);
  }

  /**
   * Public targets take the *args tuple (a new reference) before converting the parameters ahead of
   * it, so that their errors release it at exit; CPython's clinic takes it in order and leaks it
   * when an earlier conversion fails. Returns whether it was taken.
   */
  private boolean takeVarargFirst(String argnameFmt, List<String> parserCode) {
    int vararg = shape.vararg();
    if (codegen.publicTarget().isEmpty()
        || !shape.hasVararg()
        || parameters.get(vararg).isOptional()) {
      return false;
    }
    BoundParameter v = parameters.get(vararg);
    Optional<String> take =
        codegen.parseArg(
            v.converter(),
            Text.argname(argnameFmt, vararg),
            v.displayName(vararg + 1),
            limitedCapi);
    take.ifPresent(t -> parserCode.add(Text.normalizeSnippet(t, 4)));
    return take.isPresent();
  }

  /**
   * An optional positional-or-keyword or keyword-only argument: converted when present, the rest
   * skipped when no optional argument is left. Returns the label pending.
   */
  private String convertOptional(
      int i, String argname, String code, String pending, List<String> parserCode) {
    String label;
    int firstOpt;
    if (i < shape.maxPos()) {
      label = "skip_optional_pos";
      firstOpt = Math.max(shape.minPos(), shape.posOnly());
    } else {
      label = "skip_optional_kwonly";
      firstOpt = shape.maxPos() + shape.minKwOnly() + shape.pseudoArgs();
    }
    String addLabel = pending;
    if (i == firstOpt) {
      addLabel = label;
      parserCode.add(step("goto_if_no_noptargs", addLabel, 0));
    }
    if (i + 1 == parameters.size()) {
      parserCode.add(Text.normalizeSnippet(code, 4));
      return addLabel;
    }
    parserCode.add(step("if_arg_open", argname, 0));
    parserCode.add(Text.normalizeSnippet(code, 8));
    parserCode.add(step("if_arg_close", label, 0));
    return label;
  }

  /** The getargs parser of a keyword-capable function, for converters only getargs parses. */
  private List<String> getargsKeywordParser(DeprecatedUse deprecated) {
    List<String> parserCode;
    declarations = declareParser(true);
    boolean pub = codegen.publicTarget().isPresent();
    int maxPos = shape.maxPos();
    String someOptional = shape.minPos() < maxPos ? "1" : "0";
    if (pub && shape.definingClass()) {
      // METH_METHOD keeps the vectorcall form: the runtime hands its arguments to getargs
      parserCode = new ArrayList<>(List.of(step("parse_stack_and_keywords", "", 0)));
      if (maxPos < parameters.size()) {
        parserCode.add(
            0,
            step(
                "getargs_positional_max_fastcall",
                someOptional,
                Integer.toString(maxPos),
                parameters.size(),
                4));
      }
      declarations = "static char *_keywords[] = {{{keywords_c} NULL}};";
    } else if (limitedCapi || pub) {
      convention = Convention.VARARGS_KEYWORDS;
      parserPrototype = prototype("keyword");
      parserCode = new ArrayList<>(List.of(step("parse_tuple_and_keywords_limited", "", 0)));
      if (pub && maxPos < parameters.size()) {
        // getargs' tuple form finds too many positional arguments only on reaching the
        // keyword-only ones, after converting the others; CPython's array form checks first
        parserCode.add(
            0,
            step(
                "getargs_positional_max",
                someOptional,
                Integer.toString(maxPos),
                parameters.size(),
                4));
      }
      declarations = "static char *_keywords[] = {{{keywords_c} NULL}};";
      if (deprecated.any()) {
        declarations += "\nPy_ssize_t nargs = PyTuple_Size(args);";
      }
    } else if (convention.fastcall()) {
      codegen.addInclude("pycore_modsupport.h", "_PyArg_ParseStackAndKeywords()");
      parserCode = new ArrayList<>(List.of(step("parse_stack_and_keywords", "", 0)));
    } else {
      codegen.addInclude("pycore_modsupport.h", "_PyArg_ParseTupleAndKeywordsFast()");
      parserCode = new ArrayList<>(List.of(step("parse_tuple_and_keywords_fast", "", 0)));
      if (deprecated.any()) {
        declarations += "\nPy_ssize_t nargs = PyTuple_GET_SIZE(args);";
      }
    }
    if (!deprecated.keyword().isEmpty()) {
      parserCode.add(
          deprecations.keywordUse(
              func, deprecated.keyword(), Optional.empty(), convention.fastcall(), codegen));
    }
    return parserCode;
  }

  /**
   * Whether public glue keeps getargs' messages (arity, argument numbers): where CPython's clinic
   * parses the whole function with getargs (see PublicTarget#parsesWithGetargs) and the old public
   * glue did too ({@code shapeAllows}: no *args, no optional deprecated keyword). The public
   * targets parse such functions inline all the same.
   */
  private boolean getargsMessages(boolean shapeAllows) {
    if (!shapeAllows || codegen.publicTarget().isEmpty()) {
      return false;
    }
    if (cpythonUsesGetargs == null) {
      // asked by several steps of one parser; each converter's check renders its parse code
      cpythonUsesGetargs =
          codegen.publicTarget().get().getargsCanParse(converters)
              && converters.stream().anyMatch(codegen.publicTarget().get()::parsesWithGetargs);
    }
    return cpythonUsesGetargs;
  }

  /** Whether CPython's clinic parses this function with getargs (public targets; once). */
  private Boolean cpythonUsesGetargs;

  /**
   * Whether this argument sends a function CPython's clinic parses with getargs to getargs whole
   * (the public getargs parse below): limited glue before 3.11 converts buffer units with
   * PyArg_Parse, and only getargs' own whole-function parse then keeps its binding order and
   * messages (GetargsParityTest).
   */
  private boolean wholeGetargs(boolean getargsFunction, BoundParameter p) {
    return getargsFunction && codegen.publicTarget().get().needsGetargs(p.converter());
  }

  /** The static {@code _PyArg_Parser} declaration (late-bound form). */
  private String declareParser(boolean hasFormat) {
    int numKeywords =
        (int)
            func.parameters().stream()
                .skip(0)
                .filter(p -> !p.isPositionalOnly() && !p.isVararg() && !p.isVarKeyword())
                .count();
    if (!codegen.limitedCapi()) {
      if (numKeywords == 0) {
        codegen.addInclude("pycore_runtime.h", "_Py_SINGLETON()", CORE_CONDITION);
      } else {
        codegen.addInclude("pycore_gc.h", "PyGC_Head", CORE_CONDITION);
        codegen.addInclude("pycore_runtime.h", "_Py_ID()", CORE_CONDITION);
      }
    }
    return Text.normalizeSnippet(
        templates.render(
            "declare_parser.c.ftl",
            new ViewModels.ParserDeclaration(codegen.limitedCapi(), numKeywords, hasFormat)));
  }

  private void copyIncludes() {
    for (CConverter c : converters) {
      for (Include inc : c.includes()) {
        codegen.addInclude(inc.filename(), inc.reason(), inc.condition());
      }
    }
  }

  private void handleNewOrInit() throws DiagnosticException {
    parts.methoddefDefine = "";
    if (func.kind() == FunctionKind.NEW) {
      parserPrototype = prototype("keyword");
    } else {
      returnValueDeclaration = "int return_value = -1;";
      parserPrototype = prototype("keyword_init");
    }
    List<String> fields = new ArrayList<>(parserBodyFields);
    if (shape.definingClass()) {
      throw FunctionRenderer.error(func, "Slot methods cannot access their defining class.");
    }
    if (vectorcall()) {
      // one parser in the METH_FASTCALL form; the slot and the vectorcall entry call it
      boolean init = func.kind() == FunctionKind.INIT;
      parserPrototype = prototype(init ? "vectorcall_helper_init" : "vectorcall_helper");
      parserBody(fields);
      String base = func.cBasename().replaceAll("_{1,3}(new|init)__$", "");
      parts.parserDefinition +=
          "\n\n"
              + Text.normalizeSnippet(
                  templates.render(
                      "vectorcall.c.ftl", new VectorcallView(init, base + "_vectorcall")));
      return;
    }
    if (!convention.keywords()) {
      declarations = "{base_type_ptr}";
      codegen.addInclude("pycore_modsupport.h", "_PyArg_NoKeywords()");
      fields.add(0, step("no_keywords", "", 0));
      if (convention == Convention.NOARGS) {
        codegen.addInclude("pycore_modsupport.h", "_PyArg_NoPositional()");
        fields.add(0, step("no_positional", "", 0));
      }
    }
    parserBody(fields);
  }

  private void processMethoddef(CppMonitor cpp) {
    String castEnd = "";
    String cast;
    if (convention.plainPyCFunction()) {
      cast = "(PyCFunction)";
    } else if (func.kind() == FunctionKind.GETTER) {
      cast = "";
    } else if (codegen.publicTarget().isPresent()) {
      cast = codegen.publicTarget().get().methoddefCast();
    } else if (limitedCapi) {
      cast = "(PyCFunction)(void(*)(void))";
    } else {
      cast = "_PyCFunction_CAST(";
      castEnd = ")";
    }
    String flags = convention.flags();
    String extra = func.methoddefFlags();
    if (!extra.isEmpty()) {
      flags += "|" + extra;
    }
    parts.methoddefDefine =
        parts
            .methoddefDefine
            .replace("{methoddef_flags}", flags)
            .replace("{methoddef_cast}", cast)
            .replace("{methoddef_cast_end}", castEnd);
    parts.methoddefIfndef = "";
    String conditional = cpp.condition();
    if (conditional.isEmpty()) {
      parts.cppIf = "";
      parts.cppEndif = "";
    } else {
      parts.cppIf = "#if " + conditional;
      parts.cppEndif = "#endif /* " + conditional + " */";
      if (!parts.methoddefDefine.isEmpty() && codegen.addIfndefSymbol(func.fullName())) {
        parts.methoddefIfndef = definition("methoddef_ifndef");
      }
    }
  }

  private void finish() {
    if (!parserPrototype.isEmpty()) {
      parserPrototype += ";";
    }
    if (parts.implPrototype == null) {
      parts.implPrototype = parts.implDefinition;
    }
    if (!parts.implPrototype.isEmpty()) {
      parts.implPrototype += ";";
    }
    parts.parserDefinition =
        parts.parserDefinition.replace("{return_value_declaration}", returnValueDeclaration);
    Optional<String> warning = deprecations.compilerWarning(func, parameters);
    if (warning.isPresent()) {
      parts.parserDefinition = warning.get() + "\n\n" + parts.parserDefinition;
    }
  }

  /** {@code @vectorcall} where it applies: a {@code __new__} / {@code __init__} with keywords. */
  private boolean vectorcall() {
    return shape.vectorcall()
        && shape.newOrInit()
        && shape.convention() == Convention.FASTCALL_KEYWORDS;
  }

  /** Where {@code @vectorcall} cannot be emitted, and why. */
  private Optional<String> vectorcallRefusal() {
    if (!shape.vectorcall()) {
      return Optional.empty();
    }
    if (!shape.newOrInit()) {
      return Optional.of("@vectorcall applies to __new__ and __init__ only");
    }
    if (!vectorcall()) {
      return Optional.of(
          "@vectorcall needs a __new__ / __init__ that takes keyword arguments"
              + " (no **kwds, no defining_class, not positional-only: not supported)");
    }
    if (codegen.publicTarget().map(PublicTarget::limited).orElse(false)) {
      return Optional.of(
          "@vectorcall is not supported with --c-api limited: its slot needs the"
              + " tuple's item array, which no limited API version exposes, and tp_vectorcall needs"
              + " Py_tp_vectorcall (limited API 3.14); use --c-api public");
    }
    if (codegen.limitedCapi()) {
      return Optional.of("@vectorcall cannot use the limited C API");
    }
    return Optional.empty();
  }

  /** Chooses the parser the shape's convention calls for. */
  private void chooseParser() throws DiagnosticException {
    Optional<String> vectorcallRefused = vectorcallRefusal();
    if (vectorcallRefused.isPresent()) {
      throw FunctionRenderer.error(func, func.fullName() + ": " + vectorcallRefused.get());
    }
    Optional<String> refused = arrayRefusal();
    if (refused.isPresent()) {
      throw FunctionRenderer.error(func, func.fullName() + ": " + refused.get());
    }
    if (shape.disableFastcall() && shape.definingClass()) {
      throw FunctionRenderer.error(
          func,
          func.fullName()
              + ": @disable fastcall cannot be used with defining_class (METH_METHOD needs"
              + " METH_FASTCALL)");
    }
    if (shape.varKeyword().isPresent()) {
      parseWithVarKeyword(shape.varKeyword().get());
      return;
    }
    if (parameters.isEmpty()) {
      parseNoArgs();
      return;
    }
    switch (shape.convention()) {
      case O -> parseOneArg();
      case OPTION_GROUPS -> parseOptionGroups();
      case FASTCALL, VARARGS -> parsePosOnly();
      default -> parseGeneral();
    }
  }

  /**
   * {@code **kwds} (CPython 3.14, gh-64490). After positional-only parameters every keyword goes to
   * the dict, built from kwnames (vectorcall) or copied from the call's dict; after keyword-capable
   * ones the call's dict is split first, the named keywords going to the keyword parser and the
   * others to {@code **kwds}.
   */
  private void parseWithVarKeyword(BoundParameter kwds) throws DiagnosticException {
    if (shape.definingClass()) {
      throw FunctionRenderer.error(
          func, func.fullName() + ": **kwds cannot follow defining_class (not supported)");
    }
    if (parameters.stream().anyMatch(p -> p.group() != 0)) {
      throw FunctionRenderer.error(
          func, func.fullName() + ": **kwds cannot follow optional groups");
    }
    String name = kwds.converter().parserName();
    if (!shape.keywordsOnlyToVarKeyword()) {
      if (kwds.converter() instanceof VarKeywordDictConverter dict) {
        dict.splitsKeywords();
      }
      parseGeneral(step("var_keyword_split", name, VarKeywordDictConverter.NAMED, 0, 4));
      return;
    }
    PositionalSource source = positionalSource("fastcall_keywords", "keyword");
    String leftArgs = leftArgs(source.nargs());
    List<String> parserCode = new ArrayList<>();
    String nargs = checkPositionalCount(source.nargs(), parserCode);
    List<String> code =
        convertPositional(source.argnameFmt(), nargs, leftArgs, parserCode)
            .orElseThrow(() -> getargsBeforeVarKeyword());
    code.add(
        step(convention.fastcall() ? "var_keyword_kwnames" : "var_keyword_kwargs", name, "", 0, 4));
    parserBody(code);
  }

  private DiagnosticException getargsBeforeVarKeyword() {
    return FunctionRenderer.error(
        func,
        func.fullName()
            + ": a converter parsed by a getargs format string cannot come before **kwds");
  }

  /** Output parts by name, each non-empty one wrapped in newlines. */
  Map<String, String> parseArgs(CppMonitor cpp) throws DiagnosticException {
    selectPrototypes();
    initLimitedCapi();
    parts.implDefinition = prototype("impl_definition");
    chooseParser();
    copyIncludes();
    if (func.kind().newOrInit()) {
      handleNewOrInit();
    }
    processMethoddef(cpp);
    finish();
    Map<String, String> d = new LinkedHashMap<>();
    d.put("docstring_prototype", parts.docstringPrototype);
    d.put("docstring_definition", parts.docstringDefinition);
    d.put("impl_prototype", parts.implPrototype);
    d.put("methoddef_define", parts.methoddefDefine);
    d.put("parser_prototype", parserPrototype);
    d.put("parser_definition", parts.parserDefinition);
    d.put("impl_definition", parts.implDefinition);
    d.put("cpp_if", parts.cppIf);
    d.put("cpp_endif", parts.cppEndif);
    d.put("methoddef_ifndef", parts.methoddefIfndef);
    Map<String, String> out = new LinkedHashMap<>();
    d.forEach((k, v) -> out.put(k, v.isEmpty() ? v : "\n" + v + "\n"));
    return out;
  }

  /**
   * The parser declares the impl's parameters itself (METH_O with a return converter): the one
   * parameter must not be declared again as a local.
   */
  boolean parserTakesImplParameters() {
    return parserTakesImplParameters;
  }

  boolean limitedCapi() {
    return limitedCapi;
  }

  static ImmutableList<String> partNames() {
    return ImmutableList.of(
        "docstring_prototype",
        "docstring_definition",
        "impl_prototype",
        "methoddef_define",
        "parser_prototype",
        "parser_definition",
        "impl_definition",
        "cpp_if",
        "cpp_endif",
        "methoddef_ifndef");
  }
}
