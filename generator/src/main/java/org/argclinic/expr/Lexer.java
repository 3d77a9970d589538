package org.argclinic.expr;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argclinic.model.Expr;

/**
 * Splits Python expression text into tokens, decoding numbers and string literals as Python does.
 */
final class Lexer {

  enum Kind {
    NAME,
    NUMBER,
    STRING,
    OP,
    END
  }

  /**
   * @param value for NUMBER the literal's {@link Expr}; for STRING an {@link Expr.Str} or {@link
   *     Expr.Bytes}; otherwise null (internal only, never reaches the model)
   */
  record Token(Kind kind, String text, int start, int end, Expr value) {
    boolean is(String op) {
      return kind == Kind.OP && text.equals(op);
    }

    boolean isName(String name) {
      return kind == Kind.NAME && text.equals(name);
    }
  }

  // Longest first, so that "**" wins over "*".
  private static final String[] OPERATORS = {
    "...", "**=", "//=", "<<=", ">>=", "!=", "==", "<=", ">=", "**", "//", "<<", ">>", "->", ":=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "(", ")", "[", "]", "{", "}", ",", ":",
    ".", ";", "=", "+", "-", "*", "/", "%", "|", "^", "&", "~", "<", ">", "@"
  };

  private static final Set<String> STRING_PREFIXES =
      Set.of("", "r", "u", "b", "br", "rb", "f", "fr", "rf");

  private final String text;
  private final boolean comments;
  private int pos;
  private final ArrayDeque<Character> brackets = new ArrayDeque<>();
  private final ArrayDeque<Integer> openedAt = new ArrayDeque<>();

  private Lexer(String text, int start, boolean comments) {
    this.text = text;
    this.pos = start;
    this.comments = comments;
  }

  /**
   * @param comments whether {@code #} starts a comment; where Clinic wraps the text in more Python
   *     ({@code def x(TEXT): pass}) a comment would swallow the rest, so it is an error
   */
  static List<Token> tokenize(String text, int start, boolean comments) throws ExprException {
    Lexer lexer = new Lexer(text, start, comments);
    List<Token> out = new ArrayList<>();
    while (true) {
      Token t = lexer.next();
      out.add(t);
      if (t.kind() == Kind.END) {
        return out;
      }
    }
  }

  private Token next() throws ExprException {
    skipBlanks();
    if (pos >= text.length()) {
      if (!brackets.isEmpty()) {
        // Python's tokenizer finds this before the parser looks at anything.
        throw new ExprException("'" + brackets.peek() + "' was never closed", openedAt.peek());
      }
      return new Token(Kind.END, "", pos, pos, null);
    }
    int start = pos;
    char c = text.charAt(pos);
    if (Character.isDigit(c)
        || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
      return number();
    }
    if (isIdentifierStart(c)) {
      int end = pos;
      while (end < text.length() && isIdentifierPart(text.charAt(end))) {
        end++;
      }
      String word = text.substring(pos, end);
      if (end < text.length()
          && (text.charAt(end) == '\'' || text.charAt(end) == '"')
          && STRING_PREFIXES.contains(word.toLowerCase(Locale.ROOT))) {
        return string(word.toLowerCase(Locale.ROOT), end);
      }
      pos = end;
      return new Token(Kind.NAME, word, start, end, null);
    }
    if (c == '\'' || c == '"') {
      return string("", pos);
    }
    for (String op : OPERATORS) {
      if (text.startsWith(op, pos)) {
        pos += op.length();
        bracket(op, start);
        return new Token(Kind.OP, op, start, pos, null);
      }
    }
    throw new ExprException(
        "invalid character '"
            + new String(Character.toChars(text.codePointAt(pos)))
            + "' in expression",
        pos,
        true);
  }

  /** Python's tokenizer refuses stray closing brackets before any parsing happens. */
  private void bracket(String op, int start) throws ExprException {
    if (op.length() != 1 || "([{)]}".indexOf(op.charAt(0)) < 0) {
      return;
    }
    char c = op.charAt(0);
    if ("([{".indexOf(c) >= 0) {
      brackets.push(c);
      openedAt.push(start);
      return;
    }
    if (brackets.isEmpty()) {
      throw new ExprException("unmatched '" + c + "'", start, true);
    }
    char open = brackets.pop();
    openedAt.pop();
    if ("([{".indexOf(open) != ")]}".indexOf(c)) {
      throw new ExprException(
          "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'",
          start,
          true);
    }
  }

