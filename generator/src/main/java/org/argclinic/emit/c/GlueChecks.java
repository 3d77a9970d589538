package org.argclinic.emit.c;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argclinic.bind.BoundParameter;
import org.argclinic.bind.CFunction;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.CIdentifiers;
import org.argclinic.model.CStrings;
import org.argclinic.model.Position;
import org.argclinic.resolve.CConverter;

/**
 * What the function renderer checks before it writes a function's glue: text no C literal of the
 * target can hold, C names that meet or hide one another, and (core only) the lengths CPython's
 * clinic leaves unset. Every refusal is positioned at the parameter or the function.
 */
final class GlueChecks {
  private GlueChecks() {}

  /**
   * Text no C literal of the target can hold. The public and limited targets escape everything but
   * lone surrogates (no UTF-8 form); core writes what CPython's clinic writes, which is not the
   * declared text (or no C at all) for a str default holding a quote, a backslash, a line break or
   * a trigraph, nor for a docstring holding a carriage return or a trigraph.
   */
  static void refuseBrokenLiterals(
      CFunction f, String docstring, List<BoundParameter> parameters, CodeGen codegen)
      throws DiagnosticException {
    boolean portable = codegen.publicTarget().isPresent();
    for (BoundParameter p : parameters) {
      String cDefault = p.converter().cDefault().orElse("");
      Optional<String> text = p.converter().strDefault();
      String mistyped =
          cDefault.startsWith("b'") || cDefault.startsWith("b\"")
              // a bytes default's repr, which CPython's clinic writes as the C default
              ? "the default of '" + p.name() + "' is bytes, which has no C literal"
              : text.isPresent() && !p.converter().type().endsWith("char *")
                  ? "the default of '"
                      + p.name()
                      + "' is a str, whose C literal is no '"
                      + p.converter().type()
                      + "'"
                  : "";
      if (!mistyped.isEmpty() && portable) {
        throw paramError(f, p, mistyped + ": give a c_default");
      } else if (!mistyped.isEmpty()) {
        // CPython's own clinic.test.c declares such defaults: core keeps its output, and says so
        codegen.warn(
            p.parameter().position().line(),
            p.parameter().position().column(),
            mistyped
                + ", so the C does not compile (as CPython's clinic writes it): give a c_default");
      }
      if (text.isEmpty() || !mistyped.isEmpty()) {
        continue;
      }
      Optional<String> surrogate = CStrings.loneSurrogate(text.get());
      String problem =
          surrogate
              .map(s -> "holds " + s)
              .orElse(
                  portable || CStrings.verbatim(text.get())
                      ? ""
                      : "would be written between quotes without escapes, as CPython's clinic"
                          + " writes it, which is not a C literal of it (a quote, a backslash, a"
                          + " line break, a NUL or a trigraph); give a c_default, or use --c-api"
                          + " public or limited, which escape it");
      if (!problem.isEmpty()) {
        throw paramError(f, p, "the default of '" + p.name() + "' " + problem);
      }
    }
    if (!portable) {
      Optional<String> trigraph = CStrings.trigraph(docstring);
      if (docstring.indexOf('\r') >= 0 || trigraph.isPresent()) {
        throw FunctionRenderer.error(
            f,
            "the docstring of "
                + ExprPrinter.reprStr(f.fullName())
                + " holds "
                + trigraph
                    .map(t -> "the trigraph " + t + ", which C reads as another" + " character")
                    .orElse("a carriage return, which ends a C literal")
                + "; CPython's clinic writes it unescaped: reword it, or use --c-api public or"
                + " limited, which escape it");
      }
    }
  }

  /**
   * CPython's clinic leaves the length of an omitted {@code #} argument uninitialised, and {@code
   * --c-api core} keeps its output byte for byte: say so where the parameter is declared.
   */
  static void warnUnsetLengths(List<BoundParameter> parameters, CodeGen codegen) {
    for (BoundParameter p : parameters) {
      CConverter c = p.converter();
      if (!c.length() || !(p.hasDefault() || p.group() != 0)) {
        continue;
      }
      String unset =
          "'"
              + c.lengthName()
              + "' is left uninitialised when '"
              + p.name()
              + "' is omitted (as CPython's clinic writes it, which --c-api core keeps): ";
      String advice;
      String elsewhere = " (--c-api public and limited set it to 0)";
      if (p.group() != 0) {
        advice =
            "the impl must not read it while "
                + FunctionRenderer.groupVariable(p.group())
                + " is 0";
      } else if (c.cDefault().equals(Optional.of("NULL"))) {
        advice = "the impl must not read it while '" + c.name() + "' is NULL";
      } else {
        advice =
            "the impl must not read it then, and cannot tell when that is; give '"
                + p.name()
                + "' a NULL or None default and test '"
                + c.name()
                + "' first";
        elsewhere = " (--c-api public and limited set it to the length of the default)";
      }
      codegen.warn(
          p.parameter().position().line(),
          p.parameter().position().column(),
          unset + advice + elsewhere);
    }
  }

