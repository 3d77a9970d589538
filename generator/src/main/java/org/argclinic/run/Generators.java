package org.argclinic.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import org.argclinic.model.FileModel;

/** Wires the standard stages into a {@link Generator}: the one place front ends get one from. */
public final class Generators {
  private Generators() {}

  public static Generator standard() {
    return new Generator(Generators::parse, Generators::render);
  }

  // TEMPORARY until the parser and the assembler land: no statements, text unchanged.
  private static FileModel parse(org.argclinic.scan.ScannedFile file) {
    return new FileModel(file, ImmutableList.of(), ImmutableList.of());
  }

  private static ImmutableMap<Path, String> render(Path source, FileModel model,
      GenerateRequest request) {
    return ImmutableMap.of(source, model.source().text());
  }
}