  private void skipBlanks() throws ExprException {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pos++;
      } else if (c == '\\' && (text.startsWith("\\\n", pos) || text.startsWith("\\\r\n", pos))) {
        pos += text.charAt(pos + 1) == '\r' ? 3 : 2;
      } else if (c == '#') {
        if (!comments) {
          throw new ExprException("a comment is not allowed here", pos, true);
        }
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  static boolean isIdentifierStart(char c) {
    return c == '_' || Character.isLetter(c);
  }

  static boolean isIdentifierPart(char c) {
    return c == '_' || Character.isLetterOrDigit(c);
  }

  // --- numbers -------------------------------------------------------------------------------

  private Token number() throws ExprException {
    int start = pos;
    char c = text.charAt(pos);
    if (c == '0' && pos + 1 < text.length() && "xXoObB".indexOf(text.charAt(pos + 1)) >= 0) {
      char k = Character.toLowerCase(text.charAt(pos + 1));
      int radix = k == 'x' ? 16 : k == 'o' ? 8 : 2;
      pos += 2;
      String digits = digitRun(radix, true);
      if (digits.isEmpty()) {
        throw new ExprException("invalid " + radixName(radix) + " literal", start, true);
      }
      checkNumberEnd(start, radixName(radix) + " literal");
      return numberToken(start, new Expr.Int(new BigInteger(digits, radix)));
    }
    String intPart = digitRun(10, false);
    boolean isFloat = false;
    StringBuilder literal = new StringBuilder(intPart);
    if (pos < text.length() && text.charAt(pos) == '.' && !(text.startsWith("...", pos))) {
      isFloat = true;
      pos++;
      literal.append('.');
      if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        literal.append(digitRun(10, false));
      }
    }
    if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
      int save = pos;
      pos++;
      StringBuilder exp = new StringBuilder("e");
      if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
        exp.append(text.charAt(pos++));
      }
      if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
        exp.append(digitRun(10, false));
        literal.append(exp);
        isFloat = true;
      } else {
        pos = save;
        throw new ExprException("invalid decimal literal", start, true);
      }
    }
    String written = text.substring(start, pos);
    if (pos < text.length() && (text.charAt(pos) == 'j' || text.charAt(pos) == 'J')) {
      pos++;
      checkNumberEnd(start, "imaginary literal");
      return numberToken(start, new Expr.Complex(parseDouble(literal.toString()), written + "j"));
    }
    checkNumberEnd(start, "decimal literal");
    if (isFloat) {
      return numberToken(start, new Expr.Float(parseDouble(literal.toString()), written));
    }
    if (intPart.length() > 1
        && intPart.charAt(0) == '0'
        && !intPart.chars().allMatch(d -> d == '0')) {
      throw new ExprException(
          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal"
              + " integers",
          start,
          true);
    }
    return numberToken(start, new Expr.Int(new BigInteger(intPart)));
  }

  private static double parseDouble(String s) {
    return s.startsWith(".") ? Double.parseDouble("0" + s) : Double.parseDouble(s);
  }

  private Token numberToken(int start, Expr value) {
    return new Token(Kind.NUMBER, text.substring(start, pos), start, pos, value);
  }

  private static String radixName(int radix) {
    return radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary";
  }

  /** Digits with single underscores between them, as Python allows; underscores are dropped. */
  private String digitRun(int radix, boolean leadingUnderscore) throws ExprException {
    StringBuilder digits = new StringBuilder();
    boolean lastUnderscore = false;
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '_') {
        if (lastUnderscore || (digits.length() == 0 && !leadingUnderscore)) {
          throw new ExprException("invalid " + radixName10(radix) + " literal", pos, true);
        }
        lastUnderscore = true;
        pos++;
        continue;
      }
      if (Character.digit(c, radix) < 0 || c > 0x7f) {
        break;
      }
      digits.append(c);
      lastUnderscore = false;
      pos++;
    }
    if (lastUnderscore) {
      throw new ExprException("invalid " + radixName10(radix) + " literal", pos - 1, true);
    }
    return digits.toString();
  }

  private static String radixName10(int radix) {
    return radix == 10 ? "decimal" : radixName(radix);
  }

  private void checkNumberEnd(int start, String what) throws ExprException {
    if (pos < text.length() && (isIdentifierPart(text.charAt(pos)))) {
      throw new ExprException("invalid " + what, start, true);
    }
  }

  // --- strings -------------------------------------------------------------------------------

  private Token string(String prefix, int quoteAt) throws ExprException {
    int start = pos;
    if (prefix.contains("f")) {
      throw new ExprException("f-strings are not supported", start, true);
    }
    boolean raw = prefix.contains("r");
    boolean bytes = prefix.contains("b");
    char q = text.charAt(quoteAt);
    boolean triple = text.startsWith("" + q + q + q, quoteAt);
    int i = quoteAt + (triple ? 3 : 1);
    StringBuilder value = new StringBuilder();
    while (true) {
      if (i >= text.length()) {
        throw new ExprException(
            triple ? "unterminated triple-quoted string literal" : "unterminated string literal",
            start,
            true);
      }
      char c = text.charAt(i);
      if (c == q && (!triple || text.startsWith("" + q + q + q, i))) {
        i += triple ? 3 : 1;
        break;
      }
      if (c == '\n' && !triple) {
        throw new ExprException("unterminated string literal", start, true);
      }
      if (bytes && c > 0x7f) {
        throw new ExprException("bytes can only contain ASCII literal characters", start, true);
      }
      if (c != '\\') {
        value.append(c);
        i++;
        continue;
      }
      if (i + 1 >= text.length()) {
        throw new ExprException("unterminated string literal", start, true);
      }
      if (raw) {
        // A raw string keeps the backslash, and the backslash still protects the next character.
        value.append(c).append(text.charAt(i + 1));
        i += 2;
        continue;
      }
      i = escape(i, bytes, value, start);
    }
    pos = i;
    String v = value.toString();
    return new Token(
        Kind.STRING,
        text.substring(start, pos),
        start,
        pos,
        bytes ? new Expr.Bytes(v) : new Expr.Str(v));
  }

  /** Decodes the escape at {@code i} (a backslash) into {@code out}; returns the index after it. */
  private int escape(int i, boolean bytes, StringBuilder out, int start) throws ExprException {
    char e = text.charAt(i + 1);
    switch (e) {
      case '\n':
        return i + 2;
      case '\r':
        return text.startsWith("\r\n", i + 1) ? i + 3 : i + 2;
      case '\\':
        out.append('\\');
        return i + 2;
      case '\'':
        out.append('\'');
        return i + 2;
      case '"':
        out.append('"');
        return i + 2;
      case 'a':
        out.append('\u0007');
        return i + 2;
      case 'b':
        out.append('\b');
        return i + 2;
      case 'f':
        out.append('\f');
        return i + 2;
      case 'n':
        out.append('\n');
        return i + 2;
      case 'r':
        out.append('\r');
        return i + 2;
      case 't':
        out.append('\t');
        return i + 2;
      case 'v':
        out.append('\u000b');
        return i + 2;
      case 'x':
        return hexEscape(i, 2, out, bytes ? "bytes" : "unicode", start);
      default:
        break;
    }
    if (e >= '0' && e <= '7') {
      int j = i + 1;
      int v = 0;
      while (j < text.length() && j < i + 4 && text.charAt(j) >= '0' && text.charAt(j) <= '7') {
        v = v * 8 + (text.charAt(j) - '0');
        j++;
      }
      if (bytes) {
        v &= 0xff;
      }
      out.appendCodePoint(v);
      return j;
    }
    if (!bytes && e == 'u') {
      return hexEscape(i, 4, out, "unicode", start);
    }
    if (!bytes && e == 'U') {
      return hexEscape(i, 8, out, "unicode", start);
    }
    if (!bytes && e == 'N') {
      int close = text.indexOf('}', i);
      if (i + 2 >= text.length() || text.charAt(i + 2) != '{' || close < 0) {
        throw new ExprException(
            "(unicode error) 'unicodeescape' codec can't decode bytes: "
                + "malformed \\N character escape",
            start,
            true);
      }
      String name = text.substring(i + 3, close);
      try {
        out.appendCodePoint(Character.codePointOf(name));
      } catch (IllegalArgumentException ex) {
        throw new ExprException(
            "(unicode error) 'unicodeescape' codec can't decode bytes: "
                + "unknown Unicode character name",
            start,
            true);
      }
      return close + 1;
    }
    // Python keeps unknown escapes as written (with a warning).
    out.append('\\').append(e);
    return i + 2;
  }

  private int hexEscape(int i, int digits, StringBuilder out, String codec, int start)
      throws ExprException {
    int from = i + 2;
    if (from + digits > text.length()) {
      throw truncated(codec, digits, start);
    }
    String hex = text.substring(from, from + digits);
    for (int k = 0; k < hex.length(); k++) {
      if (Character.digit(hex.charAt(k), 16) < 0) {
        throw truncated(codec, digits, start);
      }
    }
    long v = Long.parseLong(hex, 16);
    if (v > 0x10ffff) {
      throw new ExprException(
          "(unicode error) 'unicodeescape' codec can't decode bytes: "
              + "illegal Unicode character",
          start,
          true);
    }
    out.appendCodePoint((int) v);
    return from + digits;
  }

  private static ExprException truncated(String codec, int digits, int start) {
    if (codec.equals("bytes")) {
      return new ExprException("(value error) invalid \\x escape", start, true);
    }
    String form = digits == 2 ? "\\xXX" : digits == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
    return new ExprException(
        "(unicode error) 'unicodeescape' codec can't decode bytes: "
            + "truncated "
            + form
            + " escape",
        start,
        true);
  }
}
