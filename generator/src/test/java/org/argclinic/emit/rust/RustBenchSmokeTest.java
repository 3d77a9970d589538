package org.argclinic.emit.rust;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Builds bench/rust (C glue, Rust glue, PyO3, floor) and runs a short pass of the benchmark. Off by
 * default (PyO3 takes a minute to build): {@code -Dbench=true}.
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class RustBenchSmokeTest {
  @Test
  void benchmarkRuns() throws Exception {
    Path bench = RustExamples.root().resolve("bench/rust");
    EchoDifferentialTest.run(bench, List.of("./build"));
    String python = Files.readString(bench.resolve("target/out/python.txt")).strip();
    String out =
        EchoDifferentialTest.run(
            bench,
            List.of(
                python,
                "bench.py",
                "target/out",
                "--number",
                "2000",
                "--repeat",
                "2",
                "--rounds",
                "1"));
    System.out.println(out);
    assertWithMessage(out).that(out).contains("worst Rust/C time ratio");
  }
}
