package org.argclinic.emit.c;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argclinic.bind.BoundParameter;
import org.argclinic.bind.CFunction;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.OptionalGroups;
import org.argclinic.emit.Text;
import org.argclinic.emit.c.pub.PublicTarget;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Position;
import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.CRenderData;
import org.argclinic.resolve.VarPosArrayConverter;

/**
 * Renders one function into its named output parts (Argument Clinic's render_function): lets the
 * converters fill a {@link CRenderData}, builds the field values, and fills the late-bound parts
 * {@link ParseArgs} chose. Parts come back in Argument Clinic's order; the assembler sends each to
 * the destination buffer the current {@code output} settings name.
 */
public final class FunctionRenderer {
  /** The order Argument Clinic fills destination buffers in. */
  public static final List<String> PART_ORDER =
      List.of(
          "cpp_if",
          "docstring_prototype",
          "docstring_definition",
          "methoddef_define",
          "impl_prototype",
          "parser_prototype",
          "parser_definition",
          "cpp_endif",
          "methoddef_ifndef",
          "impl_definition");

  private final CTemplates templates;

  public FunctionRenderer(CTemplates templates) {
    this.templates = templates;
  }

  static DiagnosticException error(CFunction f, String message) {
    return new DiagnosticException(
        List.of(
            Diagnostic.error(
                f.context().path(),
                f.function().position().line(),
                f.function().position().column(),
                message)));
  }

  /** A converter the public targets refuse, reported at its parameter, where the fix goes. */
  private static DiagnosticException unsupported(
      CFunction func, PublicTarget.UnsupportedConverterException e) {
    for (BoundParameter p : func.parameters()) {
      if (p.converter() == e.converter()) {
        Position at = p.parameter().converter().position();
        return new DiagnosticException(
            List.of(
                Diagnostic.error(
                    func.context().path(),
                    at.line(),
                    at.column(),
                    func.fullName() + ": " + e.getMessage())));
      }
    }
    return error(func, func.fullName() + ": " + e.getMessage());
  }

  static String groupVariable(int group) {
    return "group_" + (group < 0 ? "left_" : "right_") + Math.abs(group);
  }

  /**
   * Renders {@code f}; returns the parts by name in {@link #PART_ORDER}, each already filled,
   * wrapped and prefixed/suffixed with the file's {@code line_prefix} / {@code line_suffix}.
   */
  public Map<String, String> render(
      CFunction f, CodeGen codegen, CppMonitor cpp, String linePrefix, String lineSuffix)
      throws DiagnosticException {
    // Any step that renders a converter's parse code (optional groups do it last) may meet a
    // converter the public targets refuse.
    try {
      return renderChecked(f, codegen, cpp, linePrefix, lineSuffix);
    } catch (PublicTarget.UnsupportedConverterException e) {
      throw unsupported(f, e);
    }
  }

  private Map<String, String> renderChecked(
      CFunction f, CodeGen codegen, CppMonitor cpp, String linePrefix, String lineSuffix)
      throws DiagnosticException {
    String docstring = Docstrings.format(f);
    boolean portable = codegen.publicTarget().isPresent();
    List<BoundParameter> parameters = f.parameters();
    GlueChecks.refuseBrokenLiterals(f, docstring, parameters, codegen);
    CRenderData data = new CRenderData(portable);
    Deprecations deprecations = new Deprecations(templates);
    ParseArgs parseArgs = new ParseArgs(f, codegen, templates, deprecations);
    Map<String, String> parts = parseArgs.parseArgs(cpp);
    docstring += deprecations.docstringNotes();

    lockAndUnlock(f, data);
    List<BoundParameter> selfless = parameters.subList(1, parameters.size());
    Shape shape = renderParameters(parameters, data, codegen);
    if (!portable) {
      GlueChecks.warnUnsetLengths(selfless, codegen);
    }
    boolean positional =
        !selfless.isEmpty() && selfless.get(selfless.size() - 1).isPositionalOnly();
    if (shape.optionGroups() && !positional) {
      throw error(
          f,
          "You cannot use optional groups ('[' and ']') unless all parameters are "
              + "positional-only ('/').");
    }
    if (parseArgs.parserTakesImplParameters()) {
      // METH_O with a return converter: the parser takes the impl's parameters, so the one
      // parameter must not be declared again as a local.
      data.declarations.remove(0);
    }

    Map<String, String> d = new LinkedHashMap<>();
    nameFields(f, docstring, portable, data, d);
    for (BoundParameter p : parameters) {
      p.converter().setTemplateDict(d);
    }
    selfFields(f, codegen, d);
    if (f.kind() != FunctionKind.SETTER && f.kind() != FunctionKind.INIT) {
      f.returnConverter().render(f.context(), data);
    }
    d.put("impl_return_type", f.returnConverter().type());
    GlueChecks.refuseNameClashes(f, parameters, !data.returnConversion.isEmpty());
    dataFields(data, codegen, d);
    d.put("unpack_min", Integer.toString(shape.firstOptional()));
    d.put("unpack_max", Integer.toString(selfless.size()));
    if (shape.optionGroups()) {
      d.put(
          "option_group_parsing",
          Text.formatEscape(
              optionGroupParsing(
                  f, selfless, parseArgs.limitedCapi() || codegen.limitedCapi(), codegen)));
    }
    Map<String, String> out = fillParts(parts, d, shape.optionGroups(), linePrefix, lineSuffix);
    GlueChecks.refuseHiddenParameters(f, selfless, out.getOrDefault("parser_definition", ""));
    return out;
  }

