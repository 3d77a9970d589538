package org.argclinic.assemble;

import static com.google.common.truth.Truth.assertThat;

import com.google.common.collect.ImmutableList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argclinic.model.BlockModel;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.ParameterKind;
import org.argclinic.model.Position;
import org.argclinic.model.Statement;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.Segment;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;

/** Hand-built models (no DSL parser involved) assembled and compared with CPython's output. */
class AssemblerTest {
  private static final Position P = Position.of(1, 0);

  private static Function fn(
      String fullName, String module, String cName, String doc, List<Parameter> params) {
    String name = fullName.substring(fullName.lastIndexOf('.') + 1);
    return new Function(
        name,
        fullName,
        module,
        Optional.empty(),
        cName,
        FunctionKind.PLAIN,
        ConverterRef.simple("object", P),
        ImmutableList.copyOf(params),
        doc,
        ImmutableList.of(),
        Optional.empty(),
        P);
  }

  private static Parameter param(String name, String converter, ParameterKind kind) {
    return new Parameter(
        name,
        name,
        kind,
        ConverterRef.simple(converter, P),
        Optional.empty(),
        0,
        "",
        Optional.empty(),
        Optional.empty(),
        P);
  }

  /** Attaches statements to the file's clinic blocks in order. */
  private static FileModel model(ScannedFile file, List<List<Statement>> perBlock) {
    List<BlockModel> blocks = new ArrayList<>();
    int i = 0;
    for (Segment.Block b : file.blocks()) {
      blocks.add(new BlockModel(b, ImmutableList.copyOf(perBlock.get(i++)), Optional.empty()));
    }
    return new FileModel(file, ImmutableList.copyOf(blocks), ImmutableList.of());
  }

  @Test
  void methNoargsFileIsIdentical() throws Exception {
    Path src = Corpus.tree().resolve("Modules/_contextvarsmodule.c");
    String text = Files.readString(src);
    ScannedFile scanned = Scanner.scan(src.toString(), SourceLanguage.C, text);
    FileModel m =
        model(
            scanned,
            List.of(
                List.of(new Statement.ModuleDecl("_contextvars", P)),
                List.of(
                    new Statement.FunctionDecl(
                        fn(
                            "_contextvars.copy_context",
                            "_contextvars",
                            "_contextvars_copy_context",
                            "",
                            List.of())))));
    AssembledFile out = new Assembler(EmitOptions.core()).assemble(m);
    assertThat(out.text()).isEqualTo(text);
    Path side = src.resolveSibling("clinic/_contextvarsmodule.c.h");
    assertThat(out.sideFiles()).containsExactly(side.toString(), Files.readString(side));
  }
}
