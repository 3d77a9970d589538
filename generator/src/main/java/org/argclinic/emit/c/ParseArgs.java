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
import org.argclinic.model.FunctionKind;
import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.Include;

/**
 * Chooses a function's calling convention and writes its parser, as Argument Clinic's
 * ParseArgsCodeGen does: METH_NOARGS, METH_O, positional-only fastcall, fastcall with keywords
 * through {@code _PyArg_UnpackKeywords}, METH_VARARGS with option groups, {@code __new__} and
 * {@code __init__}, getters and setters. The result is the set of output parts by name, in
 * late-bound form (fields like {@code {name}} are filled in by {@link FunctionRenderer}).
 */
final class ParseArgs {
  static final int NO_VARARG = -1;
  static final String CORE_CONDITION = "#if defined(Py_BUILD_CORE) && !defined(Py_BUILD_CORE_MODULE)";

  private final CFunction func;
  private final CodeGen codegen;
  private final CTemplates templates;
  private final Deprecations deprecations;
  private boolean limitedCapi;

  private final List<BoundParameter> parameters;
  private final List<CConverter> converters;
  private final boolean requiresDefiningClass;
  private boolean fastcall;
  private String returnValueDeclaration;
  private String flags = "";
  private String declarations = "";

  private int posOnly;
  private int minPos;
  private int maxPos;
  private int minKwOnly;
  private int pseudoArgs;
  private int vararg = NO_VARARG;

  private String docstringPrototype;
  private String docstringDefinition;
  private String implPrototype; // null until chosen: "not set" differs from ""
  private String implDefinition;
  private String methoddefDefine;
  private String parserPrototype = "";
  private String parserDefinition = "";
  private String cppIf;
  private String cppEndif;
  private String methoddefIfndef;
  private List<String> parserBodyFields = List.of();

  ParseArgs(CFunction func, CodeGen codegen, CTemplates templates, Deprecations deprecations) {
    this.func = func;
    this.codegen = codegen;
    this.templates = templates;
    this.deprecations = deprecations;
    List<BoundParameter> ps = new ArrayList<>(func.parameters());
    ps.remove(0); // the self parameter
    boolean defining = !ps.isEmpty() && ps.get(0).isDefiningClass();
    if (defining) {
      ps.remove(0);
    }
    this.requiresDefiningClass = defining;
    this.parameters = ps;
    this.converters = new ArrayList<>();
    for (BoundParameter p : ps) {
      converters.add(p.converter());
    }
    if (func.criticalSection()) {
      codegen.addInclude("pycore_critical_section.h", "Py_BEGIN_CRITICAL_SECTION()");
    }
    this.fastcall = !func.kind().newOrInit();
    int i = 0;
    for (BoundParameter p : ps) {
      i++;
      if (p.isKeywordOnly()) {
        if (!p.isOptional()) {
          minKwOnly = i - maxPos - (vararg != NO_VARARG ? 1 : 0);
        }
      } else if (p.isVararg()) {
        pseudoArgs++;
        vararg = i - 1;
      } else {
        if (vararg == NO_VARARG) {
          maxPos = i;
        }
        if (p.isPositionalOnly()) {
          posOnly = i;
        }
        if (!p.isOptional()) {
          minPos = i;
        }
      }
    }
  }

  private String prototype(String kind) {
    return prototype(kind, "");
  }

  private String prototype(String kind, String argname) {
    return Text.normalizeSnippet(templates.render("prototype.c.ftl", new ViewModels.Prototype(kind, argname)));
  }

  private String definition(String kind) {
    return Text.normalizeSnippet(templates.render("definition.c.ftl", new ViewModels.Definition(kind)));
  }

  private String step(String kind, String text, String other, int a, int indent) {
    // text, other and the count are only printed: slots. The shape is kind, plural, varargs.
    ViewModels.ParseStep whole = new ViewModels.ParseStep(kind, text, other, a);
    return Text.normalizeSnippet(templates.renderSlotted("parse_step.c.ftl",
        s -> new ViewModels.ParseStep(kind, s.get(0), s.get(1), s.get(2), whole.plural(),
            whole.varargs()), List.of(text, other, whole.a())), indent);
  }

  private String step(String kind, String text, int a) {
    return step(kind, text, "", a, 4);
  }

  private boolean hasOptionGroups() {
    return !parameters.isEmpty()
        && (parameters.get(0).group() != 0 || parameters.get(parameters.size() - 1).group() != 0);
  }

