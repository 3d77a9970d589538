package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.argclinic.bind.FileBinding;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.c.Docstrings;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.template.Templates;

/**
 * The Rust target: functions of one source file to the text of {@code clinic/<basename>.rs}
 * and, per function, the impl signature that stays in the clinic block.
 */
public final class RustEmitter {
  private static final ImmutableSet<String> RUST_KEYWORDS =
      ImmutableSet.of(
          "as", "break", "const", "continue", "else", "enum", "extern", "false", "fn", "for", "if",
          "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
          "static", "struct", "trait", "true", "type", "unsafe", "use", "where", "while", "async",
          "await", "dyn", "abstract", "become", "box", "do", "final", "macro", "override", "priv",
          "typeof", "unsized", "virtual", "yield", "try", "gen");
  private static final ImmutableSet<String> NOT_RAW = ImmutableSet.of("self", "Self", "super", "crate", "_");

  private final Templates templates;
  private final RustOptions options;
  /** Full names of the setters in the file being emitted: their getter's def names both. */
  private java.util.Set<String> setters = java.util.Set.of();
  /** The C target's binding of the file being emitted: converters and docstrings. */
  private FileBinding binding;

  public RustEmitter(RustOptions options) {
    this(options, Templates.builtIn());
  }

  /** @param templates the run's templates ({@code rust/*.rs.ftl}, overridable as all others) */
  public RustEmitter(RustOptions options, Templates templates) {
    this.options = options;
    this.templates = templates;
  }

  /** One function's generated parts. */
  /**
   * @param constants C constant names the glue's defaults use: the including module defines them
   */
  public record FunctionOutput(Function function, String glue, String implSignature, ImmutableList<String> constants) {}

  /** A function the Rust target cannot render, and why. */
  public record Skipped(Function function, String reason) {}

  /** The output for one file. */
  public record FileOutput(String text, ImmutableList<FunctionOutput> functions, ImmutableList<Skipped> skipped) {
    /** The impl signature of one function (a getter and its setter share a full name). */
    public Optional<String> implSignature(Function function) {
      return functions.stream().filter(f -> f.function() == function).map(FunctionOutput::implSignature).findFirst();
    }
  }

  /** Renders every function it can; the others are listed in {@code skipped} with a reason. */
  public FileOutput emitFile(String sourceName, List<Function> functions, FileBinding binding) {
    this.binding = binding;
    ImmutableList.Builder<FunctionOutput> done = ImmutableList.builder();
    ImmutableList.Builder<Skipped> skipped = ImmutableList.builder();
    List<String> texts = new ArrayList<>();
    setters = functions.stream().filter(f -> f.kind() == FunctionKind.SETTER).map(Function::fullName)
        .collect(java.util.stream.Collectors.toSet());
    for (Function f : functions) {
      try {
        FunctionOutput out = emitFunction(f);
        done.add(out);
        texts.add(out.glue());
      } catch (Unsupported u) {
        skipped.add(new Skipped(f, u.getMessage()));
      }
    }
    String text = render("file.rs.ftl", new RustFileView(options.ffiPath(), sourceName, ImmutableList.copyOf(texts)));
    return new FileOutput(text, done.build(), skipped.build());
  }

