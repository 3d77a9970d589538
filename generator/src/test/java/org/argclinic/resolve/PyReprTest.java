package org.argclinic.resolve;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** Python's repr rules, as py_default and clinic's messages show values. */
class PyReprTest {
  @Test
  void floats() {
    assertThat(PyRepr.ofFloat(0.1)).isEqualTo("0.1");
    assertThat(PyRepr.ofFloat(1.5)).isEqualTo("1.5");
    assertThat(PyRepr.ofFloat(12.5)).isEqualTo("12.5");
    assertThat(PyRepr.ofFloat(1000.0)).isEqualTo("1000.0");
    assertThat(PyRepr.ofFloat(1e-5)).isEqualTo("1e-05");
    assertThat(PyRepr.ofFloat(0.0001)).isEqualTo("0.0001");
    assertThat(PyRepr.ofFloat(1e16)).isEqualTo("1e+16");
    assertThat(PyRepr.ofFloat(1e15)).isEqualTo("1000000000000000.0");
    assertThat(PyRepr.ofFloat(1.2345678901234568e17)).isEqualTo("1.2345678901234568e+17");
    assertThat(PyRepr.ofFloat(-2.5e-10)).isEqualTo("-2.5e-10");
    assertThat(PyRepr.ofFloat(-0.0)).isEqualTo("-0.0");
    assertThat(PyRepr.ofFloat(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    assertThat(PyRepr.ofFloat(Double.NaN)).isEqualTo("nan");
  }

  @Test
  void complexNumbers() {
    assertThat(PyRepr.ofComplex(0.0, 1.0)).isEqualTo("1j");
    assertThat(PyRepr.ofComplex(0.0, 2.5)).isEqualTo("2.5j");
    assertThat(PyRepr.ofComplex(1.0, -1.0)).isEqualTo("(1-1j)");
  }

  @Test
  void strings() {
    assertThat(PyRepr.ofStr("a")).isEqualTo("'a'");
    assertThat(PyRepr.ofStr("it's")).isEqualTo("\"it's\"");
    assertThat(PyRepr.ofStr("'\"")).isEqualTo("'\\'\"'");
    assertThat(PyRepr.ofStr("a\nb\\")).isEqualTo("'a\\nb\\\\'");
    assertThat(PyRepr.ofStr("\u0001\u00e9\u20ac")).isEqualTo("'\\x01\u00e9\u20ac'");
    assertThat(PyRepr.ofStr("\u00a0")).isEqualTo("'\\xa0'");
    assertThat(PyValue.ascii(new PyValue.Str("\u00e9\u20ac"))).isEqualTo("'\\xe9\\u20ac'");
  }

  @Test
  void bytes() {
    assertThat(PyRepr.ofBytes("A")).isEqualTo("b'A'");
    assertThat(PyRepr.ofBytes("'")).isEqualTo("b\"'\"");
    assertThat(PyRepr.ofBytes("\u0007\u00ff")).isEqualTo("b'\\x07\\xff'");
  }
}
