package org.argclinic.emit.c;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argclinic.bind.BoundParameter;
import org.argclinic.bind.CFunction;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.Text;
import org.argclinic.expr.ExprPrinter;
import org.argclinic.model.CStrings;
import org.argclinic.model.FunctionKind;

/**
 * The rendered docstring: the {@code __text_signature__} line ({@code name($self, a, /, b=1)\n--})
 * in front, the per-parameter docs after the summary line (or where {@code {parameters}} stands).
 */
public final class Docstrings {
  private Docstrings() {}

  static final String SIG_END_MARKER = "--";

  public static String format(CFunction f) throws DiagnosticException {
    String doc = f.function().docstring();
    FunctionKind kind = f.kind();
    if ((kind.newOrInit() || kind == FunctionKind.GETTER || kind == FunctionKind.SETTER)
        && doc.isEmpty()) {
      return doc;
    }
    List<String> lines = new ArrayList<>(List.of(doc.split("\n", -1)));
    if (lines.size() >= 2) {
      if (!lines.get(1).isEmpty()) {
        throw FunctionRenderer.error(
            f,
            "Docstring for "
                + ExprPrinter.reprStr(f.fullName())
                + " does not have a summary line!\n"
                + "Every non-blank function docstring must start with a single line summary"
                + " followed by an empty line.");
      }
    } else if (lines.size() == 1) {
      lines.add("");
    }
    // Counted without a regular expression: this runs for every function.
    int markers = 0;
    for (int at = doc.indexOf("{parameters}"); at >= 0; at = doc.indexOf("{parameters}", at + 12)) {
      markers++;
    }
    if (markers > 1) {
      throw FunctionRenderer.error(
          f, "You may not specify {parameters} more than once in a docstring!");
    }
    if (markers == 0) {
      lines.add(2, "{parameters}");
    }
    lines.add(0, "{signature}");
    StringBuilder parameters = new StringBuilder();
    for (BoundParameter p : f.parameters()) {
      String pd = p.parameter().docstring();
      if (!pd.isEmpty()) {
        List<String> pl = new ArrayList<>();
        pl.add("  " + p.name());
        for (String l : pd.split("\n", -1)) {
          pl.add("    " + l);
        }
        parameters.append(String.join("\n", pl).stripTrailing()).append('\n');
      }
    }
    String signature = signature(f);
    String joined = String.join("\n", lines);
    String rendered;
    try {
      rendered =
          Text.linearFormat(
                  joined, Map.of("signature", signature, "parameters", parameters.toString()))
              .stripTrailing();
    } catch (IllegalArgumentException e) {
      // "{parameters}" must stand on a line by itself
      throw FunctionRenderer.error(f, e.getMessage());
    }
    Optional<String> problem = CStrings.problem(rendered);
    if (problem.isPresent()) {
      // the docstring reaches Python as a C string (ml_doc, tp_doc) in every target
      throw FunctionRenderer.error(
          f,
          "the docstring of "
              + ExprPrinter.reprStr(f.fullName())
              + " holds "
              + problem.get()
              + ": Python reads docstrings as C strings");
    }
    return rendered;
  }

  static String signature(CFunction f) {
    StringBuilder out = new StringBuilder();
    out.append(f.displayName());
    boolean docstringOnly = f.docstringOnly();
    if (f.forcedTextSignature().isPresent()) {
      out.append(f.forcedTextSignature().get());
    } else if (f.kind() == FunctionKind.GETTER || f.kind() == FunctionKind.SETTER) {
      return "";
    } else {
      out.append('(');
      List<BoundParameter> params = f.parameters();
      int[] rightBracket = new int[params.size()];
      boolean positionalOnly = true;
      for (int i = 1; i < params.size(); i++) {
        BoundParameter p = params.get(i);
        if (!p.isPositionalOnly()) {
          positionalOnly = false;
        }
        rightBracket[i] = positionalOnly ? Math.abs(p.group()) : 0;
      }
      boolean needSlash = false;
      boolean addedSlash = false;
      boolean needTrailingSlash = false;
      if (!docstringOnly) {
        for (int i = params.size() - 1; i >= 0; i--) {
          BoundParameter p = params.get(i);
          if (!p.converter().showInSignature()) {
            continue;
          }
          if (p.isPositionalOnly()) {
            needTrailingSlash = true;
          }
          break;
        }
      }
      Sig sig = new Sig(out);
      boolean addedStar = false;
      BoundParameter lastP = params.get(params.size() - 1);
      for (int i = 0; i < params.size(); i++) {
        BoundParameter p = params.get(i);
        if (!p.converter().showInSignature()) {
          continue;
        }
        boolean isSelf = p.isSelf();
        if (isSelf && docstringOnly) {
          continue;
        }
        if (p.isPositionalOnly()) {
          needSlash = !docstringOnly;
        } else if (needSlash && !(addedSlash || p.isPositionalOnly())) {
          addedSlash = true;
          sig.add("/,");
        }
        if (p.isKeywordOnly() && !addedStar) {
          addedStar = true;
          sig.add("*,");
        }
        StringBuilder pl = new StringBuilder(sig.fixBrackets(rightBracket[i]));
        if (isSelf) {
          pl.append('$');
        }
        if (p.isVararg()) {
          pl.append('*');
          addedStar = true;
        } else if (p.isVarKeyword()) {
          pl.append("**");
        }
        pl.append(p.converter().signatureName().orElse(p.name()));
        if (!p.isVararg() && !p.isVarKeyword() && p.converter().isOptional()) {
          pl.append('=').append(p.signatureDefault());
        }
        if (p != lastP || needTrailingSlash) {
          pl.append(',');
        }
        sig.add(pl.toString());
      }
      out.append(sig.fixBrackets(0));
      if (needTrailingSlash) {
        sig.add("/");
      }
      out.append(')');
    }
    if (!docstringOnly) {
      out.append('\n').append(SIG_END_MARKER).append('\n');
    }
    return out.toString().replace(", ]", ",] ");
  }

  /** Accumulates signature parameters, wrapping before column 72 under the opening parenthesis. */
  private static final class Sig {
    private final StringBuilder out;
    private final String indent;
    private int lineLength;
    private boolean first = true;
    private int brackets;

    Sig(StringBuilder out) {
      this.out = out;
      this.lineLength = out.length();
      this.indent = " ".repeat(out.length());
    }

    void add(String text) {
      String s;
      if (first) {
        s = text;
        first = false;
      } else {
        s = " " + text;
        if (lineLength + s.length() >= 72) {
          out.append('\n').append(indent);
          lineLength = indent.length();
          s = text;
        }
      }
      lineLength += s.length();
      out.append(s);
    }

    String fixBrackets(int desired) {
      StringBuilder s = new StringBuilder();
      while (brackets < desired) {
        s.append('[');
        brackets++;
      }
      while (brackets > desired) {
        s.append(']');
        brackets--;
      }
      return s.toString();
    }
  }
}