  /** The {@code @critical_section} lock and unlock statements, on self or on the targets named. */
  private static void lockAndUnlock(CFunction f, CRenderData data) {
    if (!f.criticalSection()) {
      return;
    }
    switch (f.targetCriticalSection().size()) {
      case 0 -> {
        data.lock.add("Py_BEGIN_CRITICAL_SECTION({self_name});");
        data.unlock.add("Py_END_CRITICAL_SECTION();");
      }
      case 1 -> {
        data.lock.add("Py_BEGIN_CRITICAL_SECTION({target_critical_section});");
        data.unlock.add("Py_END_CRITICAL_SECTION();");
      }
      default -> {
        data.lock.add("Py_BEGIN_CRITICAL_SECTION2({target_critical_section});");
        data.unlock.add("Py_END_CRITICAL_SECTION2();");
      }
    }
  }

  /**
   * What {@link #renderParameters} found: the index (among the parameters after self) of the first
   * with a default, and whether there are optional groups.
   */
  private record Shape(int firstOptional, boolean optionGroups) {}

  /** Lets every converter fill {@code data}, with the group flags of optional groups between. */
  private static Shape renderParameters(
      List<BoundParameter> parameters, CRenderData data, CodeGen codegen) {
    int firstOptional = parameters.size() - 1;
    boolean optionGroups = false;
    int lastGroup = 0;
    for (int i = -1; i < parameters.size() - 1; i++) {
      BoundParameter p = parameters.get(i + 1);
      CConverter c = p.converter();
      if (i != -1 && p.hasDefault()) {
        firstOptional = Math.min(firstOptional, i);
      }
      if (p.isVararg() && !(c instanceof VarPosArrayConverter)) {
        data.cleanup.add("Py_XDECREF(" + c.parserName() + ");");
      }
      int group = p.group();
      if (lastGroup != group) {
        lastGroup = group;
        if (group != 0) {
          String g = groupVariable(group);
          data.implArguments.add(g);
          data.declarations.add("int " + g + " = 0;");
          data.implParameters.add("int " + g);
          optionGroups = true;
        }
      }
      c.render(p.parameter(), data);
      codegen.publicTarget().ifPresent(t -> t.afterRender(c, data));
    }
    return new Shape(firstOptional, optionGroups);
  }

  /** The function's names (a getter and a setter take their own), its docstring, empty selves. */
  private static void nameFields(
      CFunction f, String docstring, boolean portable, CRenderData data, Map<String, String> d) {
    d.put("full_name", f.fullName());
    d.put("name", f.displayName());
    if (f.kind() == FunctionKind.GETTER || f.kind() == FunctionKind.SETTER) {
      d.put("getset_name", f.cBasename().toUpperCase(Locale.ROOT));
      d.put("getset_basename", f.cBasename());
      if (f.kind() == FunctionKind.GETTER) {
        d.put("c_basename", f.cBasename() + "_get");
      } else {
        d.put("c_basename", f.cBasename() + "_set");
        data.implParameters.add("PyObject *value");
        data.implArguments.add("value");
      }
    } else {
      d.put("methoddef_name", f.cBasename().toUpperCase(Locale.ROOT) + "_METHODDEF");
      d.put("c_basename", f.cBasename());
    }
    d.put("docstring", Text.docstringForCString(docstring, portable));
    d.put("self_name", "");
    d.put("self_type", "");
    d.put("self_type_check", "");
    d.put("target_critical_section", String.join(", ", f.targetCriticalSection()));
  }

