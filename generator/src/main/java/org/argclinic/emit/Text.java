package org.argclinic.emit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.argclinic.model.CStrings;
import org.argclinic.template.Snippets;

/**
 * String helpers whose exact behaviour the C output depends on. Argument Clinic builds its output
 * through Python's {@code str.format_map} and a few line-oriented helpers; byte-identical output
 * needs the same rules, so they are reproduced here (not its code).
 */
public final class Text {
  private Text() {}

  /**
   * An argument expression such as {@code args[%d]} with its one {@code %d} replaced by {@code
   * index}: what {@code String.format} gives for these formats, without its parser (called per
   * parameter, so in a cold run it costs compiling {@code java.util.Formatter}).
   */
  public static String argname(String format, int index) {
    int at = format.indexOf("%d");
    if (at < 0 || format.indexOf('%', at + 2) >= 0 || format.indexOf('%') != at) {
      return String.format(format, index);
    }
    return format.substring(0, at) + index + format.substring(at + 2);
  }

  /**
   * Python {@code str.format_map} restricted to plain {@code {name}} fields: {@code {{} and {@code
   * }}} stand for single braces.
   *
   * @throws IllegalArgumentException on an unknown field or a lone brace (an internal bug)
   */
  public static String formatMap(String template, Map<String, String> values) {
    if (nextBrace(template, 0) == template.length()) {
      return template; // no field and no doubled brace: nothing to copy
    }
    StringBuilder out = new StringBuilder(template.length() + 64);
    int n = template.length();
    int i = 0;
    while (i < n) {
      // Copy the run of plain text up to the next brace in one go.
      int brace = nextBrace(template, i);
      out.append(template, i, brace);
      i = brace;
      if (i >= n) {
        break;
      }
      char c = template.charAt(i);
      if (c == '{') {
        if (i + 1 < n && template.charAt(i + 1) == '{') {
          out.append('{');
          i += 2;
          continue;
        }
        int close = template.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("single '{' in format string");
        }
        String name = template.substring(i + 1, close);
        String v = values.get(name);
        if (v == null) {
          throw new IllegalArgumentException("no value for field {" + name + "}");
        }
        out.append(v);
        i = close + 1;
      } else {
        if (i + 1 < n && template.charAt(i + 1) == '}') {
          out.append('}');
          i += 2;
          continue;
        }
        throw new IllegalArgumentException("single '}' in format string");
      }
    }
    return out.toString();
  }

  private static int nextBrace(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{' || c == '}') {
        return i;
      }
    }
    return s.length();
  }

  /** Doubles braces so that a later {@link #formatMap} gives the text back. */
  public static String formatEscape(String text) {
    return text.replace("{", "{{").replace("}", "}}");
  }

  /**
   * Substitutes {@code {name}} fields that stand alone on a line: the value is indented like the
   * field, trailing blanks are stripped from its lines, an empty value removes the line, and a
   * field not in {@code values} leaves the line as it is.
   */
  public static String linearFormat(String text, Map<String, String> values) {
    String[] keys = values.keySet().toArray(new String[0]);
    if (!hasField(text, keys)) {
      return text; // most parts name none of the fields: no copy
    }
    // Lines joined with "\n" as they are read; a line whose field is empty is dropped with its
    // separator. Lines without a brace are copied without being cut out.
    StringBuilder out = new StringBuilder(text.length() + 64);
    boolean first = true;
    int start = 0;
    int n = text.length();
    int curly = text.indexOf('{');
    while (true) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? n : nl;
      if (curly >= 0 && curly < start) {
        curly = text.indexOf('{', start);
      }
      if (curly < 0 || curly >= end || !namesField(text, curly, end, keys)) {
        if (!first) {
          out.append('\n');
        }
        first = false;
        out.append(text, start, end);
      } else {
        String line = text.substring(start, end);
        String piece = linearFormatLine(line, curly - start, values);
        if (piece != null) {
          if (!first) {
            out.append('\n');
          }
          first = false;
          out.append(piece);
        }
      }
      if (nl < 0) {
        break;
      }
      start = nl + 1;
    }
    return out.toString();
  }

  /**
   * Whether {@link #linearFormat} with any of {@code names} as keys would look at a line of {@code
   * text} at all: when not, a caller can skip its linear passes.
   */
  public static boolean hasLineField(String text, Collection<String> names) {
    return hasField(text, names.toArray(new String[0]));
  }

  /** Whether some line of {@code text} holds a field that {@link #linearFormat} fills. */
  private static boolean hasField(String text, String[] keys) {
    for (int curly = text.indexOf('{'); curly >= 0; curly = text.indexOf('{', curly + 1)) {
      int nl = text.indexOf('\n', curly);
      if (namesField(text, curly, nl < 0 ? text.length() : nl, keys)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the brace at {@code curly} opens a field {@link #linearFormat} fills: its name, up to
   * the next closing brace on the line, is one of {@code keys}. Most braces in C code are not, and
   * are rejected here without cutting the line out.
   */
  private static boolean namesField(String text, int curly, int end, String[] keys) {
    // Field names are identifiers: the braces of C code ("{" at a line end, "{{", "{0}") are
    // turned away by their first character, before any lookup.
    int close = curly + 1;
    if (close >= end || !isNameStart(text.charAt(close))) {
      return false;
    }
    while (close < end && text.charAt(close) != '}') {
      close++;
    }
    if (close >= end) {
      return false;
    }
    int length = close - curly - 1;
    for (String key : keys) { // a few keys: compared in place, nothing cut out
      if (key.length() == length && text.regionMatches(curly + 1, key, 0, length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  /** One line of {@link #linearFormat}: its new text, or null when it is dropped. */
  private static String linearFormatLine(String line, int curly, Map<String, String> values) {
    int close = line.indexOf('}', curly + 1);
    String name = close < 0 ? null : line.substring(curly + 1, close);
    if (name == null || !values.containsKey(name)) {
      return line;
    }
    String indent = line.substring(0, curly);
    if (close + 1 < line.length()) {
      throw new IllegalArgumentException(
          "text found after '{" + name + "}' block marker; it must be on a line by itself");
    }
    if (!indent.isBlank()) {
      throw new IllegalArgumentException(
          "non-blank text before '{" + name + "}' block marker; it must be on a line by itself");
    }
    String value = values.get(name);
    if (value.isEmpty()) {
      return null;
    }
    List<String> stripped = new ArrayList<>();
    for (String v : value.split("\n", -1)) {
      stripped.add(v.stripTrailing());
    }
    return indentNonBlank(String.join("\n", stripped), indent);
  }

  public static String linearFormat(String text, String name, String value) {
    return linearFormat(text, Map.of(name, value));
  }

  /** Python's {@code textwrap.indent}: see {@link Snippets#indent}. */
  public static String indentNonBlank(String text, String prefix) {
    return Snippets.indent(text, prefix);
  }

  /** Clinic's {@code normalize_snippet}: see {@link Snippets#normalize(String, int)}. */
  public static String normalizeSnippet(String text, int indent) {
    return Snippets.normalize(text, indent);
  }

  public static String normalizeSnippet(String text) {
    return Snippets.normalize(text, 0);
  }

  /** Python's {@code textwrap.dedent}: see {@link Snippets#dedent}. */
  public static String dedent(String text) {
    return Snippets.dedent(text);
  }

  /** Prefix and suffix every line; a last empty line stays empty. */
  public static String addPrefixAndSuffix(String text, String prefix, String suffix) {
    String[] parts = text.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      out.append(prefix).append(parts[i]).append(suffix).append('\n');
    }
    String last = parts[parts.length - 1];
    if (!last.isEmpty()) {
      out.append(prefix).append(last).append(suffix);
    }
    return out.toString();
  }

  /** {@code "a"}, {@code "a and b"}, {@code "a, b and c"}. */
  public static String pprintWords(List<String> items) {
    if (items.size() <= 2) {
      return String.join(" and ", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }

  /**
   * Reflows long C declarations {@code name(a, b, c)} so no line passes {@code length} columns,
   * continuation lines aligned after the parenthesis, as Argument Clinic does for impl prototypes.
   */
  public static String wrapDeclarations(String text, int length) {
    if (text.indexOf(',') < 0) {
      return text; // no parameter list to reflow
    }
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      int lp = line.indexOf('(');
      if (lp < 0 || lp + 1 >= line.length()) {
        lines.add(line);
        continue;
      }
      String prefix = line.substring(0, lp);
      String afterL = line.substring(lp + 1);
      int rp = afterL.indexOf(')');
      if (rp < 0) {
        lines.add(line);
        continue;
      }
      String inParen = afterL.substring(0, rp);
      String afterR = afterL.substring(rp + 1);
      if (!inParen.contains(",")) {
        lines.add(line);
        continue;
      }
      List<String> params = new ArrayList<>();
      for (String x : inParen.split(",", -1)) {
        params.add(x.strip() + ", ");
      }
      prefix += "(";
      String spaces = prefix.length() < length ? " ".repeat(prefix.length()) : "    ";
      while (!params.isEmpty()) {
        StringBuilder l = new StringBuilder(prefix);
        boolean first = true;
        while (!params.isEmpty()) {
          if (!first && l.length() + params.get(0).length() > length) {
            break;
          }
          l.append(params.remove(0));
          first = false;
        }
        String s = l.toString();
        if (params.isEmpty()) {
          s = rstripChars(s, ", ") + ")" + afterR;
        }
        lines.add(s.stripTrailing());
        prefix = spaces;
      }
    }
    return String.join("\n", lines);
  }

  public static String rstripChars(String s, String chars) {
    int end = s.length();
    while (end > 0 && chars.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(0, end);
  }

  /** C string literal of text that needs no escaping: {@code "text"}. */
  public static String cRepr(String text) {
    return "\"" + text + "\"";
  }

  /**
   * A long message as adjacent C string literals, one per wrapped line, continuation lines indented
   * by {@code subsequentIndent} spaces.
   */
  public static String wrappedCStringLiteral(String text, int width, int subsequentIndent) {
    List<String> wrapped = TextWrap.wrap(text, width, false);
    String separator = cRepr("\n" + " ".repeat(subsequentIndent));
    return cRepr(String.join(separator, wrapped));
  }

  /** A docstring as a C string literal, one literal per line, escaped as CPython's clinic does. */
  public static String docstringForCString(String docstring) {
    return docstringForCString(docstring, false);
  }

  /**
   * A docstring as a C string literal, one literal per line.
   *
   * @param escapeAll escape every character a C literal cannot hold as it is (control characters,
   *     trigraphs), not only those CPython's clinic escapes
   */
  public static String docstringForCString(String docstring, boolean escapeAll) {
    List<String> parts = new ArrayList<>();
    for (String line : docstring.split("\n", -1)) {
      parts.add("\"");
      parts.add(
          escapeAll
              ? CStrings.escape(line, true)
              : line.replace("\\", "\\\\").replace("\"", "\\\"").replace("'", "\\'"));
      parts.add("\\n\"\n");
    }
    if (parts.get(parts.size() - 2).equals("--")) {
      // A signature alone still needs the blank line the __text_signature__ getter looks for.
      parts.add("\"\\n\"");
    } else {
      parts.remove(parts.size() - 1);
      parts.add("\"");
    }
    return String.join("", parts);
  }
}
