package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.argclinic.bind.BoundParameter;
import org.argclinic.bind.CFunction;
import org.argclinic.bind.FileBinding;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.c.CallShape;
import org.argclinic.emit.c.Convention;
import org.argclinic.emit.c.Docstrings;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.resolve.VarPosArrayConverter;
import org.argclinic.template.Templates;

/**
 * The Rust target: functions of one source file to the text of {@code clinic/<basename>.rs} and,
 * per function, the impl signature that stays in the clinic block.
 */
public final class RustEmitter {
  private static final ImmutableSet<String> RUST_KEYWORDS =
      ImmutableSet.of(
          "as",
          "break",
          "const",
          "continue",
          "else",
          "enum",
          "extern",
          "false",
          "fn",
          "for",
          "if",
          "impl",
          "in",
          "let",
          "loop",
          "match",
          "mod",
          "move",
          "mut",
          "pub",
          "ref",
          "return",
          "static",
          "struct",
          "trait",
          "true",
          "type",
          "unsafe",
          "use",
          "where",
          "while",
          "async",
          "await",
          "dyn",
          "abstract",
          "become",
          "box",
          "do",
          "final",
          "macro",
          "override",
          "priv",
          "typeof",
          "unsized",
          "virtual",
          "yield",
          "try",
          "gen");
  private static final ImmutableSet<String> NOT_RAW =
      ImmutableSet.of("self", "Self", "super", "crate", "_");

  private final Templates templates;
  private final RustOptions options;

  /** Full names of the setters in the file being emitted: their getter's def names both. */
  private Set<String> setters = Set.of();

  /** The C target's binding of the file being emitted: converters and docstrings. */
  private FileBinding binding;

  public RustEmitter(RustOptions options) {
    this(options, Templates.builtIn());
  }

  /**
   * @param templates the run's templates ({@code rust/*.rs.ftl}, overridable as all others)
   */
  public RustEmitter(RustOptions options, Templates templates) {
    this.options = options;
    this.templates = templates;
  }

  /** One function's generated parts. */
  /**
   * @param constants C constant names the glue's defaults use: the including module defines them
   */
  public record FunctionOutput(
      Function function, String glue, String implSignature, ImmutableList<String> constants) {}

  /** A function the Rust target cannot render, and why. */
  public record Skipped(Function function, String reason) {}

  /** The output for one file. */
  public record FileOutput(
      String text, ImmutableList<FunctionOutput> functions, ImmutableList<Skipped> skipped) {
    /** The impl signature of one function (a getter and its setter share a full name). */
    public Optional<String> implSignature(Function function) {
      return functions.stream()
          .filter(f -> f.function() == function)
          .map(FunctionOutput::implSignature)
          .findFirst();
    }
  }

  /** Renders every function it can; the others are listed in {@code skipped} with a reason. */
  public FileOutput emitFile(String sourceName, List<Function> functions, FileBinding binding) {
    this.binding = binding;
    ImmutableList.Builder<FunctionOutput> done = ImmutableList.builder();
    ImmutableList.Builder<Skipped> skipped = ImmutableList.builder();
    List<String> texts = new ArrayList<>();
    setters =
        functions.stream()
            .filter(f -> f.kind() == FunctionKind.SETTER)
            .map(Function::fullName)
            .collect(Collectors.toSet());
    for (Function f : functions) {
      try {
        FunctionOutput out = emitFunction(f);
        done.add(out);
        texts.add(out.glue());
      } catch (Unsupported u) {
        skipped.add(new Skipped(f, u.getMessage()));
      }
    }
    boolean varKeyword =
        functions.stream()
            .anyMatch(
                f -> f.parameters().stream().anyMatch(p -> p.kind() == ParameterKind.VAR_KEYWORD));
    String text =
        render(
            "file.rs.ftl",
            new RustFileView(
                options.ffiPath(), sourceName, ImmutableList.copyOf(texts), varKeyword));
    return new FileOutput(text, done.build(), skipped.build());
  }

