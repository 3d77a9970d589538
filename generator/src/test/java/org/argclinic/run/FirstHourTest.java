package org.argclinic.run;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a new user meets in the first hour (issue 16): diagnostics that point at the mistake and
 * say what to do, whichever command reports them.
 */
class FirstHourTest {
  @TempDir Path dir;

  private GenerateRequest.Builder request(Path p) {
    return GenerateRequest.builder().addPath(p).defaultProjectRoot(Optional.of(dir));
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private static String block(String dsl) {
    return "/*[clinic input]\n" + dsl + "[clinic start generated code]*/\n";
  }

  @Test
  void limitedRefusalPointsAtTheParameter() throws Exception {
    Path f = write("buf.c", block("module m\nm.f\n    a: long\n    b: Py_buffer\n"));
    GenerateResult r = Generators.standard().check(request(f).cApi(CApi.LIMITED)
        .limitedVersion(new Version(3, 10)).build());
    assertThat(r.diagnostics()).hasSize(1);
    Diagnostic d = r.diagnostics().get(0);
    assertThat(d.header()).isEqualTo(f + ":5:8: error: m.f: parameter 'b': converter 'Py_buffer'"
        + " needs Py_buffer, which the limited API of Python 3.10 lacks (Py_buffer is part of the"
        + " limited API of Python 3.11 and later; use --limited-version 3.11 or newer)");
  }
}
