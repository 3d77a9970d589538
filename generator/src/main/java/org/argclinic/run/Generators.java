package org.argclinic.run;

import com.google.common.collect.ImmutableMap;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.argclinic.assemble.AssembledFile;
import org.argclinic.assemble.Assembler;
import org.argclinic.assemble.EmitOptions;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.rust.RustRenderer;
import org.argclinic.model.FileModel;
import org.argclinic.parse.DslParser;
import org.argclinic.scan.SourceLanguage;

/** Wires the standard stages into a {@link Generator}: the one place front ends get one from. */
public final class Generators {
  private Generators() {}

  public static Generator standard() {
    Map<EmitOptions, Assembler> assemblers = new ConcurrentHashMap<>();
    return new Generator(DslParser::parse, (source, model, request) ->
        model.source().language() == SourceLanguage.RUST
            ? RustRenderer.render(source, model, request.rustFfi())
            : render(assemblers.computeIfAbsent(options(request), Assembler::new), source, model));
  }

  static EmitOptions options(GenerateRequest request) {
    return new EmitOptions(request.cApi(),
        request.templatesDirectory(), request.force(), request.limitedVersion());
  }

  private static ImmutableMap<Path, String> render(Assembler assembler, Path source,
      FileModel model) throws DiagnosticException {
    AssembledFile a = assembler.assemble(model);
    ImmutableMap.Builder<Path, String> out = ImmutableMap.builder();
    out.put(source, a.text());
    a.sideFiles().forEach((p, text) -> out.put(Path.of(p), text));
    return out.buildKeepingLast();
  }
}
