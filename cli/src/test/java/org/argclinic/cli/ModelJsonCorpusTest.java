package org.argclinic.cli;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;

/** {@code argclinic model --json} over CPython 3.13.5's tree, through the real CLI. */
class ModelJsonCorpusTest {

  @Test
  void everyCorpusFunctionAppearsWithNamesKindsAndConverters() throws Exception {
    // Fetched as every corpus test fetches it; skipped, with the reason, only by -Dcorpus.skip.
    Path c = Corpus.tree();
    // The corpus is CPython's own tree: its target is core (the public one refuses its internals).
    MainTest.Run r =
        MainTest.run(
            "model",
            "--json",
            "--c-api",
            "core",
            c.resolve("Modules").toString(),
            c.resolve("Objects").toString(),
            c.resolve("Python").toString(),
            c.resolve("PC").toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isEqualTo(0);
    JsonNode root = new ObjectMapper().readTree(r.out());
    int functions = 0;
    int errors = 0;
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode f : root.get("files")) {
      for (JsonNode fn : f.get("functions")) {
        functions++;
        byName.put(fn.get("name").asText(), fn);
      }
      for (JsonNode d : f.get("diagnostics")) {
        if (d.get("severity").asText().equals("error")) {
          errors++;
        }
      }
    }
    assertThat(errors).isEqualTo(0);
    // CPython 3.13.5 declares 2,120 functions in these directories (clones included).
    assertThat(functions).isEqualTo(2120);

    JsonNode compress = byName.get("_bz2.BZ2Compressor.compress");
    assertThat(compress.get("cName").asText()).isEqualTo("_bz2_BZ2Compressor_compress");
    assertThat(compress.get("kind").asText()).isEqualTo("method");
    assertThat(compress.get("parameters").get(0).get("converter").asText()).isEqualTo("Py_buffer");
    assertThat(compress.get("parameters").get(0).get("kind").asText()).isEqualTo("positional_only");

    JsonNode stat = byName.get("os.stat");
    assertThat(stat.get("parameters").get(0).get("converter").asText()).isEqualTo("path_t");
    assertThat(stat.get("parameters").get(1).get("kind").asText()).isEqualTo("keyword_only");
    assertThat(stat.get("parameters").get(1).get("default").asText()).isEqualTo("None");

    assertThat(byName.get("dict.fromkeys").get("kind").asText()).isEqualTo("classmethod");
    assertThat(byName.get("_io.FileIO.__init__").get("kind").asText()).isEqualTo("init");
    assertThat(byName.get("_bz2.BZ2Decompressor.__new__").get("kind").asText()).isEqualTo("new");
  }
}