  /** A local declared inside a block of parsing code (8 columns in or more): its name. */
  private static final Pattern NESTED_LOCAL =
      Pattern.compile(
          "(?m)^[ \\t]{8,}(?:const\\s+)?(?:unsigned\\s+)?(?!return\\b|goto\\b|else\\b)[A-Za-z_]\\w*"
              + "(?:\\s+|\\s*\\*+\\s*)([A-Za-z_]\\w*)\\s*(?:=|;|\\[)");

  /**
   * Parse snippets declare locals of their own ({@code long ival}, {@code Py_ssize_t len}, ...):
   * one named like a parameter hides it, so the parsed value goes to the local and the impl reads
   * the parameter's variable unset. CPython's clinic writes such code; every target refuses it.
   */
  static void refuseHiddenParameters(CFunction f, List<BoundParameter> parameters, String parser)
      throws DiagnosticException {
    Set<String> locals = new HashSet<>();
    Matcher m = NESTED_LOCAL.matcher(parser);
    while (m.find()) {
      locals.add(m.group(1));
    }
    for (BoundParameter p : parameters) {
      String n = p.converter().parserName();
      if (locals.contains(n)) {
        throw nameError(
            f,
            p,
            "the parsing code declares a local '"
                + n
                + "' of its own, which"
                + " hides parameter '"
                + p.name()
                + "' where its value is stored");
      }
    }
  }

  /**
   * Two things of the glue with one C name (C keywords already have {@code _value} added):
   * parameters whose C names meet ({@code int} and {@code int_value}), a parameter named like
   * another's length ({@code x} and {@code x_length}), like the self parameter, an optional group's
   * flag or the return converter's variable. The C would not compile; every target refuses it.
   */
  static void refuseNameClashes(
      CFunction f, List<BoundParameter> parameters, boolean returnConversion)
      throws DiagnosticException {
    String base = f.cBasename();
    if (CIdentifiers.CPYTHON_KEYWORDS.contains(base) || CIdentifiers.NOT_VARIABLES.contains(base)) {
      throw FunctionRenderer.error(
          f,
          "the C name of "
              + f.fullName()
              + ", '"
              + base
              + "', is a C keyword or a"
              + " macro: its glue function would not compile; give it another name after 'as'");
    }
    Map<String, String> taken = new HashMap<>();
    if (returnConversion) {
      taken.put("_return_value", "the variable of the return converter");
    }
    for (BoundParameter p : parameters) {
      if (p.group() != 0) {
        taken.put(FunctionRenderer.groupVariable(p.group()), "the flag of an optional group");
      }
    }
    for (BoundParameter p : parameters) {
      CConverter c = p.converter();
      Map<String, String> own = new LinkedHashMap<>();
      String what = p.isSelf() ? "the self parameter" : "parameter '" + p.name() + "'";
      own.put(c.name(), what);
      own.put(c.parserName(), what);
      if (c.length()) {
        own.put(c.lengthName(), "the length of '" + p.name() + "'");
      }
      for (Map.Entry<String, String> e : own.entrySet()) {
        String holder = taken.putIfAbsent(e.getKey(), e.getValue());
        if (holder != null) {
          throw nameError(
              f, p, "the C name '" + e.getKey() + "' of " + e.getValue() + " is already " + holder);
        }
      }
    }
  }

  private static DiagnosticException nameError(CFunction f, BoundParameter p, String clash) {
    return paramError(
        f,
        p,
        clash
            + ": the glue would not compile or would be wrong; give it"
            + " another C name with '"
            + p.name()
            + " as other_name: ...'");
  }

  /** An error at the parameter's line (the function's for an implied self). */
  private static DiagnosticException paramError(CFunction f, BoundParameter p, String message) {
    Position at = p.isSelf() ? f.function().position() : p.parameter().position();
    return new DiagnosticException(
        List.of(Diagnostic.error(f.context().path(), at.line(), at.column(), message)));
  }
}