  private boolean useMethO() {
    return parameters.size() == 1
        && parameters.get(0).isPositionalOnly()
        && !converters.get(0).isOptional()
        && !requiresDefiningClass
        && !func.kind().newOrInit();
  }

  private boolean useSimpleReturn() {
    return func.returnConverter().type().equals("PyObject *") && !func.criticalSection();
  }

  private void selectPrototypes() throws DiagnosticException {
    docstringPrototype = "";
    docstringDefinition = "";
    methoddefDefine = definition("methoddef");
    returnValueDeclaration = "PyObject *return_value = NULL;";
    String doc = func.function().docstring();
    if (func.kind().newOrInit() && doc.isEmpty()) {
      // no docstring variables
    } else if (func.kind() == FunctionKind.GETTER) {
      methoddefDefine = definition("getterdef");
      if (!doc.isEmpty()) {
        docstringDefinition = definition("getset_docstring_strvar");
      }
    } else if (func.kind() == FunctionKind.SETTER) {
      if (!doc.isEmpty()) {
        throw FunctionRenderer.error(func, "docstrings are only supported for @getter, not @setter");
      }
      returnValueDeclaration = "int {return_value};";
      methoddefDefine = definition("setterdef");
    } else {
      docstringPrototype = definition("docstring_var");
      docstringDefinition = definition("docstring_strvar");
    }
  }