  /** The public targets' self type check, and a static method's unused self slot. */
  private static void selfFields(CFunction f, CodeGen codegen, Map<String, String> d) {
    if (codegen.publicTarget().isPresent()) {
      d.put(
          "self_type_check", codegen.publicTarget().get().selfTypeCheck(d.get("self_type_check")));
      if (f.kind() == FunctionKind.STATICMETHOD) {
        // a static method's parser never reads its first slot: -Wextra must not warn about it
        d.put("self_name", "Py_UNUSED(" + d.get("self_name") + ")");
      }
    }
  }

  /** The fields made of what the converters put in {@code data}. */
  private static void dataFields(CRenderData data, CodeGen codegen, Map<String, String> d) {
    d.put("declarations", Text.formatEscape(String.join("\n", data.declarations)));
    d.put("initializers", String.join("\n\n", data.initializers));
    d.put("modifications", String.join("\n\n", data.modifications));
    keywordFields(data.keywords, d);
    d.put("format_units", String.join("", data.formatUnits));
    d.put("parse_arguments", String.join(", ", getargsArguments(data.parseArguments, codegen)));
    d.put("parse_arguments_comma", data.parseArguments.isEmpty() ? "" : ",");
    d.put("impl_parameters", String.join(", ", data.implParameters));
    d.put("impl_arguments", String.join(", ", data.implArguments));
    d.put(
        "return_conversion",
        Text.formatEscape(String.join("", data.returnConversion).stripTrailing()));
    d.put("post_parsing", Text.formatEscape(String.join("", data.postParsing).stripTrailing()));
    d.put("cleanup", Text.formatEscape(String.join("", data.cleanup)));
    d.put("return_value", data.returnValue);
    d.put("lock", String.join("\n", data.lock));
    d.put("unlock", String.join("\n", data.unlock));
  }

  /** The keyword names as C strings and as identifiers, and how many lead positional-only. */
  private static void keywordFields(List<String> keywords, Map<String, String> d) {
    StringBuilder kwc = new StringBuilder();
    StringBuilder kwpy = new StringBuilder();
    int posonly = 0;
    while (posonly < keywords.size() && keywords.get(posonly).isEmpty()) {
      posonly++;
    }
    for (String k : keywords) {
      if (kwc.length() > 0) {
        kwc.append(' ');
      }
      kwc.append('"').append(k).append("\",");
      if (!k.isEmpty()) {
        if (kwpy.length() > 0) {
          kwpy.append(' ');
        }
        kwpy.append(Deprecations.cId(k)).append(',');
      }
    }
    d.put("keywords_c", kwc.toString());
    d.put("keywords_posonly", Integer.toString(posonly));
    d.put("keywords_py", kwpy.toString());
  }

  /**
   * Fills every part {@link ParseArgs} chose with the fields: the block fields (a whole line each)
   * first, then the late-bound {@code {field}}s; wraps the impl declarations and adds the file's
   * line prefix and suffix.
   */
  private static Map<String, String> fillParts(
      Map<String, String> parts,
      Map<String, String> d,
      boolean optionGroups,
      String linePrefix,
      String lineSuffix) {
    Map<String, String> out = new LinkedHashMap<>();
    Map<String, String> block = new LinkedHashMap<>();
    for (String k :
        List.of(
            "declarations",
            "return_conversion",
            "initializers",
            "modifications",
            "post_parsing",
            "cleanup",
            "lock",
            "unlock")) {
      block.put(k, d.get(k));
    }
    // Most parts hold none of the line fields: one scan tells, instead of one per pass.
    List<String> lineFields = new ArrayList<>(block.keySet());
    lineFields.add("exit_label");
    if (optionGroups) {
      lineFields.add("option_group_parsing");
    }
    for (String name : PART_ORDER) {
      String template = parts.get(name);
      if (Text.hasLineField(template, lineFields)) {
        if (optionGroups) {
          template =
              Text.linearFormat(template, "option_group_parsing", d.get("option_group_parsing"));
        }
        template = Text.linearFormat(template, block);
        String label = template.contains("goto exit;") ? "exit:" : "";
        template = Text.linearFormat(template, "exit_label", label);
      }
      String s = Text.formatMap(template, d);
      if (name.equals("impl_prototype") || name.equals("impl_definition")) {
        s = Text.wrapDeclarations(s, 78);
      }
      if (!linePrefix.isEmpty()) {
        s = Text.addPrefixAndSuffix(s, linePrefix, "");
      }
      if (!lineSuffix.isEmpty()) {
        s = Text.addPrefixAndSuffix(s, "", lineSuffix);
      }
      out.put(name, s);
    }
    return out;
  }