  /** A diagnostic for a function the Rust target skipped. */
  public static Diagnostic diagnostic(String path, Skipped s) {
    return Diagnostic.error(
        path,
        s.function().position().line(),
        s.function().position().column(),
        "no Rust glue for " + s.function().fullName() + ": " + s.reason());
  }

  static final class Unsupported extends Exception {
    Unsupported(String reason) {
      super(reason);
    }
  }

  /** One function of a file whose functions {@code binding} bound. */
  FunctionOutput emitFunction(Function f, FileBinding binding) throws Unsupported {
    this.binding = binding;
    return emitFunction(f);
  }

  FunctionOutput emitFunction(Function f) throws Unsupported {
    RustFunctionView view = view(f);
    String glue = render("function.rs.ftl", view).stripTrailing() + "\n";
    String impl = render("impl.rs.ftl", view).strip();
    LinkedHashSet<String> constants = new LinkedHashSet<>();
    for (RustParamView p : view.params()) {
      constants.addAll(RustDefaults.constants(p.defaultValue()));
      constants.addAll(RustDefaults.constants(p.convert()));
    }
    return new FunctionOutput(f, glue, impl, ImmutableList.copyOf(constants));
  }

  /** The function as bound for C, its shape, and its parameters as the Rust glue sees them. */
  private record Signature(
      Function function,
      CFunction bound,
      CallShape shape,
      Optional<Parameter> explicitSelf,
      Optional<Parameter> definingClass,
      List<Parameter> params) {
    boolean newOrInit() {
      return shape.newOrInit();
    }

    RustFunctionView.Entry convention() {
      return RustFunctionView.Entry.of(shape);
    }
  }

  private Signature signature(Function f) throws Unsupported {
    CFunction bound;
    try {
      bound = binding.function(f);
    } catch (DiagnosticException e) {
      throw new Unsupported(e.diagnostics().get(0).message());
    }
    CallShape shape = CallShape.of(bound);
    // the model's parameters (the binding may rename C names): self and defining_class aside
    List<Parameter> params = new ArrayList<>(f.parameters());
    Optional<Parameter> explicitSelf = Optional.empty();
    if (params.size() == bound.parameters().size()) {
      // self is declared: the glue passes it as an object pointer, a self converter class not
      String converter = params.get(0).converter().name();
      if (!converter.equals("self")) {
        throw new Unsupported("converter '" + converter + "' has no Rust conversion");
      }
      explicitSelf = Optional.of(params.remove(0));
    }
    Optional<Parameter> definingClass =
        shape.definingClass() ? Optional.of(params.remove(0)) : Optional.empty();
    if (shape.varKeyword().isPresent()) {
      params.remove(params.size() - 1);
    }
    Signature sig = new Signature(f, bound, shape, explicitSelf, definingClass, params);
    refuseShape(sig);
    return sig;
  }

  /** Shapes the Rust glue has no form for. */
  private static void refuseShape(Signature sig) throws Unsupported {
    CallShape shape = sig.shape();
    if (shape.varKeyword().isPresent()
        && (sig.newOrInit()
            || shape.definingClass()
            || shape.convention() == Convention.OPTION_GROUPS
            || (shape.hasVararg() && !shape.keywordsOnlyToVarKeyword()))) {
      throw new Unsupported(
          "**kwds in __new__/__init__, with defining_class, optional groups,"
              + " or *args among keyword parameters");
    }
    if (shape.definingClass() && sig.newOrInit()) {
      throw new Unsupported("defining_class in __new__/__init__");
    }
    if (shape.convention() == Convention.OPTION_GROUPS
        && (sig.newOrInit() || shape.definingClass() || shape.hasVararg())) {
      throw new Unsupported("optional groups in __new__/__init__ or with defining_class or *args");
    }
    RustFunctionView.Entry convention = sig.convention();
    if (shape.hasVararg() && convention == RustFunctionView.Entry.VARARGS_KEYWORDS) {
      throw new Unsupported("*args parameter with @disable fastcall and keyword parameters");
    }
    if (shape.hasVararg()
        && convention != RustFunctionView.Entry.FASTCALL
        && convention != RustFunctionView.Entry.FASTCALL_KEYWORDS
        && convention != RustFunctionView.Entry.VARARGS
        && convention != RustFunctionView.Entry.FASTCALL_KWDS
        && convention != RustFunctionView.Entry.VARARGS_KWDS) {
      throw new Unsupported("*args parameter in __new__/__init__ or with defining_class");
    }
  }

