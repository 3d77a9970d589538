package org.argclinic.emit.c;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argclinic.bind.BoundParameter;
import org.argclinic.bind.CFunction;
import org.argclinic.emit.Text;
import org.argclinic.emit.TextWrap;
import org.argclinic.emit.c.pub.PublicTarget;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.Parameter;
import org.argclinic.model.Version;

/**
 * Code for parameters whose positional or keyword use is deprecated ({@code * [from X.Y]}, {@code /
 * [from X.Y]}): the run-time DeprecationWarning checks, the compiler warning that reminds the
 * maintainer to update the declaration, and the note added to the docstring.
 */
public final class Deprecations {
  private final CTemplates templates;
  private final StringBuilder docstringNotes = new StringBuilder();

  Deprecations(CTemplates templates) {
    this.templates = templates;
  }

  /** Notes to append to the docstring, each {@code "\n\nNote: ...\n"}. */
  String docstringNotes() {
    return docstringNotes.toString();
  }

  Optional<String> compilerWarning(CFunction func, List<BoundParameter> parameters) {
    Version min = null;
    for (BoundParameter p : parameters) {
      for (Optional<Version> v : List.of(p.deprecatedPositional(), p.deprecatedKeyword())) {
        if (v.isPresent() && (min == null || min.compareTo(v.get()) > 0)) {
          min = v.get();
        }
      }
    }
    if (min == null) {
      return Optional.empty();
    }
    String message =
        Text.cRepr("Update the clinic input of " + ExprPrinter.reprStr(func.fullName()) + ".");
    String hex = String.format("%02x%02x", min.major(), min.minor());
    int major = min.major();
    int minor = min.minor();
    // deprecation.c.ftl only prints the message and the condition: slots.
    return Optional.of(
        Text.normalizeSnippet(
            templates.renderSlotted(
                "deprecation.c.ftl",
                s -> new ViewModels.Warning("compiler", major, minor, hex, s.get(0), "", ""),
                List.of(message))));
  }

  private String runtime(String condition, String errcheck, String message) {
    // Continuation lines line up under the message, which deprecation.c.ftl indents by 12.
    String literal = Text.wrappedCStringLiteral(message, 64, 12);
    return Text.normalizeSnippet(
        templates.renderSlotted(
            "deprecation.c.ftl",
            s -> new ViewModels.Warning("runtime", 0, 0, "", s.get(0), s.get(1), errcheck),
            List.of(literal, condition)),
        4);
  }

  private void addNote(String message) {
    docstringNotes.append(note(message));
  }

  /** Consecutive runs of parameters sharing a version, as (version, names). */
  private static List<Map.Entry<Version, List<String>>> groupByVersion(
      Iterable<Parameter> params, boolean positional) {
    List<Map.Entry<Version, List<String>>> out = new ArrayList<>();
    for (Parameter p : params) {
      Version v = (positional ? p.deprecatedPositional() : p.deprecatedKeyword()).orElseThrow();
      if (out.isEmpty() || !out.get(out.size() - 1).getKey().equals(v)) {
        out.add(Map.entry(v, new ArrayList<>()));
      }
      out.get(out.size() - 1).getValue().add(ExprPrinter.reprStr(p.name()));
    }
    return out;
  }

  /**
   * The run-time condition of deprecated positional use: {@code params} are the deprecated
   * parameters by position (C and Rust glue both count positional arguments in {@code nargs}).
   */
  public static String positionalCondition(Map<Integer, Parameter> params) {
    List<Integer> idx = new ArrayList<>(params.keySet());
    int first = idx.get(0);
    int last = idx.get(idx.size() - 1);
    return params.size() == 1
        ? "nargs == " + (first + 1)
        : "nargs > " + first + " && nargs <= " + (last + 1);
  }

  /** Clinic's DeprecationWarning message for passing {@code params} (by position) positionally. */
  public static String positionalMessage(String fullDisplayName, Map<Integer, Parameter> params) {
    int first = params.keySet().iterator().next();
    String amount;
    String pl;
    if (params.size() == 1) {
      amount = first != 0 ? (first + 1) + " " : "";
      pl = "s";
    } else {
      amount = first != 0 ? "more than " + first + " " : "";
      pl = first != 1 ? "s" : "";
    }
    StringBuilder message =
        new StringBuilder(
            "Passing "
                + amount
                + "positional argument"
                + pl
                + " to "
                + fullDisplayName
                + "() is deprecated.");
    for (Map.Entry<Version, List<String>> g : groupByVersion(params.values(), true)) {
      String pstr = Text.pprintWords(g.getValue());
      Version v = g.getKey();
      if (g.getValue().size() == 1) {
        message
            .append(" Parameter ")
            .append(pstr)
            .append(" will become a keyword-only parameter in Python ")
            .append(v)
            .append('.');
      } else {
        message
            .append(" Parameters ")
            .append(pstr)
            .append(" will become keyword-only parameters in Python ")
            .append(v)
            .append('.');
      }
    }
    return message.toString();
  }

