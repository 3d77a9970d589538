package org.argclinic.expr;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConstantFolderTest {

  /** Expected texts are Python 3.13's {@code repr()} of what {@code eval(text)} raises. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1/0 | ZeroDivisionError('division by zero')",
        "1//0 | ZeroDivisionError('integer division or modulo by zero')",
        "1%0 | ZeroDivisionError('integer modulo by zero')",
        "1.0/0 | ZeroDivisionError('float division by zero')",
        "1.0//0 | ZeroDivisionError('float floor division by zero')",
        "1.0%0 | ZeroDivisionError('float modulo by zero')",
        "1/0.0 | ZeroDivisionError('float division by zero')",
        "0**-1 | ZeroDivisionError('0.0 cannot be raised to a negative power')",
        "1<<-1 | ValueError('negative shift count')",
        "1 // (2 - 2) | ZeroDivisionError('integer division or modulo by zero')",
        "1/0 + x | ZeroDivisionError('division by zero')",
        "x + 1/0 | ",
        "2**-1 | ",
        "7 // -2 % 0 | ZeroDivisionError('integer modulo by zero')",
        "sys.maxsize | ",
      })
  void knowsWhatPythonWouldRaise(String text, String raised) throws ExprException {
    assertThat(ConstantFolder.raises(ExprParser.parse(text)).orElse(null)).isEqualTo(raised);
  }
}
