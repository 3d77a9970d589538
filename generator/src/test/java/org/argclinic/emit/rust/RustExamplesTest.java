package org.argclinic.emit.rust;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class RustExamplesTest {
  @Test
  void echoGlueIsUpToDate() throws Exception {
    RustExamples.Generated g =
        RustExamples.generate(RustExamples.root().resolve("examples/echo/rust/src/echo.rs"));
    assertThat(g.result().skipped()).isEmpty();
    RustExamples.checkGolden(g);
  }

  @Test
  void clinicdemoGlueIsUpToDate() throws Exception {
    RustExamples.Generated g =
        RustExamples.generate(RustExamples.root().resolve("examples/rust/src/clinicdemo.rs"));
    assertThat(g.result().skipped()).isEmpty();
    RustExamples.checkGolden(g);
  }

  @Test
  void benchGlueIsUpToDate() throws Exception {
    RustExamples.Generated g =
        RustExamples.generate(RustExamples.root().resolve("bench/rust/glue/src/bench_rust.rs"));
    assertThat(g.result().skipped()).isEmpty();
    RustExamples.checkGolden(g);
  }

  @Test
  void newdslGlueIsUpToDate() throws Exception {
    RustExamples.Generated g =
        RustExamples.generate(RustExamples.root().resolve("examples/newdsl/rust/src/newdsl.rs"));
    assertThat(g.result().skipped()).isEmpty();
    RustExamples.checkGolden(g);
  }

  @Test
  void vectorcallBenchGlueIsUpToDate() throws Exception {
    RustExamples.Generated g =
        RustExamples.generate(RustExamples.root().resolve("bench/vectorcall/rust/src/vc.rs"));
    assertThat(g.result().skipped()).isEmpty();
    RustExamples.checkGolden(g);
  }
}
