package org.argclinic.expr;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import java.math.BigInteger;
import java.util.List;
import org.argclinic.model.Expr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprParserTest {

  /** Expected trees are Python 3.13's {@code ast.dump} of the same text. */
  @ParameterizedTest
  @CsvSource(
      delimiterString = " => ",
      quoteCharacter = '`',
      value = {
        "1 + 2 * 3 ** -2 ** 2 => BinOp(left=Constant(value=1), op=Add(),"
            + " right=BinOp(left=Constant(value=2), op=Mult(), right=BinOp(left=Constant(value=3),"
            + " op=Pow(), right=UnaryOp(op=USub(), operand=BinOp(left=Constant(value=2), op=Pow(),"
            + " right=Constant(value=2))))))",
        "a | b ^ c & d << 1 >> 2 => BinOp(left=Name(id='a', ctx=Load()), op=BitOr(),"
            + " right=BinOp(left=Name(id='b', ctx=Load()), op=BitXor(),"
            + " right=BinOp(left=Name(id='c', ctx=Load()), op=BitAnd(),"
            + " right=BinOp(left=BinOp(left=Name(id='d', ctx=Load()), op=LShift(),"
            + " right=Constant(value=1)), op=RShift(), right=Constant(value=2)))))",
        "-x.y.z // 3 % 4 - ~5 => BinOp(left=BinOp(left=BinOp(left=UnaryOp(op=USub(),"
            + " operand=Attribute(value=Attribute(value=Name(id='x', ctx=Load()), attr='y',"
            + " ctx=Load()), attr='z', ctx=Load())), op=FloorDiv(), right=Constant(value=3)),"
            + " op=Mod(), right=Constant(value=4)), op=Sub(), right=UnaryOp(op=Invert(),"
            + " operand=Constant(value=5)))",
        "not a => UnaryOp(op=Not(), operand=Name(id='a', ctx=Load()))",
        "(1, 2) => Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())",
        "[1] => List(elts=[Constant(value=1)], ctx=Load())",
        "{1, 'a'} => Set(elts=[Constant(value=1), Constant(value='a')])",
        "f(1, 2) => Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1),"
            + " Constant(value=2)])",
        "{} => Dict()",
        "{1: 2} => Dict(keys=[Constant(value=1)], values=[Constant(value=2)])",
        "0x_FF + 0o17 + 0b1010 + 1_000_000 + 00 =>"
            + " BinOp(left=BinOp(left=BinOp(left=BinOp(left=Constant(value=255), op=Add(),"
            + " right=Constant(value=15)), op=Add(), right=Constant(value=10)), op=Add(),"
            + " right=Constant(value=1000000)), op=Add(), right=Constant(value=0))",
        "1. + .5 + 1e10 + 1_0.5e-3 => BinOp(left=BinOp(left=BinOp(left=Constant(value=1.0),"
            + " op=Add(), right=Constant(value=0.5)), op=Add(),"
            + " right=Constant(value=10000000000.0)), op=Add(), right=Constant(value=0.0105))",
        "1.5j + 10J => BinOp(left=Constant(value=1.5j), op=Add(), right=Constant(value=10j))",
        "... => Constant(value=Ellipsis)",
        "None => Constant(value=None)",
        "True => Constant(value=True)",
        "+1 => UnaryOp(op=UAdd(), operand=Constant(value=1))",
        "1, 2 => Tuple(elts=[Constant(value=1), Constant(value=2)], ctx=Load())",
      })
  void parsesWithPythonPrecedence(String text, String dump) throws ExprException {
    assertThat(ExprPrinter.dump(ExprParser.parse(text))).isEqualTo(dump);
  }

  /** Expected values are Python 3.13's {@code repr(ast.literal_eval(text))}. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "'a\\tb\\n\\\\\\'' | \"a\\tb\\n\\\\'\"",
        "\"it\\'s\" | \"it's\"",
        "'''x\\ny''' | 'x\\ny'",
        "r'\\d\\'' | \"\\\\d\\\\'\"",
        "b'\\x00\\xff\\101' | b'\\x00\\xffA'",
        "'\\N{LATIN SMALL LETTER E WITH ACUTE}\\u00e9\\U0001F600' | 'éé😀'",
        "'a' 'b' \"c\" | 'abc'",
        "'\\q' | '\\\\q'",
        "rb'\\x' | b'\\\\x'",
        "'\\x7f\\x80\\xa0\\u200b' | '\\x7f\\x80\\xa0\\u200b'",
        "'é' | 'é'",
        "'\\0\\12\\1234' | '\\x00\\nS4'",
        "U'x' | 'x'",
        "BR'\\n' | b'\\\\n'",
      })
  void decodesStringLiterals(String text, String repr) throws ExprException {
    assertThat(ExprPrinter.literalRepr(ExprParser.parse(text))).hasValue(repr);
  }

  @Test
  void backslashNewlineInsideAStringJoinsLines() throws ExprException {
    assertThat(ExprParser.parse("'a\\\nb'")).isEqualTo(new Expr.Str("ab"));
  }

  @Test
  void bigIntegersStayExact() throws ExprException {
    assertThat(ExprParser.parse("0xFFFF_FFFF_FFFF_FFFF_FF"))
        .isEqualTo(new Expr.Int(new BigInteger("FFFFFFFFFFFFFFFFFF", 16)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "foo( | 3 | '(' was never closed",
        "(1] | 2 | closing parenthesis ']' does not match opening parenthesis '('",
        "1) | 1 | unmatched ')'",
        "1 + | 3 | unexpected end of expression",
        "a if b else c | 2 | conditional expressions are not supported",
        "a == b | 2 | comparisons are not supported",
        "a and b | 2 | 'and' expressions are not supported",
        "a[0] | 1 | subscripts are not supported",
        "lambda: 0 | 0 | lambda expressions are not supported",
        "[x for x in y] | 3 | comprehensions are not supported",
        "f'x' | 0 | f-strings are not supported",
        "'abc | 0 | unterminated string literal",
        "'''abc | 0 | unterminated triple-quoted string literal",
        "1__0 | 2 | invalid decimal literal",
        "1_ | 1 | invalid decimal literal",
        "01 | 0 | leading zeros in decimal integer literals are not permitted; use an 0o prefix for"
            + " octal integers",
        "0x | 0 | invalid hexadecimal literal",
        "12abc | 0 | invalid decimal literal",
        "b'é' | 0 | bytes can only contain ASCII literal characters",
        "'a' b'b' | 4 | cannot mix bytes and nonbytes literals",
        "'\\x4' | 0 | (unicode error) 'unicodeescape' codec can't decode bytes: truncated \\xXX"
            + " escape",
        "'\\N{NO SUCH NAME}' | 0 | (unicode error) 'unicodeescape' codec can't decode bytes:"
            + " unknown Unicode character name",
        "1 2 | 2 | unexpected '2'",
        "$ | 0 | invalid character '$' in expression",
        "a. | 2 | expected an attribute name after '.'",
        "f(a=1, 2) | 7 | positional argument follows keyword argument",
        "f(a=1, a=2) | 7 | keyword argument repeated: a",
        "f(from=1) | 2 | invalid syntax: 'from' is a keyword",
        "{**a} | 1 | dict unpacking is not supported",
      })
  void rejectsWithAnOffset(String text, int offset, String message) {
    ExprException e = assertThrows(ExprException.class, () -> ExprParser.parse(text));
    assertThat(e.getMessage()).isEqualTo(message);
    assertThat(e.offset()).isEqualTo(offset);
  }

  @Test
  void emptyTextIsNoExpression() {
    ExprException e = assertThrows(ExprException.class, () -> ExprParser.parse("   "));
    assertThat(e.getMessage()).isEqualTo("expected an expression");
  }

  @Test
  void prefixParsingStopsAtTheFirstTokenThatCannotContinue() throws ExprException {
    ExprParser.Parsed p = ExprParser.parsePrefix("x: int(a=1, b='=') = 5", 3);
    assertThat(p.expr()).isInstanceOf(Expr.Call.class);
    assertThat(p.start()).isEqualTo(3);
    assertThat(p.end()).isEqualTo(18);
    assertThat(p.next()).isEqualTo(19);
    ExprParser.CallSyntax call = p.call().get();
    assertThat(call.keywords().stream().map(ExprParser.Keyword::name).toList())
        .containsExactly("a", "b")
        .inOrder();
    assertThat(call.keywords().get(1).value()).isEqualTo(new Expr.Str("="));
    assertThat(call.keywords().get(1).valueStart()).isEqualTo(14);
    assertThat(call.keywords().get(1).valueEnd()).isEqualTo(17);
  }

  @Test
  void parameterListsAsPythonDefinesThem() throws ExprException {
    List<ExprParser.ParamSyntax> items = ExprParser.parseParameters("*args: object, b=1, **kw");
    assertThat(items.stream().map(i -> i.stars() + i.name()).toList())
        .containsExactly("1args", "0b", "2kw")
        .inOrder();
    assertThat(items.get(0).annotation().get().expr()).isEqualTo(new Expr.Name("object"));
    assertThat(items.get(1).defaultValue().get().expr()).isEqualTo(new Expr.Int(BigInteger.ONE));
    assertThat(ExprParser.parseParameters("a: 'O!'").get(0).annotation().get().expr())
        .isEqualTo(new Expr.Str("O!"));
  }

  @Test
  void setsTuplesAndListsKeepTheirItems() throws ExprException {
    assertThat(ExprParser.parse("{str, robuffer,}"))
        .isEqualTo(
            new Expr.SetLit(ImmutableList.of(new Expr.Name("str"), new Expr.Name("robuffer"))));
    assertThat(ExprParser.parse("(1,)"))
        .isEqualTo(new Expr.TupleLit(ImmutableList.of(new Expr.Int(BigInteger.ONE))));
    assertThat(ExprParser.parse("()")).isEqualTo(new Expr.TupleLit(ImmutableList.of()));
    assertThat(ExprParser.parse("[]")).isEqualTo(new Expr.ListLit(ImmutableList.of()));
  }
}
