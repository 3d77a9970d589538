package org.argclinic.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.argclinic.assemble.AssembledFile;
import org.argclinic.assemble.Assembler;
import org.argclinic.assemble.EmitOptions;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.rust.RustRenderer;
import org.argclinic.model.CApi;
import org.argclinic.model.FileModel;
import org.argclinic.model.Position;
import org.argclinic.parse.DocstringWidth;
import org.argclinic.parse.DslParser;
import org.argclinic.resolve.ConverterRegistry;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.template.Templates;

/** Wires the standard stages into a {@link Generator}: the one place front ends get one from. */
public final class Generators {
  private Generators() {}

  public static Generator standard() {
    // Assemblers hold nothing per run; those with the built-in templates serve every run.
    Map<EmitOptions, Assembler> assemblers = new ConcurrentHashMap<>();
    return new Generator(
        DslParser::parse,
        (source, model, request, templates) -> {
          ImmutableList<Diagnostic> width =
              request.checkDocstringWidth() ? DocstringWidth.check(model) : ImmutableList.of();
          if (width.stream().anyMatch(Diagnostic::isError)) {
            throw new DiagnosticException(width);
          }
          Rendered r =
              model.source().language() == SourceLanguage.RUST
                  ? Rendered.of(RustRenderer.render(source, model, request.rustFfi(), templates))
                  : render(
                      templates == Templates.builtIn()
                          ? assemblers.computeIfAbsent(
                              options(request),
                              o -> new Assembler(o, templates, ConverterRegistry::standard))
                          : new Assembler(options(request), templates, ConverterRegistry::standard),
                      source,
                      model);
          return width.isEmpty()
              ? r
              : new Rendered(
                  r.texts(),
                  r.namedAt(),
                  ImmutableList.<Diagnostic>builder().addAll(width).addAll(r.warnings()).build());
        });
  }

  /**
   * Renders a small bundled sample (the declarations of examples/c/clinicdemo.c) in memory and
   * throws the result away. A front end calls it on a background thread while it parses its
   * arguments: the classes, the FreeMarker templates and the converter registry a run needs are
   * then loaded, and the JIT has started, when the run begins. Never fails: a warm-up error only
   * means the run does that work itself.
   */
  public static void warmUp(CApi cApi) {
    try (InputStream in = Generators.class.getResourceAsStream("warmup.c")) {
      if (in == null) {
        return;
      }
      // The shared pieces the workers would otherwise wait for come first: the converter
      // registry and the template configuration; the sample then parses the templates.
      ConverterRegistry.standard();
      Assembler assembler =
          new Assembler(
              options(GenerateRequest.builder().cApi(cApi).build()),
              Templates.builtIn(),
              ConverterRegistry::standard);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      FileModel model = DslParser.parse(Scanner.scan("warmup.c", SourceLanguage.C, text));
      assembler.assemble(model);
    } catch (IOException | DiagnosticException | RuntimeException e) {
      // nothing to do: the run itself reports whatever is wrong
    }
  }

  static EmitOptions options(GenerateRequest request) {
    return new EmitOptions(
        request.cApi(), request.templatesDirectory(), request.force(), request.limitedVersion());
  }

  private static Rendered render(Assembler assembler, Path source, FileModel model)
      throws DiagnosticException {
    AssembledFile a = assembler.assemble(model);
    ImmutableMap.Builder<Path, String> out = ImmutableMap.builder();
    out.put(source, a.text());
    a.sideFiles().forEach((p, text) -> out.put(Path.of(p), text));
    ImmutableMap.Builder<Path, Position> namedAt = ImmutableMap.builder();
    a.sideFilesNamedAt().forEach((p, at) -> namedAt.put(Path.of(p), at));
    return new Rendered(out.buildKeepingLast(), namedAt.buildKeepingLast(), a.warnings());
  }
}
