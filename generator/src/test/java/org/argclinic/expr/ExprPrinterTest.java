package org.argclinic.expr;

import static com.google.common.truth.Truth.assertThat;

import org.argclinic.model.Expr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExprPrinterTest {

  /** Expected texts are Python 3.13's {@code repr(x)} and {@code repr(complex(0, x))}. */
  @ParameterizedTest
  @CsvSource({
    "0.1, 0.1, 0.1j",
    "1e16, 1e+16, 1e+16j",
    "1e15, 1000000000000000.0, 1000000000000000j",
    "1234567890123456.0, 1234567890123456.0, 1234567890123456j",
    "0.0001, 0.0001, 0.0001j",
    "0.00001, 1e-05, 1e-05j",
    "1e-7, 1e-07, 1e-07j",
    "1.5e300, 1.5e+300, 1.5e+300j",
    "1.4142135623730951, 1.4142135623730951, 1.4142135623730951j",
    "0.3333333333333333, 0.3333333333333333, 0.3333333333333333j",
    "5e-324, 5e-324, 5e-324j",
    "1.7976931348623157e308, 1.7976931348623157e+308, 1.7976931348623157e+308j",
    "100.0, 100.0, 100j",
    "123456789.125, 123456789.125, 123456789.125j",
    "-0.0, -0.0, -0j",
    "1e22, 1e+22, 1e+22j",
    "1e23, 1e+23, 1e+23j",
    "9007199254740993.0, 9007199254740992.0, 9007199254740992j",
  })
  void floatsPrintLikePython(double value, String repr, String imaginary) {
    assertThat(ExprPrinter.reprFloat(value)).isEqualTo(repr);
    assertThat(ExprPrinter.literalRepr(new Expr.Complex(value, "?"))).hasValue(imaginary);
  }

  @Test
  void specialFloats() {
    assertThat(ExprPrinter.reprFloat(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(ExprPrinter.reprFloat(Double.NEGATIVE_INFINITY)).isEqualTo("-inf");
    assertThat(ExprPrinter.reprFloat(Double.NaN)).isEqualTo("nan");
  }

  @Test
  void stringsChooseTheirQuotesLikePython() {
    assertThat(ExprPrinter.reprStr("abc")).isEqualTo("'abc'");
    assertThat(ExprPrinter.reprStr("'")).isEqualTo("\"'\"");
    assertThat(ExprPrinter.reprStr("'\"")).isEqualTo("'\\'\"'");
    assertThat(ExprPrinter.reprStr("\"")).isEqualTo("'\"'");
    assertThat(ExprPrinter.reprStr("a\\b\t\n\r\u0000\u007f"))
        .isEqualTo("'a\\\\b\\t\\n\\r\\x00\\x7f'");
    assertThat(ExprPrinter.reprStr("\u0080\u00a0\u00e9\u200b\ud83d\ude00"))
        .isEqualTo("'\\x80\\xa0é\\u200b😀'");
    assertThat(ExprPrinter.reprBytes("'\"")).isEqualTo("b'\\'\"'");
    assertThat(ExprPrinter.reprBytes("\u0000\u00ffA'")).isEqualTo("b\"\\x00\\xffA'\"");
  }

  @Test
  void literalsAsPythonPrintsTheirValues() throws ExprException {
    assertThat(repr("-1")).isEqualTo("-1");
    assertThat(repr("-1.50")).isEqualTo("-1.5");
    assertThat(repr("+0x10")).isEqualTo("16");
    assertThat(repr("-1.5j")).isEqualTo("(-0-1.5j)");
    assertThat(repr("-0j")).isEqualTo("(-0-0j)");
    assertThat(repr("(1,)")).isEqualTo("(1,)");
    assertThat(repr("(1, 'a', None)")).isEqualTo("(1, 'a', None)");
    assertThat(repr("[True, ...]")).isEqualTo("[True, Ellipsis]");
    assertThat(repr("{'a': b''}")).isEqualTo("{'a': b''}");
    assertThat(repr("\"it's\"")).isEqualTo("\"it's\"");
    assertThat(ExprPrinter.literalRepr(ExprParser.parse("{1}"))).isEmpty();
    assertThat(ExprPrinter.literalRepr(ExprParser.parse("sys.maxsize"))).isEmpty();
    assertThat(ExprPrinter.literalRepr(ExprParser.parse("~1"))).isEmpty();
  }

  private static String repr(String text) throws ExprException {
    return ExprPrinter.literalRepr(ExprParser.parse(text)).orElseThrow();
  }
}
