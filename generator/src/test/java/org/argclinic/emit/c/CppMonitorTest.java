package org.argclinic.emit.c;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.argclinic.diag.DiagnosticException;
import org.junit.jupiter.api.Test;

class CppMonitorTest {
  private static CppMonitor feed(String text) throws DiagnosticException {
    CppMonitor m = new CppMonitor("t.c");
    for (String line : text.split("\n")) {
      m.writeLine(line + "\n");
    }
    return m;
  }

  @Test
  void tracksNestedConditionsLikeClinic() throws Exception {
    assertThat(feed("#ifdef A\n#if B > 1\n").condition()).isEqualTo("defined(A) && (B > 1)");
    assertThat(feed("#ifndef A\n#else\n").condition()).isEqualTo("defined(A)");
    assertThat(feed("#if defined(A)\n#elif X\n").condition()).isEqualTo("!defined(A) && (X)");
    assertThat(feed("#if defined(A)\n#elif X\n#endif\n").condition()).isEmpty();
  }

  @Test
  void ignoresCommentsAndJoinsContinuations() throws Exception {
    assertThat(feed("/* #ifdef A\n*/\n#if X && \\\n    Y // c\n").condition())
        .isEqualTo("(X && Y)");
    assertThat(feed("#ifdef A /* x */\n").condition()).isEqualTo("defined(A)");
  }

  @Test
  void wholeTextsWithCharsBeyondLatin1AgreeWithLineByLine() throws Exception {
    // writeText scans a one-byte-per-char copy: a surrogate pair must not shift what follows.
    String text =
        "/* \uD83D\uDE00 caf\u00e9 \u4e2d */\n#ifdef A\nint x; // \uD83D\uDE00\n"
            + "#if B \\\n  && C\n/* \u4e2d\n#if D */\n";
    CppMonitor whole = new CppMonitor("t.c");
    whole.writeText(text);
    assertThat(whole.condition()).isEqualTo(feed(text).condition());
    assertThat(whole.condition()).isEqualTo("defined(A) && (B && C)");
    CppMonitor bad = new CppMonitor("t.c");
    DiagnosticException e =
        assertThrows(
            DiagnosticException.class,
            () -> bad.writeText("\uD83D\uDE00\uD83D\uDE00\n\uD83D\uDE00 /* x */\n#endif\n"));
    assertThat(e.diagnostics().get(0).line()).isEqualTo(3);
  }

  @Test
  void unmatchedEndifIsADiagnostic() {
    assertThrows(DiagnosticException.class, () -> feed("#endif\n"));
  }
}
