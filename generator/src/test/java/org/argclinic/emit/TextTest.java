package org.argclinic.emit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.argclinic.expr.ExprPrinter;
import org.junit.jupiter.api.Test;

class TextTest {
  @Test
  void formatMapFillsFieldsAndUndoublesBraces() {
    assertThat(Text.formatMap("{{a}} {a}({b})}}", Map.of("a", "x", "b", "y")))
        .isEqualTo("{a} x(y)}");
    assertThrows(IllegalArgumentException.class, () -> Text.formatMap("{missing}", Map.of()));
    assertThrows(IllegalArgumentException.class, () -> Text.formatMap("a } b", Map.of()));
  }

  @Test
  void linearFormatIndentsValueAndDropsEmptyLines() {
    String t = "{{\n    {decl}\n    {empty}\n    {unknown}\n}}";
    assertThat(Text.linearFormat(t, Map.of("decl", "int a;\nint b;  ", "empty", "")))
        .isEqualTo("{{\n    int a;\n    int b;\n    {unknown}\n}}");
  }

  @Test
  void normalizeSnippetDedentsStripsAndIndents() {
    assertThat(
            Text.normalizeSnippet("\n\n        if (x) {\n            y;\n\n        }\n    \n", 4))
        .isEqualTo("    if (x) {\n        y;\n\n    }");
  }

  @Test
  void normalizeSnippetKeepsFlushTextAndEmptiesWhitespaceOnlyLines() {
    // The shortcuts (nothing to strip, nothing to dedent) give what the full passes give.
    String flush = "if (x) {\n    y;\n\n}";
    assertThat(Text.normalizeSnippet(flush)).isSameInstanceAs(flush);
    assertThat(Text.dedent("a\n  \nb\n")).isEqualTo("a\n\nb\n");
    assertThat(Text.dedent("a\n\r\nb")).isEqualTo("a\n\nb");
    assertThat(Text.dedent("\tx\n\ty\n")).isEqualTo("x\ny\n");
    assertThat(Text.normalizeSnippet(" \n\t\n")).isEmpty();
    assertThat(Text.normalizeSnippet("\n  \nx  \n \n", 2)).isEqualTo("  x");
    assertThat(Text.indentNonBlank("a\n\n  \nb", "  ")).isEqualTo("  a\n\n  \n  b");
    assertThat(Text.formatMap("no fields", Map.of())).isEqualTo("no fields");
    assertThat(Text.wrapDeclarations("f(void)\ng(int a)", 4)).isEqualTo("f(void)\ng(int a)");
  }

  @Test
  void wrapDeclarationsAlignsAfterParenthesis() {
    String decl =
        "static PyObject *\n"
            + "_io_FileIO_readinto_impl(fileio *self, PyTypeObject *cls, Py_buffer *buffer, int"
            + " flag)";
    assertThat(Text.wrapDeclarations(decl, 78))
        .isEqualTo(
            "static PyObject *\n"
                + "_io_FileIO_readinto_impl(fileio *self, PyTypeObject *cls, Py_buffer *buffer,\n"
                + "                         int flag)");
  }

  @Test
  void docstringForCStringQuotesEachLine() {
    assertThat(Text.docstringForCString("f($module, /)\n--"))
        .isEqualTo("\"f($module, /)\\n\"\n\"--\\n\"\n\"\\n\"");
    assertThat(Text.docstringForCString("a \"q\" 'x'\n\nb"))
        .isEqualTo("\"a \\\"q\\\" \\'x\\'\\n\"\n\"\\n\"\n\"b\"");
  }

  @Test
  void reprAndWordsLikePython() {
    assertThat(ExprPrinter.reprStr("abc")).isEqualTo("'abc'");
    assertThat(ExprPrinter.reprStr("it's")).isEqualTo("\"it's\"");
    assertThat(Text.pprintWords(List.of("'a'", "'b'", "'c'"))).isEqualTo("'a', 'b' and 'c'");
  }

  @Test
  void textWrapMatchesPythonOnHyphensAndWidth() {
    // textwrap.fill with break_on_hyphens splits 'keyword-only' only when it must.
    String msg =
        "Note: Passing 2 positional arguments to depr_star_pos2_len1() is deprecated. "
            + "Parameter 'b' will become a keyword-only parameter in Python 3.14.";
    assertThat(TextWrap.fill(msg))
        .isEqualTo(
            "Note: Passing 2 positional arguments to depr_star_pos2_len1() is\n"
                + "deprecated. Parameter 'b' will become a keyword-only parameter in\n"
                + "Python 3.14.");
    assertThat(TextWrap.wrap("aaa bbb ccc", 8, false)).containsExactly("aaa bbb ", "ccc").inOrder();
  }
}
