package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Decorator;
import org.argclinic.model.DefaultValue;
import org.argclinic.model.Expr;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Position;

/**
 * A test-only reader for the subset of the clinic DSL the Rust tests use (one module, plain
 * functions, {@code /} and {@code *} markers, simple converter arguments and literal defaults).
 * It stands in for the real parser until that lands; it is not a second parser for users.
 */
final class MiniDsl {
  private MiniDsl() {}

  /**
   * Functions from blocks separated by {@code ---} lines: {@code module.name [-> ret]}, parameter
   * lines indented by 4, parameter docstrings by 8, then the docstring at column 0.
   */
  static List<Function> parse(String module, String text) {
    List<Function> out = new ArrayList<>();
    String[] blocks = text.split("\n---\n");
    for (String block : blocks) {
      if (block.isBlank()) {
        continue;
      }
      out.add(function(module, block));
    }
    return out;
  }

  private static Function function(String module, String block) {
    String[] lines = block.split("\n");
    String head = lines[0].trim();
    String ret = "object";
    if (head.contains("->")) {
      ret = head.substring(head.indexOf("->") + 2).trim();
      head = head.substring(0, head.indexOf("->")).trim();
    }
    String fullName = head;
    String name = fullName.substring(fullName.lastIndexOf('.') + 1);
    List<Parameter> params = new ArrayList<>();
    List<String> doc = new ArrayList<>();
    boolean keywordOnly = false;
    for (int i = 1; i < lines.length; i++) {
      String raw = lines[i];
      String l = raw.trim();
      if (!doc.isEmpty() || (!raw.startsWith(" ") && !l.isEmpty())) {
        doc.add(raw);
        continue;
      }
      if (l.isEmpty()) {
        continue;
      }
      if (raw.startsWith("        ")) {
        Parameter p = params.remove(params.size() - 1);
        String d = p.docstring().isEmpty() ? l : p.docstring() + "\n" + l;
        params.add(new Parameter(p.name(), p.cName(), p.kind(), p.converter(), p.defaultValue(), p.group(), d,
            p.deprecatedPositional(), p.deprecatedKeyword(), p.position()));
        continue;
      }
      if (l.equals("/")) {
        List<Parameter> fixed = new ArrayList<>();
        for (Parameter p : params) {
          fixed.add(new Parameter(p.name(), p.cName(), ParameterKind.POSITIONAL_ONLY, p.converter(),
              p.defaultValue(), p.group(), p.docstring(), p.deprecatedPositional(), p.deprecatedKeyword(), p.position()));
        }
        params = fixed;
        continue;
      }
      if (l.equals("*")) {
        keywordOnly = true;
        continue;
      }
      params.add(parameter(l, keywordOnly ? ParameterKind.KEYWORD_ONLY : ParameterKind.POSITIONAL_OR_KEYWORD, i + 1));
    }
    while (!doc.isEmpty() && doc.get(0).isBlank()) {
      doc.remove(0);
    }
    String docstring = String.join("\n", doc).strip();
    String cName = fullName.replace('.', '_');
    return new Function(name, fullName, module, Optional.empty(), cName, FunctionKind.PLAIN,
        ConverterRef.simple(ret, Position.of(1, 0)), ImmutableList.copyOf(params), docstring,
        ImmutableList.<Decorator>of(), Optional.empty(), Position.of(1, 0));
  }

  private static Parameter parameter(String line, ParameterKind kind, int lineNo) {
    int colon = line.indexOf(':');
    String name = line.substring(0, colon).trim();
    String rest = line.substring(colon + 1).trim();
    String def = null;
    int eq = topLevelEquals(rest);
    if (eq >= 0) {
      def = rest.substring(eq + 1).trim();
      rest = rest.substring(0, eq).trim();
    }
    ConverterRef conv = converter(rest, lineNo);
    Optional<DefaultValue> dv = def == null ? Optional.empty()
        : Optional.of(new DefaultValue(def, expr(def), Position.of(lineNo, 0)));
    return new Parameter(name, name, kind, conv, dv, 0, "", Optional.empty(), Optional.empty(), Position.of(lineNo, 0));
  }

  private static int topLevelEquals(String s) {
    int depth = 0;
    boolean quote = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        quote = !quote;
      } else if (!quote && (c == '(' || c == '{')) {
        depth++;
      } else if (!quote && (c == ')' || c == '}')) {
        depth--;
      } else if (!quote && depth == 0 && c == '=') {
        return i;
      }
    }
    return -1;
  }

  private static ConverterRef converter(String text, int lineNo) {
    if (text.startsWith("'") || text.startsWith("\"")) {
      return new ConverterRef(text.substring(1, text.length() - 1), true, ImmutableMap.of(), ImmutableMap.of(), false,
          Position.of(lineNo, 0));
    }
    int paren = text.indexOf('(');
    if (paren < 0) {
      return ConverterRef.simple(text, Position.of(lineNo, 0));
    }
    String name = text.substring(0, paren);
    String args = text.substring(paren + 1, text.lastIndexOf(')'));
    Map<String, Expr> parsed = new LinkedHashMap<>();
    Map<String, String> texts = new LinkedHashMap<>();
    for (String part : splitTop(args)) {
      if (part.isBlank()) {
        continue;
      }
      int eq = part.indexOf('=');
      String k = part.substring(0, eq).trim();
      String v = part.substring(eq + 1).trim();
      parsed.put(k, expr(v));
      texts.put(k, v);
    }
    return new ConverterRef(name, false, ImmutableMap.copyOf(parsed), ImmutableMap.copyOf(texts), true, Position.of(lineNo, 0));
  }

  private static List<String> splitTop(String s) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    boolean quote = false;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\'') {
        quote = !quote;
      } else if (!quote && c == '{') {
        depth++;
      } else if (!quote && c == '}') {
        depth--;
      } else if (!quote && depth == 0 && c == ',') {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  static Expr expr(String v) {
    v = v.trim();
    if (v.startsWith("{")) {
      List<Expr> items = new ArrayList<>();
      for (String part : splitTop(v.substring(1, v.length() - 1))) {
        if (!part.isBlank()) {
          items.add(expr(part));
        }
      }
      return new Expr.SetLit(ImmutableList.copyOf(items));
    }
    if (v.startsWith("b'") || v.startsWith("b\"")) {
      return new Expr.Bytes(v.substring(2, v.length() - 1));
    }
    if (v.startsWith("'") || v.startsWith("\"")) {
      return new Expr.Str(v.substring(1, v.length() - 1));
    }
    if (v.startsWith("-")) {
      return new Expr.Unary("-", expr(v.substring(1)));
    }
    switch (v) {
      case "True":
        return new Expr.Bool(true);
      case "False":
        return new Expr.Bool(false);
      case "None":
        return new Expr.None();
      default:
    }
    if (v.matches("[0-9]+")) {
      return new Expr.Int(new BigInteger(v));
    }
    if (v.matches("[0-9.eE+-]+|inf")) {
      return new Expr.Float(Double.parseDouble(v.equals("inf") ? "Infinity" : v), v);
    }
    if (v.contains(".")) {
      int dot = v.lastIndexOf('.');
      return new Expr.Attribute(expr(v.substring(0, dot)), v.substring(dot + 1));
    }
    return new Expr.Name(v);
  }
}