  /** Clinic's DeprecationWarning message for passing {@code params} by keyword. */
  public static String keywordMessage(String fullDisplayName, List<Parameter> params) {
    List<String> names = new ArrayList<>();
    for (Parameter p : params) {
      names.add(ExprPrinter.reprStr(p.name()));
    }
    String pl = params.size() != 1 ? "s" : "";
    StringBuilder message =
        new StringBuilder(
            "Passing keyword argument"
                + pl
                + " "
                + Text.pprintWords(names)
                + " to "
                + fullDisplayName
                + "() is deprecated.");
    for (Map.Entry<Version, List<String>> g : groupByVersion(params, false)) {
      String gpl = g.getValue().size() != 1 ? "s" : "";
      message
          .append(" Parameter")
          .append(gpl)
          .append(' ')
          .append(Text.pprintWords(g.getValue()))
          .append(" will become positional-only in Python ")
          .append(g.getKey())
          .append('.');
    }
    return message.toString();
  }

  /** The docstring note clinic adds for a deprecation message. */
  public static String note(String message) {
    return "\n\n" + TextWrap.fill("Note: " + message) + "\n";
  }

  private static Map<Integer, Parameter> parameters(Map<Integer, BoundParameter> bound) {
    Map<Integer, Parameter> out = new LinkedHashMap<>();
    bound.forEach((i, p) -> out.put(i, p.parameter()));
    return out;
  }

  String positionalUse(CFunction func, Map<Integer, BoundParameter> params) {
    String message = positionalMessage(func.fullDisplayName(), parameters(params));
    addNote(message);
    return runtime(positionalCondition(parameters(params)), "", message);
  }

  static String cId(String name) {
    if (name.length() == 1 && name.charAt(0) < 256) {
      char c = name.charAt(0);
      return Character.isLetterOrDigit(c)
          ? "_Py_LATIN1_CHR('" + c + "')"
          : "_Py_LATIN1_CHR(" + (int) c + ")";
    }
    return "&_Py_ID(" + name + ")";
  }

  String keywordUse(
      CFunction func,
      Map<Integer, BoundParameter> params,
      Optional<String> argnameFmt,
      boolean fastcall,
      CodeGen codegen) {
    List<BoundParameter> ps = new ArrayList<>(params.values());
    BoundParameter lastParam = ps.get(ps.size() - 1);
    boolean limited =
        codegen.limitedCapi() || codegen.publicTarget().map(PublicTarget::limited).orElse(false);
    String containscheck = "";
    List<String> conditions = new ArrayList<>();
    for (Map.Entry<Integer, BoundParameter> e : params.entrySet()) {
      int i = e.getKey();
      BoundParameter p = e.getValue();
      if (p.isOptional()) {
        if (argnameFmt.isPresent()) {
          conditions.add("nargs < " + (i + 1) + " && " + Text.argname(argnameFmt.get(), i));
        } else if (fastcall) {
          conditions.add(
              "nargs < " + (i + 1) + " && PySequence_Contains(kwnames, " + cId(p.name()) + ")");
          containscheck = "PySequence_Contains";
          codegen.addInclude("pycore_runtime.h", "_Py_ID()");
        } else {
          conditions.add(
              "nargs < " + (i + 1) + " && PyDict_Contains(kwargs, " + cId(p.name()) + ")");
          containscheck = "PyDict_Contains";
          codegen.addInclude("pycore_runtime.h", "_Py_ID()");
        }
      } else {
        conditions = new ArrayList<>(List.of("nargs < " + (i + 1)));
      }
    }
    String condition = String.join(") || (", conditions);
    if (conditions.size() > 1) {
      condition = "((" + condition + "))";
    }
    if (lastParam.isOptional()) {
      if (fastcall) {
        condition =
            (limited
                    ? "kwnames && PyTuple_Size(kwnames) && "
                    : "kwnames && PyTuple_GET_SIZE(kwnames) && ")
                + condition;
      } else {
        condition =
            (limited
                    ? "kwargs && PyDict_Size(kwargs) && "
                    : "kwargs && PyDict_GET_SIZE(kwargs) && ")
                + condition;
      }
    }
    List<Parameter> model = new ArrayList<>(parameters(params).values());
    String message = keywordMessage(func.fullDisplayName(), model);
    if (argnameFmt.isPresent()) {
      addNote(message);
    }
    return runtime(condition, containscheck, message);
  }
}
