package org.argclinic.parse;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argclinic.expr.ExprException;
import org.argclinic.expr.ExprParser;
import org.argclinic.model.Expr;
import org.argclinic.model.Position;
import org.argclinic.model.PythonBlock;
import org.argclinic.scan.Segment;

/**
 * Reads what a {@code [python input]} block declares without running Python: {@code class X(Base):}
 * bodies made of {@code name = <expression>} attributes and {@code def} methods. Any other
 * statement marks the block as {@code otherCode}.
 */
final class PythonBlockReader {
  private static final Pattern CLASS =
      Pattern.compile(
          "class\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*\\("
              + "\\s*([A-Za-z_][A-Za-z0-9_.]*)\\s*\\)\\s*:\\s*(#.*)?");
  private static final Pattern DEF = Pattern.compile("def\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*\\(.*");
  private static final Pattern ASSIGN =
      Pattern.compile("((?:[A-Za-z_][A-Za-z0-9_]*\\s*=\\s*)+)(?!=)(.*)", Pattern.DOTALL);

  private final DslParser file;
  private final List<String> lines;
  private final int firstLine;
  private int i;
  private boolean otherCode;

  private PythonBlockReader(DslParser file, Segment.Block block) {
    this.file = file;
    List<String> l = new ArrayList<>(List.of(block.input().split("\n", -1)));
    for (int k = 0; k < l.size(); k++) {
      if (l.get(k).endsWith("\r")) {
        l.set(k, l.get(k).substring(0, l.get(k).length() - 1));
      }
    }
    this.lines = l;
    this.firstLine = block.inputStartLine();
  }

  static PythonBlock read(DslParser file, Segment.Block block) {
    PythonBlockReader r = new PythonBlockReader(file, block);
    ImmutableList.Builder<PythonBlock.ConverterClass> classes = ImmutableList.builder();
    while (r.i < r.lines.size()) {
      String line = r.lines.get(r.i);
      if (blankOrComment(line)) {
        r.i++;
        continue;
      }
      Matcher m = CLASS.matcher(line);
      Matcher def = DEF.matcher(line);
      if (indent(line) == 0 && m.matches()) {
        PythonBlock.ConverterClass c = r.classBody(m.group(1), m.group(2), indent(line));
        classes.add(c);
        r.register(c);
      } else if (indent(line) == 0 && def.matches() && r.factory(def.group(1))) {
        continue;
      } else if (indent(line) == 0 && r.factoryCall(classes)) {
        continue;
      } else {
        r.otherCode = true;
        r.skipStatement(indent(line));
      }
    }
    return new PythonBlock(classes.build(), r.otherCode, Position.of(block.startLine(), 1));
  }

  /**
   * A function that makes converter classes with {@code type(NAME, (BASE,), {ATTRIBUTES})}, like
   * {@code create_converter} in CPython's Modules/_winapi.c: its parameters, the local assignments
   * and the {@code type()} call of its body.
   */
  private record Factory(List<String> parameters, Map<String, Expr> locals, Expr.Call make) {}

  private final Map<String, Factory> factories = new LinkedHashMap<>();

  private static final Pattern DEF_HEADER =
      Pattern.compile(
          "def\\s+([A-Za-z_]\\w*)\\s*\\("
              + "\\s*([A-Za-z_]\\w*(?:\\s*,\\s*[A-Za-z_]\\w*)*)?\\s*\\)\\s*:\\s*");

  /**
   * Reads a converter factory at the current line; advances past it when it is one.
   *
   * @return false (and nothing consumed) when the function is anything else
   */
  private boolean factory(String name) {
    Matcher header = DEF_HEADER.matcher(lines.get(i));
    if (!header.matches()) {
      return false;
    }
    List<String> parameters =
        header.group(2) == null ? List.of() : List.of(header.group(2).split("\\s*,\\s*"));
    Map<String, Expr> locals = new LinkedHashMap<>();
    Expr.Call make = null;
    int j = i + 1;
    for (; j < lines.size(); j++) {
      String line = lines.get(j);
      if (blankOrComment(line)) {
        continue;
      }
      if (indent(line) == 0) {
        break;
      }
      String s = line.strip();
      Matcher assign = ASSIGN.matcher(s);
      try {
        if (assign.matches()) {
          Expr value = ExprParser.parse(assign.group(2));
          for (String target : assign.group(1).split("=")) {
            if (!target.isBlank()) {
              locals.put(target.strip(), value);
            }
          }
        } else if (ExprParser.parse(s) instanceof Expr.Call c
            && c.func() instanceof Expr.Name f
            && f.id().equals("type")
            && c.args().size() == 3
            && make == null) {
          make = c;
        } else {
          return false;
        }
      } catch (ExprException e) {
        return false;
      }
    }
    if (make == null) {
      return false;
    }
    factories.put(name, new Factory(parameters, locals, make));
    i = j;
    return true;
  }