  /** How the glue names its first C parameter and hands it to the impl. */
  private record SelfPlan(String name, String type, String pass) {}

  private static SelfPlan selfPlan(Signature sig) {
    Function f = sig.function();
    boolean isType = f.kind() == FunctionKind.CLASSMETHOD || f.kind() == FunctionKind.NEW;
    String name;
    if (sig.explicitSelf().isPresent()) {
      name = ident(sig.explicitSelf().get().cName());
    } else if (f.className().isEmpty()) {
      name = "module";
    } else if (isType) {
      name = "type_";
    } else {
      name = "self_";
    }
    String type = isType ? "*mut clinic::ffi::PyTypeObject" : RustConverters.OBJECT;
    String pass =
        f.kind() == FunctionKind.CLASSMETHOD ? name + " as *mut clinic::ffi::PyTypeObject" : name;
    return new SelfPlan(name, type, pass);
  }

  /** The converted parameters and what the parser needs of them. */
  private record ParamPlan(
      ImmutableList<RustParamView> params,
      ImmutableList<String> keywords,
      boolean formatParsed,
      ImmutableList<OptionGroups.Case> groupCases,
      String groupError) {}

  /** Optional groups: each accepted tuple length and the parameters it fills. */
  private static ParamPlan groupParams(Signature sig) throws Unsupported {
    Function f = sig.function();
    List<Parameter> all = sig.params();
    List<List<Integer>> subsets = OptionGroups.subsets(all);
    List<OptionGroups.Unit> units = new ArrayList<>();
    for (BoundParameter p : sig.shape().parameters()) {
      units.add(OptionGroups.unit(p));
    }
    ImmutableList.Builder<OptionGroups.Case> cases = ImmutableList.builder();
    for (List<Integer> subset : subsets) {
      ImmutableList.Builder<OptionGroups.Assignment> as = ImmutableList.builder();
      for (int k = 0; k < subset.size(); k++) {
        int pi = subset.get(k);
        String convert =
            units
                .get(pi)
                .convert()
                .replace("{arg}", "clinic::ffi::PyTuple_GET_ITEM(args, " + k + ")")
                .replace("{fname}", rustStr(f.name()))
                .replace("{display}", rustStr("argument " + (k + 1)));
        as.add(new OptionGroups.Assignment(ident(all.get(pi).cName()), convert));
      }
      cases.add(new OptionGroups.Case(subset.size(), as.build()));
    }
    String error =
        rustStr(
            f.fullName()
                + " requires "
                + subsets.get(0).size()
                + " to "
                + subsets.get(subsets.size() - 1).size()
                + " arguments");
    ImmutableList.Builder<RustParamView> params = ImmutableList.builder();
    for (int i = 0; i < all.size(); i++) {
      Parameter p = all.get(i);
      OptionGroups.Unit u = units.get(i);
      boolean inGroup = p.group() != 0;
      String local = ident(p.cName());
      String pass =
          (inGroup ? u.optionalPass() : u.pass()).replace("{name}", local)
              + (inGroup || u.pass().contains("unwrap") ? "" : ".unwrap()");
      params.add(
          new RustParamView(
              local,
              u.localType(),
              "",
              "",
              "group",
              "",
              pass,
              inGroup ? "Option<" + u.implType() + ">" : u.implType(),
              "",
              u.localType().equals("clinic::Buffer")));
    }
    return new ParamPlan(params.build(), ImmutableList.of(), false, cases.build(), error);
  }

