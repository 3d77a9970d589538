package org.argclinic.resolve;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.BlockModel;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.model.Parameter;
import org.argclinic.model.Statement;
import org.argclinic.parse.DslParser;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.Test;

/** Every parameter and return converter of CPython 3.13.5's clinic blocks resolves. */
class CorpusResolveTest {

  @Test
  void everyCorpusConverterResolves() throws Exception {
    List<String> errors = new ArrayList<>();
    TreeSet<String> classes = new TreeSet<>();
    int functions = 0;
    int parameters = 0;
    for (Path p : Corpus.sourceFiles()) {
      if (p.getParent().getFileName().toString().equals("clinic")) {
        continue;
      }
      String text = Files.readString(p, StandardCharsets.UTF_8);
      String path = Corpus.tree().relativize(p).toString();
      FileModel model = DslParser.parse(Scanner.scan(path, SourceLanguage.C, text));
      ConverterRegistry registry = ConverterRegistry.standard();
      Map<String, Statement.ClassDecl> classDecls = new HashMap<>();
      for (BlockModel block : model.blocks()) {
        if (block.python().isPresent()) {
          try {
            registry.register(path, block.python().get());
          } catch (DiagnosticException e) {
            e.diagnostics().forEach(d -> errors.add(d.header()));
          }
        }
        for (Statement s : block.statements()) {
          if (s instanceof Statement.ClassDecl c) {
            classDecls.put(c.fullName(), c);
          } else if (s instanceof Statement.FunctionDecl fd) {
            Function f = fd.function();
            Optional<Statement.ClassDecl> cls =
                f.className()
                    .map(cn -> f.module().isEmpty() ? cn : f.module() + "." + cn)
                    .map(classDecls::get);
            FunctionContext ctx = new FunctionContext(path, f, cls);
            functions++;
            try {
              for (Parameter param : f.parameters()) {
                CConverter c = registry.resolve(ctx, param);
                c.preRender();
                c.render(param, new CRenderData());
                classes.add(c.className());
                parameters++;
              }
              registry.resolveReturn(ctx).render(ctx, new CRenderData());
              registry.automaticSelf(ctx).preRender();
            } catch (DiagnosticException e) {
              e.diagnostics().forEach(d -> errors.add(d.header()));
            }
          }
        }
      }
    }
    assertThat(errors).isEmpty();
    assertThat(functions).isEqualTo(2120);
    assertThat(parameters).isEqualTo(3287);
    // the ported classes are among those used
    assertThat(classes)
        .containsAtLeast(
            "path_t_converter",
            "dir_fd_converter",
            "Py_buffer_converter",
            "str_converter",
            "Py_UCS4_converter",
            "HKEY_converter",
            "cache_struct_converter");
  }
}