  /** A top-level call of a known factory with literal arguments: the class it makes. */
  private boolean factoryCall(ImmutableList.Builder<PythonBlock.ConverterClass> classes) {
    String line = lines.get(i);
    Expr.Call call;
    try {
      ExprParser.Parsed parsed = ExprParser.parsePrefix(line, 0);
      if (!(parsed.expr() instanceof Expr.Call c)
          || parsed.call().isEmpty()
          || !parsed.call().get().keywords().isEmpty()
          || !line.substring(parsed.end()).isBlank()
              && !line.substring(parsed.end()).strip().startsWith("#")) {
        return false;
      }
      call = c;
    } catch (ExprException e) {
      // A trailing comment stops the strict prefix parser; try without it.
      int hash = line.indexOf(" #");
      if (hash < 0) {
        return false;
      }
      try {
        if (!(ExprParser.parse(line.substring(0, hash)) instanceof Expr.Call c)) {
          return false;
        }
        call = c;
      } catch (ExprException again) {
        return false;
      }
    }
    if (!(call.func() instanceof Expr.Name f) || !factories.containsKey(f.id())) {
      return false;
    }
    Factory factory = factories.get(f.id());
    if (call.args().size() != factory.parameters().size()) {
      return false;
    }
    Map<String, Expr> scope = new LinkedHashMap<>();
    for (int k = 0; k < call.args().size(); k++) {
      scope.put(factory.parameters().get(k), call.args().get(k));
    }
    for (Map.Entry<String, Expr> local : factory.locals().entrySet()) {
      Expr value = substitute(local.getValue(), scope);
      if (value == null) {
        return false;
      }
      scope.put(local.getKey(), value);
    }
    Expr name = substitute(factory.make().args().get(0), scope);
    Expr bases = factory.make().args().get(1);
    Expr body = factory.make().args().get(2);
    if (!(name instanceof Expr.Str className)
        || !(bases instanceof Expr.TupleLit t)
        || t.items().size() != 1
        || !(t.items().get(0) instanceof Expr.Name base)
        || !(body instanceof Expr.DictLit dict)) {
      return false;
    }
    Map<String, Expr> attributes = new LinkedHashMap<>();
    for (int k = 0; k < dict.keys().size(); k++) {
      Expr value = substitute(dict.values().get(k), scope);
      if (!(dict.keys().get(k) instanceof Expr.Str key) || value == null) {
        return false;
      }
      attributes.put(key.value(), value);
    }
    PythonBlock.ConverterClass c =
        new PythonBlock.ConverterClass(
            className.value(),
            base.id(),
            ImmutableMap.copyOf(attributes),
            ImmutableList.of(),
            Position.of(firstLine + i, 1));
    classes.add(c);
    register(c);
    i++;
    return true;
  }

  /** Replaces names by their values and joins string concatenations; null if it cannot. */
  private static Expr substitute(Expr e, Map<String, Expr> scope) {
    if (e instanceof Expr.Name n) {
      return scope.get(n.id());
    }
    if (e instanceof Expr.Binary b && b.op().equals("+")) {
      Expr left = substitute(b.left(), scope);
      Expr right = substitute(b.right(), scope);
      if (left instanceof Expr.Str l && right instanceof Expr.Str r) {
        return new Expr.Str(l.value() + r.value());
      }
      return null;
    }
    if (e instanceof Expr.Str
        || e instanceof Expr.Int
        || e instanceof Expr.Bool
        || e instanceof Expr.None
        || e instanceof Expr.Float) {
      return e;
    }
    return null;
  }

  /** Makes a class derived from self_converter or defining_class_converter known as such. */
  private void register(PythonBlock.ConverterClass c) {
    String base = c.base();
    String baseName =
        base.endsWith("_converter")
            ? base.substring(0, base.length() - "_converter".length())
            : base;
    if (file.selfConverters.contains(baseName)) {
      file.selfConverters.add(c.converterName());
    }
    if (file.definingClassConverters.contains(baseName)) {
      file.definingClassConverters.add(c.converterName());
    }
  }