  /** A diagnostic for a function the Rust target skipped. */
  public static Diagnostic diagnostic(String path, Skipped s) {
    return Diagnostic.error(path, s.function().position().line(), s.function().position().column(),
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
    java.util.LinkedHashSet<String> constants = new java.util.LinkedHashSet<>();
    for (RustParamView p : view.params()) {
      constants.addAll(RustDefaults.constants(p.defaultValue()));
      constants.addAll(RustDefaults.constants(p.convert()));
    }
    return new FunctionOutput(f, glue, impl, ImmutableList.copyOf(constants));
  }

  RustFunctionView view(Function f) throws Unsupported {
    boolean getset = f.kind() == FunctionKind.GETTER || f.kind() == FunctionKind.SETTER;
    List<Parameter> all = new ArrayList<>(f.parameters());
    Optional<Parameter> explicitSelf = Optional.empty();
    if (!all.isEmpty() && all.get(0).converter().name().equals("self")) {
      explicitSelf = Optional.of(all.remove(0));
    }
    Optional<Parameter> definingClass = Optional.empty();
    if (!all.isEmpty() && all.get(0).converter().name().equals("defining_class")) {
      definingClass = Optional.of(all.remove(0));
      if (f.kind() == FunctionKind.NEW || f.kind() == FunctionKind.INIT) {
        throw new Unsupported("defining_class in __new__/__init__");
      }
    }
    boolean newOrInit = f.kind() == FunctionKind.NEW || f.kind() == FunctionKind.INIT;
    String messageName =
        newOrInit ? f.className().map(c -> c.substring(c.lastIndexOf('.') + 1)).orElse(f.name()) : f.name();
    int vararg = -1;
    for (int i = 0; i < all.size(); i++) {
      Parameter p = all.get(i);
      if (p.kind() == ParameterKind.VAR_POSITIONAL) {
        vararg = i;
      }
    }
    boolean groups = all.stream().anyMatch(p -> p.group() != 0);
    if (groups && (newOrInit || definingClass.isPresent() || vararg >= 0)) {
      throw new Unsupported("optional groups in __new__/__init__ or with defining_class or *args");
    }
    int posonly = 0, minpos = 0, maxpos = 0, minkw = 0;
    for (int i = 1; i <= all.size(); i++) {
      Parameter p = all.get(i - 1);
      boolean optional = p.defaultValue().isPresent();
      if (p.kind() == ParameterKind.VAR_POSITIONAL) {
        continue;
      }
      if (p.kind() == ParameterKind.KEYWORD_ONLY) {
        if (!optional) {
          minkw = i - maxpos - (vararg >= 0 ? 1 : 0);
        }
      } else {
        if (vararg < 0 || i - 1 < vararg) {
          maxpos = i;
        }
        if (p.kind() == ParameterKind.POSITIONAL_ONLY) {
          posonly = i;
        }
        if (!optional) {
          minpos = i;
        }
      }
    }
    String convention;
    if (groups) {
      convention = "groups";
    } else if (f.kind() == FunctionKind.GETTER) {
      convention = "getter";
    } else if (f.kind() == FunctionKind.SETTER) {
      convention = "setter";
    } else if (definingClass.isPresent()) {
      convention = "method";
    } else if (all.isEmpty()) {
      convention = newOrInit ? (f.kind() == FunctionKind.NEW ? "new" : "init") : "noargs";
    } else if (!newOrInit && all.size() == 1 && all.get(0).kind() == ParameterKind.POSITIONAL_ONLY
        && all.get(0).defaultValue().isEmpty()) {
      convention = "o";
    } else if (newOrInit) {
      convention = f.kind() == FunctionKind.NEW ? "new" : "init";
    } else if (posonly == all.size() - (vararg >= 0 ? 1 : 0)) {
      convention = "fastcall";
    } else {
      convention = "fastcall_keywords";
    }
    if (vararg >= 0 && !convention.equals("fastcall") && !convention.equals("fastcall_keywords")) {
      throw new Unsupported("*args parameter in __new__/__init__ or with defining_class");
    }
    boolean usesKeywords = posonly != all.size() || convention.equals("method");
    String fnameLit = rustStr(messageName);

    // self
    String selfName;
    String selfType;
    boolean isType = f.kind() == FunctionKind.CLASSMETHOD || f.kind() == FunctionKind.NEW;
    if (explicitSelf.isPresent()) {
      selfName = ident(explicitSelf.get().cName());
    } else if (f.className().isEmpty()) {
      selfName = "module";
    } else if (isType) {
      selfName = "type_";
    } else {
      selfName = "self_";
    }
    selfType = isType ? "*mut clinic::ffi::PyTypeObject" : RustConverters.OBJECT;
    String passSelf = selfName;
    if (isType && f.kind() == FunctionKind.CLASSMETHOD) {
      passSelf = selfName + " as *mut clinic::ffi::PyTypeObject";
    }

    String fullDisplay = newOrInit
        ? (f.module().isEmpty() ? "" : f.module() + ".") + f.className().orElse(f.name())
        : f.fullName();
    Deprecation depr = Deprecation.of(all, fullDisplay);
    if (depr.any() && !(convention.equals("fastcall_keywords") || convention.equals("method")
        || ((convention.equals("new") || convention.equals("init")) && usesKeywords))) {
      throw new Unsupported("deprecated positional/keyword use outside keyword parsing");
    }
    boolean formatParsed = false;
    List<RustParamView> params = new ArrayList<>();
    List<OptionGroups.Case> groupCases = new ArrayList<>();
    String groupError = "";
    if (groups) {
      List<List<Integer>> subsets = OptionGroups.subsets(all);
      List<OptionGroups.Unit> units = new ArrayList<>();
      for (Parameter p : all) {
        units.add(OptionGroups.unit(p.converter()));
      }
      for (List<Integer> subset : subsets) {
        ImmutableList.Builder<OptionGroups.Assignment> as = ImmutableList.builder();
        for (int k = 0; k < subset.size(); k++) {
          int pi = subset.get(k);
          String convert = units.get(pi).convert()
              .replace("{arg}", "clinic::ffi::PyTuple_GET_ITEM(args, " + k + ")")
              .replace("{fname}", rustStr(f.name()))
              .replace("{display}", rustStr("argument " + (k + 1)));
          as.add(new OptionGroups.Assignment(ident(all.get(pi).cName()), convert));
        }
        groupCases.add(new OptionGroups.Case(subset.size(), as.build()));
      }
      groupError = rustStr(f.fullName() + " requires " + subsets.get(0).size() + " to "
          + subsets.get(subsets.size() - 1).size() + " arguments");
      for (int i = 0; i < all.size(); i++) {
        Parameter p = all.get(i);
        OptionGroups.Unit u = units.get(i);
        boolean inGroup = p.group() != 0;
        String local = ident(p.cName());
        params.add(new RustParamView(local, u.localType(), "", "", "group", "",
            (inGroup ? u.optionalPass() : u.pass()).replace("{name}", local) + (inGroup || u.pass().contains("unwrap") ? "" : ".unwrap()"),
            inGroup ? "Option<" + u.implType() + ">" : u.implType(), "", u.localType().equals("clinic::Buffer")));
      }
    }
    ImmutableList.Builder<String> keywords = ImmutableList.builder();
    for (int i = 0; i < all.size() && !groups; i++) {
      Parameter p = all.get(i);
      if (i != vararg) {
        // the *args slot has no name in the parser (clinic leaves it out of the keywords)
        keywords.add(p.kind() == ParameterKind.POSITIONAL_ONLY ? "\"\"" : rustStr(p.name()));
      }
      if (i == vararg) {
        String local = ident(p.cName());
        String take = convention.equals("fastcall") ? "clinic::varargs(args, nargs, " + i + ")" : "clinic::ok(varargs)";
        params.add(new RustParamView(local, "clinic::OwnedRef", take,
            "", "required", "", local + ".as_ptr()", RustConverters.OBJECT, "true", false));
        continue;
      }
      RustConverters.Resolved r = RustConverters.resolve(p.converter());
      if (r.conversion().isEmpty()) {
        throw new Unsupported(r.reason());
      }
      RustConversion c = r.conversion().get();
      formatParsed |= c.formatParsed();
      String display;
      if (convention.equals("o")) {
        display = "argument";
      } else if (p.kind() == ParameterKind.POSITIONAL_ONLY || c.formatParsed()) {
        // getargs numbers every argument, keyword-capable or not
        display = "argument " + (i + 1);
      } else {
        display = "argument " + ExprPrinter.reprStr(p.name());
      }
      String slot;
      String present;
      switch (convention) {
        case "o":
          slot = "arg";
          present = "true";
          break;
        case "fastcall":
          slot = "*args.add(" + i + ")";
          present = "nargs > " + i;
          break;
        case "method":
          slot = "argv[" + i + "]";
          present = "!argv[" + i + "].is_null()";
          break;
        default:
          if (usesKeywords) {
            slot = "argv[" + i + "]";
            present = "!argv[" + i + "].is_null()";
          } else {
            slot = "clinic::ffi::PyTuple_GET_ITEM(args, " + i + ")";
            present = "nargs > " + i;
          }
      }
      String local = ident(p.cName());
      DefaultPlan plan = RustDefaults.plan(p, c);
      String convert = c.convert()
          .replace("{arg}", slot)
          .replace("{fname}", fnameLit)
          .replace("{display}", rustStr(display))
          .replace("{default}", plan.keepOnNone())
          .replace("{paramname}", rustStr(RustConverters.parserName(p.cName())));
      String layout;
      String localType;
      String pass;
      String implType;
      if (p.defaultValue().isEmpty()) {
        layout = "required";
        localType = c.localType();
        pass = c.pass().replace("{name}", local);
        implType = c.implType();
      } else if (plan.option()) {
        layout = "option";
        localType = "Option<" + c.localType() + ">";
        pass = c.optionalPass().replace("{name}", local);
        implType = "Option<" + c.implType() + ">";
      } else {
        layout = "default";
        localType = c.localType();
        pass = c.pass().replace("{name}", local);
        implType = c.implType();
      }
      params.add(new RustParamView(local, localType, convert, slot, layout, plan.value(), pass, implType,
          present, pass.contains("as_mut")));
    }
    if (formatParsed && params.size() > 1 && (convention.equals("fastcall_keywords")
        || convention.equals("method") || convention.equals("new") || convention.equals("init"))) {
      // getargs' keyword parser converts while it matches: its error order is not ported
      throw new Unsupported("a converter parsed by getargs (s#, z#, y#, y, z*) with keyword parameters");
    }
    ReturnPlan ret = returnPlan(f);
    String arityCheck = formatParsed ? "check_positional_getargs" : "check_positional";

    // The docstring is the C target's (one rendering of __text_signature__ for both); clinic
    // appends the deprecation notes to the rendered text.
    String doc;
    try {
      doc = Docstrings.format(binding.function(f)) + depr.notes();
    } catch (DiagnosticException e) {
      throw new Unsupported(e.diagnostics().get(0).message());
    }
    String base = f.cName();
    String docConst = doc.isEmpty() && (newOrInit || getset) ? "" : base.toUpperCase(Locale.ROOT) + "_DOC";
    String docLiteral = docConst.isEmpty() ? "" : cStrDoc(doc);
    String methodDef = newOrInit || f.kind() == FunctionKind.SETTER ? ""
        : base.toUpperCase(Locale.ROOT) + (getset ? "_GETSETDEF" : "_METHODDEF");
    String pointerField;
    String flags;
    switch (convention) {
      case "noargs":
        pointerField = "PyCFunction";
        flags = "clinic::ffi::METH_NOARGS";
        break;
      case "o":
        pointerField = "PyCFunction";
        flags = "clinic::ffi::METH_O";
        break;
      case "fastcall":
        pointerField = "PyCFunctionFast";
        flags = "clinic::ffi::METH_FASTCALL";
        break;
      case "fastcall_keywords":
        pointerField = "PyCFunctionFastWithKeywords";
        flags = "clinic::ffi::METH_FASTCALL | clinic::ffi::METH_KEYWORDS";
        break;
      case "groups":
        pointerField = "PyCFunction";
        flags = "clinic::ffi::METH_VARARGS";
        break;
      case "method":
        pointerField = "PyCMethod";
        flags = "clinic::ffi::METH_METHOD | clinic::ffi::METH_FASTCALL | clinic::ffi::METH_KEYWORDS";
        break;
      default:
        pointerField = "";
        flags = "";
    }
    if (f.kind() == FunctionKind.CLASSMETHOD) {
      flags += " | clinic::ffi::METH_CLASS";
    } else if (f.kind() == FunctionKind.STATICMETHOD) {
      flags += " | clinic::ffi::METH_STATIC";
    }
    if (f.hasDecorator("coexist")) {
      flags += " | clinic::ffi::METH_COEXIST";
    }
    String glueName = ident(base + (f.kind() == FunctionKind.GETTER ? "_get" : f.kind() == FunctionKind.SETTER ? "_set" : ""));
    String implName = ident(base + (f.kind() == FunctionKind.GETTER ? "_get" : f.kind() == FunctionKind.SETTER ? "_set" : "") + "_impl");
    String setterGlue = f.kind() == FunctionKind.GETTER && setters.contains(f.fullName()) ? ident(base + "_set") : "";
    String classParam = definingClass.map(p -> ident(p.cName())).orElse("");
    String criticalTarget = f.hasDecorator("critical_section") ? selfName : "";
    if (f.kind() == FunctionKind.SETTER) {
      ret = new ReturnPlan("()", "0");
    }
    return new RustFunctionView(
        glueName, implName, docConst, docLiteral, methodDef, cStr(f.name()), fnameLit,
        convention, pointerField, flags, selfName, selfType, passSelf, keywords.build(), posonly, minpos,
        maxpos, minkw, minpos, vararg >= 0 ? "isize::MAX" : String.valueOf(maxpos), arityCheck, usesKeywords, ImmutableList.copyOf(params), ret.type(),
        ret.wrap(), classParam, setterGlue, criticalTarget, ImmutableList.copyOf(groupCases), groupError, vararg, !implName.equals(implName.toLowerCase(Locale.ROOT))
            || params.stream().anyMatch(p -> !p.local().equals(p.local().toLowerCase(Locale.ROOT))),
        depr.positionalCondition(),
        depr.positionalMessage().isEmpty() ? "" : rustStr(depr.positionalMessage()), depr.keywordCondition(),
        depr.keywordMessage().isEmpty() ? "" : rustStr(depr.keywordMessage()));
  }

  record DefaultPlan(boolean option, String value, String keepOnNone) {}

  record ReturnPlan(String type, String wrap) {}

  private static final ImmutableMap<String, ReturnPlan> RETURNS =
      ImmutableMap.<String, ReturnPlan>builder()
          .put("object", new ReturnPlan(RustConverters.OBJECT, "_ret"))
          .put("bool", new ReturnPlan("bool", "clinic::from_bool(_ret)"))
          .put("int", new ReturnPlan("i32", "clinic::from_long(_ret as ::std::ffi::c_long)"))
          .put("long", new ReturnPlan("::std::ffi::c_long", "clinic::from_long(_ret)"))
          .put("unsigned_int", new ReturnPlan("u32", "clinic::from_ulong(_ret as ::std::ffi::c_ulong)"))
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

  /** A Rust identifier for a C name: keywords become raw identifiers or get a trailing underscore. */
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