  /** Every other convention: one argument slot per parameter, converted in order. */
  private static ParamPlan slotParams(Signature sig, String fnameLit) throws Unsupported {
    List<Parameter> all = sig.params();
    int vararg = sig.shape().vararg();
    boolean formatParsed = false;
    ImmutableList.Builder<RustParamView> params = ImmutableList.builder();
    ImmutableList.Builder<String> keywords = ImmutableList.builder();
    for (int i = 0; i < all.size(); i++) {
      Parameter p = all.get(i);
      if (i == vararg
          && sig.shape().parameters().get(i).converter() instanceof VarPosArrayConverter) {
        params.add(arraySlice(sig, i));
        continue;
      }
      if (i == vararg) {
        // the *args slot has no name in the parser (clinic leaves it out of the keywords)
        String local = ident(p.cName());
        String take =
            switch (sig.convention()) {
              case FASTCALL -> "clinic::varargs(args, nargs, " + i + ")";
              case FASTCALL_KWDS ->
                  "clinic::varargs(args as *mut *mut clinic::ffi::PyObject, nargs, " + i + ")";
              case VARARGS, VARARGS_KWDS ->
                  "clinic::varargs(clinic::tuple_items(args) as *mut *mut "
                      + "clinic::ffi::PyObject, nargs, "
                      + i
                      + ")";
              default -> "clinic::ok(varargs)";
            };
        params.add(
            new RustParamView(
                local,
                "clinic::OwnedRef",
                take,
                "",
                "required",
                "",
                local + ".as_ptr()",
                RustConverters.OBJECT,
                "true",
                false));
        continue;
      }
      keywords.add(p.kind() == ParameterKind.POSITIONAL_ONLY ? "\"\"" : rustStr(p.name()));
      RustConverters.Resolved r = RustConverters.resolve(sig.shape().parameters().get(i));
      if (r.conversion().isEmpty()) {
        throw new Unsupported(r.reason());
      }
      RustConversion c = r.conversion().get();
      formatParsed |= c.formatParsed();
      params.add(slotParam(sig, i, c, fnameLit));
    }
    return new ParamPlan(params.build(), keywords.build(), formatParsed, ImmutableList.of(), "");
  }

  /**
   * {@code *args: array} (gh-122943): the extra arguments as a slice of the caller's array (no
   * tuple); empty without any, where the array may be NULL.
   */
  private static RustParamView arraySlice(Signature sig, int i) throws Unsupported {
    String base =
        switch (sig.convention()) {
          case FASTCALL, FASTCALL_KWDS -> "args";
          case VARARGS, VARARGS_KWDS -> "clinic::tuple_items(args)";
          default ->
              throw new Unsupported(
                  "*args: array with keyword parameters (the C glue refuses it too)");
        };
    String local = ident(sig.params().get(i).cName());
    String type = "&[*mut clinic::ffi::PyObject]";
    String take =
        "clinic::ok(if nargs > "
            + i
            + " { ::std::slice::from_raw_parts(("
            + base
            + " as *const *mut clinic::ffi::PyObject).add("
            + i
            + "), (nargs - "
            + i
            + ") as usize) } else { &[] })";
    return new RustParamView(local, type, take, "", "required", "", local, type, "true", false);
  }