  private static boolean blankOrComment(String line) {
    String s = line.strip();
    return s.isEmpty() || s.startsWith("#");
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  private PythonBlock.ConverterClass classBody(String name, String base, int classIndent) {
    Position position = Position.of(firstLine + i, 1);
    i++;
    Map<String, Expr> attributes = new LinkedHashMap<>();
    List<String> methods = new ArrayList<>();
    while (i < lines.size()) {
      String line = lines.get(i);
      if (blankOrComment(line)) {
        i++;
        continue;
      }
      int ind = indent(line);
      if (ind <= classIndent) {
        break;
      }
      String s = line.strip();
      Matcher def = DEF.matcher(s);
      Matcher assign = ASSIGN.matcher(s);
      if (def.matches()) {
        methods.add(def.group(1));
        skipStatement(ind);
      } else if (s.equals("pass")) {
        i++;
      } else if (assign.matches()) {
        int start = i;
        Expr value = expression(ind + assign.group(1).length());
        if (value == null) {
          otherCode = true;
          i = start;
          skipStatement(ind);
        } else {
          for (String target : assign.group(1).split("=")) {
            if (!target.isBlank()) {
              attributes.put(target.strip(), value);
            }
          }
        }
      } else {
        // A docstring or any other statement: not a declaration argclinic can read.
        if (!(s.startsWith("\"") || s.startsWith("'"))) {
          otherCode = true;
        }
        skipStatement(ind);
      }
    }
    return new PythonBlock.ConverterClass(
        name, base, ImmutableMap.copyOf(attributes), ImmutableList.copyOf(methods), position);
  }

  /**
   * Parses the expression that starts at column {@code from} of the current line, taking more lines
   * while it is incomplete (open brackets, triple-quoted strings); advances past it.
   *
   * @return null when it is not an expression of the supported subset
   */
  private Expr expression(int from) {
    StringBuilder text = new StringBuilder(lines.get(i).substring(Math.max(from, 0)));
    int j = i;
    while (true) {
      try {
        Expr e = ExprParser.parse(text.toString());
        i = j + 1;
        return e;
      } catch (ExprException e) {
        boolean atEnd =
            e.getMessage().startsWith("unterminated triple-quoted")
                || e.offset() >= text.length()
                || e.getMessage().startsWith("expected");
        if (!atEnd || j + 1 >= lines.size()) {
          i = j + 1;
          return null;
        }
        j++;
        text.append('\n').append(lines.get(j));
      }
    }
  }

  /**
   * Skips a statement and everything under it: lines indented deeper, and lines inside brackets or
   * triple-quoted strings opened above (whatever their indent).
   */
  private void skipStatement(int ind) {
    LexState state = new LexState();
    state.scan(lines.get(i));
    i++;
    while (i < lines.size()) {
      String line = lines.get(i);
      boolean continued = state.open();
      if (!continued && !blankOrComment(line) && indent(line) <= ind) {
        return;
      }
      state.scan(line);
      i++;
    }
  }

  /** Just enough of Python's lexer to know whether a line ends inside a string or brackets. */
  private static final class LexState {
    private String triple;
    private int depth;

    boolean open() {
      return triple != null || depth > 0;
    }

    void scan(String line) {
      int k = 0;
      while (k < line.length()) {
        if (triple != null) {
          int end = line.indexOf(triple, k);
          int esc = line.indexOf('\\', k);
          if (esc >= 0 && (end < 0 || esc < end)) {
            k = esc + 2;
            continue;
          }
          if (end < 0) {
            return;
          }
          k = end + 3;
          triple = null;
          continue;
        }
        char c = line.charAt(k);
        if (c == '#') {
          return;
        }
        if (c == '"' || c == '\'') {
          String q3 = String.valueOf(c).repeat(3);
          if (line.startsWith(q3, k)) {
            triple = q3;
            k += 3;
            continue;
          }
          k++;
          while (k < line.length() && line.charAt(k) != c) {
            k += line.charAt(k) == '\\' ? 2 : 1;
          }
          k++;
          continue;
        }
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
          depth--;
        }
        k++;
      }
    }
  }
}