  /**
   * getargs output arguments as the target writes them (the public targets replace private
   * converters).
   */
  private static List<String> getargsArguments(List<String> arguments, CodeGen codegen) {
    if (codegen.publicTarget().isEmpty()) {
      return arguments;
    }
    List<String> out = new ArrayList<>();
    for (String a : arguments) {
      out.add(codegen.publicTarget().get().getargsArgument(a));
    }
    return out;
  }

  private String optionGroupParsing(
      CFunction f, List<BoundParameter> parameters, boolean limited, CodeGen codegen) {
    List<List<BoundParameter>> left = new ArrayList<>();
    List<List<BoundParameter>> right = new ArrayList<>();
    List<BoundParameter> required = new ArrayList<>();
    Integer last = null;
    List<BoundParameter> group = null;
    for (BoundParameter p : parameters) {
      int id = p.group();
      if (last == null || id != last) {
        last = id;
        group = new ArrayList<>();
        if (id < 0) {
          left.add(group);
        } else if (id == 0) {
          group = required;
        } else {
          right.add(group);
        }
      }
      group.add(p);
    }
    List<ViewModels.OptionCase> cases = new ArrayList<>();
    int countMin = Integer.MAX_VALUE;
    int countMax = -1;
    for (List<BoundParameter> subset : OptionalGroups.permute(left, required, right)) {
      int count = subset.size();
      countMin = Math.min(countMin, count);
      countMax = Math.max(countMax, count);
      if (count == 0) {
        cases.add(new ViewModels.OptionCase(0, "", "", List.of()));
        continue;
      }
      StringBuilder units = new StringBuilder();
      List<String> parseArguments = new ArrayList<>();
      Set<Integer> groupIds = new LinkedHashSet<>();
      for (BoundParameter p : subset) {
        units.append(p.converter().formatUnit());
        p.converter().parseArgument(parseArguments);
        groupIds.add(p.group());
      }
      List<String> booleans = new ArrayList<>();
      // Argument Clinic lists the groups in Python's set iteration order; 0 (required) is dropped.
      for (int g : pySetOrder(groupIds)) {
        if (g != 0) {
          booleans.add(groupVariable(g));
        }
      }
      if (codegen.publicTarget().isPresent()
          && subset.stream()
              .noneMatch(b -> codegen.publicTarget().get().needsGetargs(b.converter()))) {
        // public targets convert the case's arguments inline (PublicTarget#optionGroupCase),
        // but where the limited version has no buffer access (getargs' tuple parse, as before)
        cases.add(
            new ViewModels.OptionCase(
                count,
                "",
                codegen
                    .publicTarget()
                    .get()
                    .optionGroupCase(
                        subset.stream().map(BoundParameter::converter).toList(), f.displayName()),
                booleans));
        continue;
      }
      cases.add(
          new ViewModels.OptionCase(
              count,
              units.toString(),
              String.join(", ", getargsArguments(parseArguments, codegen)),
              booleans));
    }
    return templates.render(
        "option_groups.c.ftl",
        new ViewModels.OptionGroups(
            codegen.publicTarget().isPresent()
                ? codegen.tupleSize("args")
                : limited ? "PyTuple_Size(args)" : "PyTuple_GET_SIZE(args)",
            cases,
            f.name(),
            f.fullName(),
            countMin,
            countMax));
  }

  /**
   * Iteration order of a small Python set of ints built by adding {@code ids} in order: CPython
   * hashes an int to itself (-1 to -2) and probes an 8-slot table, linearly then perturbed.
   */
  static List<Integer> pySetOrder(Set<Integer> ids) {
    int size = 8;
    Integer[] table = new Integer[size];
    int mask = size - 1;
    for (int id : ids) {
      long h = id == -1 ? -2 : id;
      long perturb = h;
      int i = (int) (h & mask);
      outer:
      while (true) {
        if (table[i] == null) {
          break;
        }
        if (i + 9 <= mask) {
          for (int j = 1; j <= 9; j++) {
            if (table[i + j] == null) {
              i = i + j;
              break outer;
            }
          }
        }
        perturb >>>= 5;
        i = (int) ((i * 5L + 1 + perturb) & mask);
      }
      table[i] = id;
    }
    List<Integer> out = new ArrayList<>();
    for (Integer v : table) {
      if (v != null) {
        out.add(v);
      }
    }
    return out;
  }
}