  /** Where parameter {@code i}'s argument is, whether it was given, and its conversion. */
  private static RustParamView slotParam(Signature sig, int i, RustConversion c, String fnameLit)
      throws Unsupported {
    Parameter p = sig.params().get(i);
    String display;
    if (sig.shape().convention() == Convention.O) {
      display = "argument";
    } else if (p.kind() == ParameterKind.POSITIONAL_ONLY || c.formatParsed()) {
      // getargs numbers every argument, keyword-capable or not
      display = "argument " + (i + 1);
    } else {
      display = "argument " + ExprPrinter.reprStr(p.name());
    }
    String slot;
    String present;
    switch (sig.convention()) {
      case O -> {
        slot = "arg";
        present = "true";
      }
      case FASTCALL, FASTCALL_KWDS -> {
        slot = "*args.add(" + i + ")";
        present = "nargs > " + i;
      }
      case VARARGS, VARARGS_KWDS -> {
        slot = "clinic::ffi::PyTuple_GET_ITEM(args, " + i + ")";
        present = "nargs > " + i;
      }
      default -> {
        if (sig.shape().convention().keywords()) {
          slot = "argv[" + i + "]";
          present = "!argv[" + i + "].is_null()";
        } else {
          slot = "clinic::ffi::PyTuple_GET_ITEM(args, " + i + ")";
          present = "nargs > " + i;
        }
      }
    }
    String local = ident(p.cName());
    DefaultPlan plan = RustDefaults.plan(p, c);
    String convert =
        c.convert()
            .replace("{arg}", slot)
            .replace("{fname}", fnameLit)
            .replace("{display}", rustStr(display))
            .replace("{default}", plan.keepOnNone())
            .replace("{paramname}", rustStr(RustConverters.parserName(p.cName())));
    String layout;
    String localType = c.localType();
    String pass = c.pass().replace("{name}", local);
    String implType = c.implType();
    if (p.defaultValue().isEmpty()) {
      layout = "required";
    } else if (plan.option()) {
      layout = "option";
      localType = "Option<" + c.localType() + ">";
      pass = c.optionalPass().replace("{name}", local);
      implType = "Option<" + c.implType() + ">";
    } else {
      layout = "default";
    }
    return new RustParamView(
        local,
        localType,
        convert,
        slot,
        layout,
        plan.value(),
        pass,
        implType,
        present,
        pass.contains("as_mut"));
  }

  /** The docstring constant, its literal, and the def constant's name. */
  private record DocPlan(String docConst, String docLiteral, String methodDef) {}

  private DocPlan docPlan(Signature sig, Deprecation depr) throws Unsupported {
    Function f = sig.function();
    boolean getset = f.kind() == FunctionKind.GETTER || f.kind() == FunctionKind.SETTER;
    // The docstring is the C target's (one rendering of __text_signature__ for both); clinic
    // appends the deprecation notes to the rendered text.
    String doc;
    try {
      doc = Docstrings.format(sig.bound()) + depr.notes();
    } catch (DiagnosticException e) {
      throw new Unsupported(e.diagnostics().get(0).message());
    }
    String base = f.cName().toUpperCase(Locale.ROOT);
    String docConst = doc.isEmpty() && (sig.newOrInit() || getset) ? "" : base + "_DOC";
    String docLiteral = docConst.isEmpty() ? "" : cStrDoc(doc);
    String methodDef =
        sig.newOrInit() || f.kind() == FunctionKind.SETTER
            ? ""
            : base + (getset ? "_GETSETDEF" : "_METHODDEF");
    return new DocPlan(docConst, docLiteral, methodDef);
  }

  /** The {@code PyMethodDefPointer} field and the {@code ml_flags} expression. */
  private record DefPlan(String pointerField, String flags) {}

  private static DefPlan defPlan(Signature sig) {
    String pointerField = sig.convention().pointerField();
    String flags = pointerField.isEmpty() ? "" : rustFlags(sig.shape().convention().flags());
    Function f = sig.function();
    if (f.kind() == FunctionKind.CLASSMETHOD) {
      flags += " | clinic::ffi::METH_CLASS";
    } else if (f.kind() == FunctionKind.STATICMETHOD) {
      flags += " | clinic::ffi::METH_STATIC";
    }
    if (f.hasDecorator("coexist")) {
      flags += " | clinic::ffi::METH_COEXIST";
    }
    return new DefPlan(pointerField, flags);
  }

