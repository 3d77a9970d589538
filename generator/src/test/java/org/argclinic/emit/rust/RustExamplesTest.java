package org.argclinic.emit.rust;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import org.junit.jupiter.api.Test;

class RustExamplesTest {
  @Test
  void echoGlueIsUpToDate() throws Exception {
    RustExamples.Generated g =
        RustExamples.generate(RustExamples.root().resolve("examples/echo/rust/src/echo.rs"));
    assertThat(g.result().skipped()).isEmpty();
    assertWithMessage("run with -Dgolden.update=true to regenerate examples/echo/rust")
        .that(RustExamples.upToDate(g)).isTrue();
  }

  @Test
  void clinicdemoGlueIsUpToDate() throws Exception {
    RustExamples.Generated g =
        RustExamples.generate(RustExamples.root().resolve("examples/rust/src/clinicdemo.rs"));
    assertThat(g.result().skipped()).isEmpty();
    assertWithMessage("run with -Dgolden.update=true to regenerate examples/rust")
        .that(RustExamples.upToDate(g)).isTrue();
  }

  @Test
  void benchGlueIsUpToDate() throws Exception {
    RustExamples.Generated g =
        RustExamples.generate(RustExamples.root().resolve("bench/rust/glue/src/bench_rust.rs"));
    assertThat(g.result().skipped()).isEmpty();
    assertWithMessage("run with -Dgolden.update=true to regenerate bench/rust")
        .that(RustExamples.upToDate(g)).isTrue();
  }

  @Test
  void newdslGlueIsUpToDate() throws Exception {
    RustExamples.Generated g =
        RustExamples.generate(RustExamples.root().resolve("examples/newdsl/rust/src/newdsl.rs"));
    assertThat(g.result().skipped()).isEmpty();
    assertWithMessage("run with -Dgolden.update=true to regenerate examples/newdsl")
        .that(RustExamples.upToDate(g)).isTrue();
  }

  @Test
  void vectorcallBenchGlueIsUpToDate() throws Exception {
    RustExamples.Generated g =
        RustExamples.generate(RustExamples.root().resolve("bench/vectorcall/rust/src/vc.rs"));
    assertThat(g.result().skipped()).isEmpty();
    assertWithMessage("run with -Dgolden.update=true to regenerate bench/vectorcall")
        .that(RustExamples.upToDate(g)).isTrue();
  }
}