  private void initLimitedCapi() {
    limitedCapi = codegen.limitedCapi();
    if (limitedCapi
        && (pseudoArgs > 0
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
    parserDefinition = Text.linearFormat(code, "parser_declarations", declarations);
  }

  /** parser_body.c.ftl only prints the prototype and the fields: they are slots. */
  private String parserBodyText(List<String> fields, boolean simple) {
    List<String> strings = new ArrayList<>(fields.size() + 1);
    strings.add(parserPrototype);
    strings.addAll(fields);
    return templates.renderSlotted("parser_body.c.ftl",
        s -> new ViewModels.ParserBody(s.get(0), s.subList(1, s.size()), simple), strings);
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
    } else if (!requiresDefiningClass) {
      flags = "METH_NOARGS";
      parserPrototype = prototype("noargs");
      parserCode = List.of();
    } else {
      flags = "METH_METHOD|METH_FASTCALL|METH_KEYWORDS";
      parserPrototype = prototype("def_class");
      String returnError = simpleReturn ? "return NULL;" : "goto exit;";
      parserCode = List.of(step("noargs_def_class", returnError, 0));
    }
    if (simpleReturn) {
      parserDefinition = parserBodyText(parserCode, true);
    } else {
      parserBody(parserCode);
    }
  }

  private void parseOneArg() {
    flags = "METH_O";
    CConverter c = converters.get(0);
    if (parameters.get(0).isObject() && c.formatUnit().equals("O")) {
      String methO = prototype("meth_o");
      if (useSimpleReturn()) {
        // The impl is the METH_O function itself: no parser.
        implPrototype = "";
        implDefinition = methO;
      } else {
        // The parser takes the impl's parameters (clinic's "slight hack").
        parserPrototype = methO;
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
    flags = "METH_VARARGS";
    parserPrototype = prototype("varargs");
    parserBody("    {option_group_parsing}");
  }

  private void parsePosOnly() {
    String nargs;
    String argnameFmt;
    if (fastcall) {
      flags = "METH_FASTCALL";
      parserPrototype = prototype("fastcall");
      nargs = "nargs";
      argnameFmt = "args[%d]";
    } else {
      flags = "METH_VARARGS";
      parserPrototype = prototype("varargs");
      if (codegen.publicTarget().isPresent()) {
        nargs = codegen.tupleSize("args");
        argnameFmt = codegen.publicTarget().get().tupleItemFormat();
      } else if (limitedCapi) {
        nargs = "PyTuple_Size(args)";
        argnameFmt = "PyTuple_GetItem(args, %d)";
      } else {
        nargs = "PyTuple_GET_SIZE(args)";
        argnameFmt = "PyTuple_GET_ITEM(args, %d)";
      }
    }
    String leftArgs = nargs + " - " + maxPos;
    boolean unboundedMax = vararg != NO_VARARG;
    String maxArgs = unboundedMax ? "PY_SSIZE_T_MAX" : Integer.toString(maxPos);
    List<String> parserCode = new ArrayList<>();
    if (limitedCapi) {
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
    } else {
      codegen.addInclude("pycore_modsupport.h", "_PyArg_CheckPositional()");
      // public targets: getargs' arity messages where CPython's clinic parses with getargs
      parserCode.add(step(getargsMessages(vararg == NO_VARARG) ? "getargs_arity"
          : "check_positional", nargs, maxArgs, minPos, 4));
    }
    boolean hasOptional = false;
    boolean useParserCode = true;
    for (int i = 0; i < parameters.size(); i++) {
      BoundParameter p = parameters.get(i);
      if (p.isVararg()) {
        String name = p.converter().parserName();
        if (fastcall) {
          parserCode.add(step("vararg_fastcall", leftArgs, name, maxPos, 4));
        } else {
          parserCode.add(step("vararg_slice", "", name, maxPos, 4));
        }
        continue;
      }
      String displayname = p.displayName(i + 1);
      String argname = Text.argname(argnameFmt, i);
      boolean getargs = getargsMessages(vararg == NO_VARARG);
      Optional<String> parsearg = wholeGetargs(getargs, p) ? Optional.empty()
          : codegen.parseArg(p.converter(), argname, displayname, limitedCapi, getargs);
      if (parsearg.isEmpty()) {
        useParserCode = false;
        parserCode = new ArrayList<>();
        break;
      }
      if (hasOptional || p.isOptional()) {
        hasOptional = true;
        parserCode.add(step("skip_optional", nargs, i + 1));
      }
      parserCode.add(Text.normalizeSnippet(parsearg.get(), 4));
    }
    if (useParserCode) {
      if (hasOptional) {
        parserCode.add("skip_optional:");
      }
    } else {
      for (BoundParameter p : parameters) {
        p.converter().useConverter();
      }
      if (limitedCapi) {
        fastcall = false;
      }
      if (fastcall) {
        codegen.addInclude("pycore_modsupport.h", "_PyArg_ParseStack()");
        parserCode = List.of(step("parse_stack", "", 0));
      } else {
        flags = "METH_VARARGS";
        parserPrototype = prototype("varargs");
        parserCode = List.of(step("parse_tuple", "", 0));
      }
    }
    parserBody(parserCode);
  }

  private void parseGeneral() throws DiagnosticException {
    Map<Integer, BoundParameter> deprecatedPositionals = new LinkedHashMap<>();
    Map<Integer, BoundParameter> deprecatedKeywords = new LinkedHashMap<>();
    for (int i = 0; i < parameters.size(); i++) {
      BoundParameter p = parameters.get(i);
      if (p.deprecatedPositional().isPresent()) {
        deprecatedPositionals.put(i, p);
      }
      if (p.deprecatedKeyword().isPresent()) {
        deprecatedKeywords.put(i, p);
      }
    }
    boolean hasVararg = vararg != NO_VARARG;
    boolean hasOptionalKw =
        Math.max(posOnly, minPos) + minKwOnly < converters.size() - (hasVararg ? 1 : 0);

    boolean useParserCode = true;
    List<String> parserCode = new ArrayList<>();
    String argnameFmt = null;
    if (limitedCapi) {
      useParserCode = false;
      fastcall = false;
    } else {
      String unpack;
      String unpackArgs;
      String nargs;
      if (!hasVararg) {
        codegen.addInclude("pycore_modsupport.h", "_PyArg_UnpackKeywords()");
        unpack = "_PyArg_UnpackKeywords";
        unpackArgs = minPos + ", " + maxPos + ", " + minKwOnly;
        nargs = "nargs";
      } else {
        codegen.addInclude("pycore_modsupport.h", "_PyArg_UnpackKeywordsWithVararg()");
        unpack = "_PyArg_UnpackKeywordsWithVararg";
        unpackArgs = minPos + ", " + maxPos + ", " + minKwOnly + ", " + vararg;
        nargs = maxPos > 0 ? "Py_MIN(nargs, " + maxPos + ")" : "0";
      }
      if (fastcall) {
        flags = "METH_FASTCALL|METH_KEYWORDS";
        parserPrototype = prototype("fastcall_keywords");
        argnameFmt = "args[%d]";
        declarations = declareParser(false);
        declarations += "\nPyObject *argsbuf[" + converters.size() + "];";
        if (hasOptionalKw) {
          declarations += "\nPy_ssize_t noptargs = " + nargs
              + " + (kwnames ? " + codegen.tupleSize("kwnames") + " : 0) - " + (minPos + minKwOnly) + ";";
        }
        parserCode.add(step("unpack_fastcall", unpack, unpackArgs, 0, 4));
      } else {
        flags = "METH_VARARGS|METH_KEYWORDS";
        parserPrototype = prototype("keyword");
        argnameFmt = "fastargs[%d]";
        declarations = declareParser(false);
        declarations += "\nPyObject *argsbuf[" + converters.size() + "];";
        declarations += "\nPyObject * const *fastargs;";
        declarations += "\nPy_ssize_t nargs = " + codegen.tupleSize("args") + ";";
        if (hasOptionalKw) {
          declarations += "\nPy_ssize_t noptargs = " + nargs
              + " + (kwargs ? " + codegen.dictSize("kwargs") + " : 0) - " + (minPos + minKwOnly) + ";";
        }
        parserCode.add(step("unpack_varargs", unpack, unpackArgs, 0, 4));
      }
    }
    if (requiresDefiningClass) {
      flags = "METH_METHOD|" + flags;
      parserPrototype = prototype("def_class");
    }
    String addLabel = null;
    boolean getargsNumbers = getargsMessages(!hasVararg
        && deprecatedKeywords.values().stream().noneMatch(BoundParameter::isOptional));
    if (useParserCode) {
      if (!deprecatedKeywords.isEmpty()) {
        parserCode.add(deprecations.keywordUse(func, deprecatedKeywords, Optional.of(argnameFmt), fastcall, codegen));
      }
      // Public targets take the *args tuple (a new reference) before converting the parameters
      // ahead of it, so that their errors release it at exit; CPython's clinic takes it in
      // order and leaks it when an earlier conversion fails.
      boolean varargFirst = codegen.publicTarget().isPresent() && hasVararg
          && !parameters.get(vararg).isOptional();
      if (varargFirst) {
        BoundParameter v = parameters.get(vararg);
        Optional<String> take = codegen.parseArg(v.converter(), Text.argname(argnameFmt, vararg),
            v.displayName(vararg + 1), limitedCapi);
        if (take.isPresent()) {
          parserCode.add(Text.normalizeSnippet(take.get(), 4));
        } else {
          varargFirst = false;
        }
      }
      for (int i = 0; i < parameters.size(); i++) {
        BoundParameter p = parameters.get(i);
        if (p.isDefiningClass()) {
          throw FunctionRenderer.error(func, "defining_class should be the first parameter (after self)");
        }
        // getargs numbers every argument in its messages, keyword or not
        String displayname = getargsNumbers ? "argument " + (i + 1) : p.displayName(i + 1);
        String argname = Text.argname(argnameFmt, i);
        Optional<String> parsearg = wholeGetargs(getargsNumbers, p) ? Optional.empty()
            : codegen.parseArg(p.converter(), argname, displayname, limitedCapi, getargsNumbers);
        if (parsearg.isEmpty()) {
          parserCode = new ArrayList<>();
          useParserCode = false;
          break;
        }
        if (addLabel != null && (i == posOnly || i == maxPos)) {
          parserCode.add(addLabel + ":");
          addLabel = null;
        }
        if (varargFirst && i == vararg) {
          continue;
        }
        if (!p.isOptional()) {
          parserCode.add(Text.normalizeSnippet(parsearg.get(), 4));
        } else if (i < posOnly) {
          addLabel = "skip_optional_posonly";
          parserCode.add(step("goto_if_nargs_below", addLabel, i + 1));
          if (hasOptionalKw) {
            parserCode.add(step("noptargs_decrement", "", 0));
          }
          parserCode.add(Text.normalizeSnippet(parsearg.get(), 4));
        } else {
          String label;
          int firstOpt;
          if (i < maxPos) {
            label = "skip_optional_pos";
            firstOpt = Math.max(minPos, posOnly);
          } else {
            label = "skip_optional_kwonly";
            firstOpt = maxPos + minKwOnly + (hasVararg ? 1 : 0);
          }
          if (i == firstOpt) {
            addLabel = label;
            parserCode.add(step("goto_if_no_noptargs", addLabel, 0));
          }
          if (i + 1 == parameters.size()) {
            parserCode.add(Text.normalizeSnippet(parsearg.get(), 4));
          } else {
            addLabel = label;
            parserCode.add(step("if_arg_open", argname, 0));
            parserCode.add(Text.normalizeSnippet(parsearg.get(), 8));
            parserCode.add(step("if_arg_close", addLabel, 0));
          }
        }
      }
    }
    if (useParserCode) {
      if (addLabel != null) {
        parserCode.add(addLabel + ":");
      }
    } else {
      for (BoundParameter p : parameters) {
        p.converter().useConverter();
      }
      declarations = declareParser(true);
      if (codegen.publicTarget().isPresent() && requiresDefiningClass) {
        // METH_METHOD keeps the vectorcall form: the runtime hands its arguments to getargs
        parserCode = new ArrayList<>(List.of(step("parse_stack_and_keywords", "", 0)));
        if (maxPos < parameters.size()) {
          parserCode.add(0, step("getargs_positional_max_fastcall", minPos < maxPos ? "1" : "0",
              Integer.toString(maxPos), parameters.size(), 4));
        }
        declarations = "static char *_keywords[] = {{{keywords_c} NULL}};";
      } else if (limitedCapi || codegen.publicTarget().isPresent()) {
        fastcall = false;
        flags = "METH_VARARGS|METH_KEYWORDS";
        parserPrototype = prototype("keyword");
        parserCode = new ArrayList<>(List.of(step("parse_tuple_and_keywords_limited", "", 0)));
        if (codegen.publicTarget().isPresent() && maxPos < parameters.size()) {
          // getargs' tuple form finds too many positional arguments only on reaching the
          // keyword-only ones, after converting the others; CPython's array form checks first
          parserCode.add(0, step("getargs_positional_max", minPos < maxPos ? "1" : "0",
              Integer.toString(maxPos), parameters.size(), 4));
        }
        declarations = "static char *_keywords[] = {{{keywords_c} NULL}};";
        if (!deprecatedPositionals.isEmpty() || !deprecatedKeywords.isEmpty()) {
          declarations += "\nPy_ssize_t nargs = PyTuple_Size(args);";
        }
      } else if (fastcall) {
        codegen.addInclude("pycore_modsupport.h", "_PyArg_ParseStackAndKeywords()");
        parserCode = new ArrayList<>(List.of(step("parse_stack_and_keywords", "", 0)));
      } else {
        codegen.addInclude("pycore_modsupport.h", "_PyArg_ParseTupleAndKeywordsFast()");
        parserCode = new ArrayList<>(List.of(step("parse_tuple_and_keywords_fast", "", 0)));
        if (!deprecatedPositionals.isEmpty() || !deprecatedKeywords.isEmpty()) {
          declarations += "\nPy_ssize_t nargs = PyTuple_GET_SIZE(args);";
        }
      }
      if (!deprecatedKeywords.isEmpty()) {
        parserCode.add(deprecations.keywordUse(func, deprecatedKeywords, Optional.empty(), fastcall, codegen));
      }
    }
    if (!deprecatedPositionals.isEmpty()) {
      parserCode.add(0, deprecations.positionalUse(func, deprecatedPositionals));
    }
    parserBody(parserCode);
  }

  /**
   * Whether public glue keeps getargs' messages (arity, argument numbers): where CPython's clinic
   * parses the whole function with getargs (see PublicTarget#parsesWithGetargs) and the old
   * public glue did too ({@code shapeAllows}: no *args, no optional deprecated keyword). The
   * public targets parse such functions inline all the same.
   */
  private boolean getargsMessages(boolean shapeAllows) {
    return shapeAllows && codegen.publicTarget().isPresent()
        && codegen.publicTarget().get().getargsCanParse(converters)
        && converters.stream().anyMatch(codegen.publicTarget().get()::parsesWithGetargs);
  }

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
    int numKeywords = (int) func.parameters().stream().skip(0)
        .filter(p -> !p.isPositionalOnly() && !p.isVararg())
        .count();
    if (!codegen.limitedCapi()) {
      if (numKeywords == 0) {
        codegen.addInclude("pycore_runtime.h", "_Py_SINGLETON()", CORE_CONDITION);
      } else {
        codegen.addInclude("pycore_gc.h", "PyGC_Head", CORE_CONDITION);
        codegen.addInclude("pycore_runtime.h", "_Py_ID()", CORE_CONDITION);
      }
    }
    return Text.normalizeSnippet(templates.render("declare_parser.c.ftl",
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
    methoddefDefine = "";
    if (func.kind() == FunctionKind.NEW) {
      parserPrototype = prototype("keyword");
    } else {
      returnValueDeclaration = "int return_value = -1;";
      parserPrototype = prototype("keyword_init");
    }
    List<String> fields = new ArrayList<>(parserBodyFields);
    boolean parsesPositional = !flags.contains("METH_NOARGS");
    boolean parsesKeywords = flags.contains("METH_KEYWORDS");
    if (requiresDefiningClass) {
      throw FunctionRenderer.error(func, "Slot methods cannot access their defining class.");
    }
    if (!parsesKeywords) {
      declarations = "{base_type_ptr}";
      codegen.addInclude("pycore_modsupport.h", "_PyArg_NoKeywords()");
      fields.add(0, step("no_keywords", "", 0));
      if (!parsesPositional) {
        codegen.addInclude("pycore_modsupport.h", "_PyArg_NoPositional()");
        fields.add(0, step("no_positional", "", 0));
      }
    }
    parserBody(fields);
  }

  private void processMethoddef(CppMonitor cpp) {
    String castEnd = "";
    String cast;
    if (flags.equals("METH_NOARGS") || flags.equals("METH_O") || flags.equals("METH_VARARGS")) {
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
    String extra = func.methoddefFlags();
    if (!extra.isEmpty()) {
      flags += "|" + extra;
    }
    methoddefDefine = methoddefDefine.replace("{methoddef_flags}", flags)
        .replace("{methoddef_cast}", cast)
        .replace("{methoddef_cast_end}", castEnd);
    methoddefIfndef = "";
    String conditional = cpp.condition();
    if (conditional.isEmpty()) {
      cppIf = "";
      cppEndif = "";
    } else {
      cppIf = "#if " + conditional;
      cppEndif = "#endif /* " + conditional + " */";
      if (!methoddefDefine.isEmpty() && codegen.addIfndefSymbol(func.fullName())) {
        methoddefIfndef = definition("methoddef_ifndef");
      }
    }
  }

  private void finish() {
    if (!parserPrototype.isEmpty()) {
      parserPrototype += ";";
    }
    if (implPrototype == null) {
      implPrototype = implDefinition;
    }
    if (!implPrototype.isEmpty()) {
      implPrototype += ";";
    }
    parserDefinition = parserDefinition.replace("{return_value_declaration}", returnValueDeclaration);
    Optional<String> warning = deprecations.compilerWarning(func, parameters);
    if (warning.isPresent()) {
      parserDefinition = warning.get() + "\n\n" + parserDefinition;
    }
  }

  /** Output parts by name, each non-empty one wrapped in newlines. */
  Map<String, String> parseArgs(CppMonitor cpp) throws DiagnosticException {
    selectPrototypes();
    initLimitedCapi();
    implDefinition = prototype("impl_definition");
    try {
      if (parameters.isEmpty()) {
        parseNoArgs();
      } else if (useMethO()) {
        parseOneArg();
      } else if (hasOptionGroups()) {
        parseOptionGroups();
      } else if (!requiresDefiningClass && posOnly == parameters.size() - pseudoArgs) {
        parsePosOnly();
      } else {
        parseGeneral();
      }
    } catch (org.argclinic.emit.c.pub.PublicTarget.UnsupportedConverterException e) {
      // At the refused parameter's converter, where the fix goes.
      for (BoundParameter p : func.parameters()) {
        if (p.converter() == e.converter()) {
          org.argclinic.model.Position at = p.parameter().converter().position();
          throw new DiagnosticException(List.of(org.argclinic.diag.Diagnostic.error(
              func.context().path(), at.line(), at.column(),
              func.fullName() + ": " + e.getMessage())));
        }
      }
      throw FunctionRenderer.error(func, func.fullName() + ": " + e.getMessage());
    }
    copyIncludes();
    if (func.kind().newOrInit()) {
      handleNewOrInit();
    }
    processMethoddef(cpp);
    finish();
    Map<String, String> d = new LinkedHashMap<>();
    d.put("docstring_prototype", docstringPrototype);
    d.put("docstring_definition", docstringDefinition);
    d.put("impl_prototype", implPrototype);
    d.put("methoddef_define", methoddefDefine);
    d.put("parser_prototype", parserPrototype);
    d.put("parser_definition", parserDefinition);
    d.put("impl_definition", implDefinition);
    d.put("cpp_if", cppIf);
    d.put("cpp_endif", cppEndif);
    d.put("methoddef_ifndef", methoddefIfndef);
    Map<String, String> out = new LinkedHashMap<>();
    d.forEach((k, v) -> out.put(k, v.isEmpty() ? v : "\n" + v + "\n"));
    return out;
  }

  boolean limitedCapi() {
    return limitedCapi;
  }

  static ImmutableList<String> partNames() {
    return ImmutableList.of("docstring_prototype", "docstring_definition", "impl_prototype",
        "methoddef_define", "parser_prototype", "parser_definition", "impl_definition", "cpp_if",
        "cpp_endif", "methoddef_ifndef");
  }
}