  /** {@code METH_A|METH_B} as the Rust glue spells it. */
  private static String rustFlags(String cFlags) {
    List<String> out = new ArrayList<>();
    for (String flag : cFlags.split("\\|")) {
      out.add("clinic::ffi::" + flag);
    }
    return String.join(" | ", out);
  }

  RustFunctionView view(Function f) throws Unsupported {
    Signature sig = signature(f);
    CallShape shape = sig.shape();
    RustFunctionView.Entry convention = sig.convention();
    boolean newOrInit = sig.newOrInit();
    String messageName =
        newOrInit
            ? f.className().map(c -> c.substring(c.lastIndexOf('.') + 1)).orElse(f.name())
            : f.name();
    String fnameLit = rustStr(messageName);
    boolean usesKeywords = shape.convention().keywords() && !shape.keywordsOnlyToVarKeyword();
    String fullDisplay =
        newOrInit
            ? (f.module().isEmpty() ? "" : f.module() + ".") + f.className().orElse(f.name())
            : f.fullName();
    Deprecation depr = Deprecation.of(sig.params(), fullDisplay);
    if (depr.any() && !usesKeywords) {
      throw new Unsupported("deprecated positional/keyword use outside keyword parsing");
    }
    ParamPlan plan =
        shape.convention() == Convention.OPTION_GROUPS
            ? groupParams(sig)
            : slotParams(sig, fnameLit);
    ImmutableList<RustParamView> params = plan.params();
    if (plan.formatParsed() && params.size() > 1 && (usesKeywords || newOrInit)) {
      // getargs' keyword parser converts while it matches: its error order is not ported
      throw new Unsupported(
          "a converter parsed by getargs (s#, z#, y#, y, z*) with keyword parameters");
    }
    ReturnPlan ret = f.kind() == FunctionKind.SETTER ? new ReturnPlan("()", "0") : returnPlan(f);
    DocPlan doc = docPlan(sig, depr);
    DefPlan def = defPlan(sig);
    SelfPlan self = selfPlan(sig);
    String suffix =
        f.kind() == FunctionKind.GETTER ? "_get" : f.kind() == FunctionKind.SETTER ? "_set" : "";
    String base = f.cName();
    String glueName = ident(base + suffix);
    String implName = ident(base + suffix + "_impl");
    String setterGlue =
        f.kind() == FunctionKind.GETTER && setters.contains(f.fullName())
            ? ident(base + "_set")
            : "";
    String classParam = sig.definingClass().map(p -> ident(p.cName())).orElse("");
    String criticalTarget = f.hasDecorator("critical_section") ? self.name() : "";
    boolean nonSnakeCase =
        !implName.equals(implName.toLowerCase(Locale.ROOT))
            || params.stream().anyMatch(p -> !p.local().equals(p.local().toLowerCase(Locale.ROOT)));
    return new RustFunctionView(
        glueName,
        implName,
        doc.docConst(),
        doc.docLiteral(),
        doc.methodDef(),
        cStr(f.name()),
        fnameLit,
        convention,
        def.pointerField(),
        def.flags(),
        self.name(),
        self.type(),
        self.pass(),
        plan.keywords(),
        shape.posOnly(),
        shape.minPos(),
        shape.maxPos(),
        shape.minKwOnly(),
        shape.minPos(),
        shape.hasVararg() ? "isize::MAX" : String.valueOf(shape.maxPos()),
        plan.formatParsed() ? "check_positional_getargs" : "check_positional",
        usesKeywords,
        params,
        ret.type(),
        ret.wrap(),
        classParam,
        setterGlue,
        criticalTarget,
        plan.groupCases(),
        plan.groupError(),
        shape.vararg(),
        nonSnakeCase,
        depr.positionalCondition(),
        depr.positionalMessage().isEmpty() ? "" : rustStr(depr.positionalMessage()),
        depr.keywordCondition(),
        depr.keywordMessage().isEmpty() ? "" : rustStr(depr.keywordMessage()),
        shape.varKeyword().map(p -> ident(p.parameter().cName())).orElse(""),
        newOrInit && shape.vectorcall() && shape.convention() == Convention.FASTCALL_KEYWORDS
            ? ident(base.replaceAll("_{1,3}(new|init)__$", "") + "_vectorcall")
            : "");
  }

  record DefaultPlan(boolean option, String value, String keepOnNone) {}

  record ReturnPlan(String type, String wrap) {}

  private static final ImmutableMap<String, ReturnPlan> RETURNS =
      ImmutableMap.<String, ReturnPlan>builder()
          .put("object", new ReturnPlan(RustConverters.OBJECT, "_ret"))
          .put("bool", new ReturnPlan("bool", "clinic::from_bool(_ret)"))
          .put("int", new ReturnPlan("i32", "clinic::from_long(_ret as ::std::ffi::c_long)"))
          .put("long", new ReturnPlan("::std::ffi::c_long", "clinic::from_long(_ret)"))
          .put(
              "unsigned_int",
              new ReturnPlan("u32", "clinic::from_ulong(_ret as ::std::ffi::c_ulong)"))
          .put("unsigned_long", new ReturnPlan("::std::ffi::c_ulong", "clinic::from_ulong(_ret)"))
          .put("Py_ssize_t", new ReturnPlan("isize", "clinic::from_ssize(_ret)"))
          .put("size_t", new ReturnPlan("usize", "clinic::from_usize(_ret)"))
          .put("double", new ReturnPlan("f64", "clinic::from_f64(_ret)"))
          .put("float", new ReturnPlan("f32", "clinic::from_f64(_ret as f64)"))
          .build();

  private ReturnPlan returnPlan(Function f) throws Unsupported {
    if (f.kind() == FunctionKind.INIT || f.kind() == FunctionKind.SETTER) {
      return new ReturnPlan("()", "0");
    }
    ConverterRef r = f.returnConverter();
    ReturnPlan plan = RETURNS.get(r.name());
    if (plan == null || !r.arguments().isEmpty()) {
      throw new Unsupported("return converter '" + r.name() + "'");
    }
    return plan;
  }

  /**
   * A Rust identifier for a C name: keywords become raw identifiers or get a trailing underscore.
   */
  static String ident(String name) {
    if (NOT_RAW.contains(name)) {
      return name + "_";
    }
    return RUST_KEYWORDS.contains(name) ? "r#" + name : name;
  }

  /** A Rust string literal. */
  static String rustStr(String s) {
    return "\"" + escape(s, false) + "\"";
  }

  /** A Rust C string literal. */
  static String cStr(String s) {
    return "c\"" + escape(s, true) + "\"";
  }

  /** A docstring as a C string literal, one source line per docstring line. */
  static String cStrDoc(String doc) {
    StringBuilder sb = new StringBuilder("c\"");
    String[] lines = doc.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = escape(lines[i], true);
      if (i > 0 && line.startsWith(" ")) {
        // a line continuation skips leading whitespace; an escaped space survives it
        line = "\\x20" + line.substring(1);
      }
      sb.append(line);
      if (i < lines.length - 1) {
        sb.append("\\n\\\n");
      }
    }
    if (doc.endsWith("--")) {
      // __text_signature__ wants the blank line after the marker even with no docstring
      sb.append("\\n\\n");
    }
    return sb.append('"').toString();
  }

  private static String escape(String s, boolean cString) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '"' -> sb.append("\\\"");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", c));
          } else if (c == 0 && cString) {
            sb.append("\\x00");
          } else {
            sb.appendCodePoint(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /** The templates this emitter renders with. */
  public Templates templates() {
    return templates;
  }

  private String render(String name, Object model) {
    return templates.render("rust/" + name, model);
  }
}
