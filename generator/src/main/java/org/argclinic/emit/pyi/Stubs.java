package org.argclinic.emit.pyi;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argclinic.bind.Binder;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.BlockModel;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.model.Position;
import org.argclinic.model.Statement;
import org.argclinic.resolve.ConverterRegistry;
import org.argclinic.scan.Checksums;
import org.argclinic.template.Templates;

/**
 * The stub stage: type stubs ({@code <module>.pyi}) from the declarations of the files a run reads.
 * Each module's functions and classes are bound to their converters as the glue binds them, laid
 * out by {@code templates/pyi/module.pyi.ftl}, and stamped with a checksum line; what follows that
 * line in an existing stub is the author's and is kept.
 *
 * <p>A module's stub goes beside its first source file, or into the output directory; without an
 * output directory, sources of one module in different directories make different stubs (two
 * example modules may share a name).
 */
public final class Stubs {
  static final String TEMPLATE = "pyi/module.pyi.ftl";
  static final String STAMP = "# argclinic: output=";
  private static final String SOURCES = " sources=";

  private Stubs() {}

  /**
   * One stub to write.
   *
   * @param body the generated part, up to the stamp line
   * @param sources the file names of the module's sources, as the stamp lists them
   * @param origin the first source that declares the module, as named
   * @param at where in {@code origin} the module is first declared: a write of the stub is blamed
   *     there
   * @param diagnostics warnings (types that fell back to object) or the errors that kept the stub
   *     from being made (then {@code body} is empty)
   */
  public record Stub(
      String module,
      Path path,
      String body,
      ImmutableList<String> sources,
      Path origin,
      Position at,
      ImmutableList<Diagnostic> diagnostics) {

    public boolean failed() {
      return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The whole file: the body, the stamp, and the hand-written rest of {@code existing}. */
    public String text(Optional<String> existing) {
      String stamp = STAMP + Checksums.of(body) + SOURCES + String.join(" ", sources) + "\n";
      return body + stamp + existing.map(Stubs::handWritten).orElse("");
    }
  }

  /** A stub file as it is on disk. */
  public record Existing(boolean ours, boolean edited, ImmutableList<String> sources) {}

  /**
   * Reads a stub on disk: whether argclinic wrote it (it has a stamp line), whether its generated
   * part was edited since (the stamp's checksum no longer matches), and the sources it names.
   */
  public static Existing read(String text) {
    int at = stampAt(text);
    if (at < 0) {
      return new Existing(false, false, ImmutableList.of());
    }
    int end = text.indexOf('\n', at);
    String line = text.substring(at + STAMP.length(), end < 0 ? text.length() : end);
    int s = line.indexOf(SOURCES);
    String checksum = s < 0 ? line : line.substring(0, s);
    ImmutableList<String> sources =
        s < 0
            ? ImmutableList.of()
            : ImmutableList.copyOf(line.substring(s + SOURCES.length()).strip().split(" +"));
    return new Existing(true, !checksum.equals(Checksums.of(text.substring(0, at))), sources);
  }

  private static int stampAt(String text) {
    int at = text.startsWith(STAMP) ? 0 : text.indexOf("\n" + STAMP);
    return at <= 0 ? at : at + 1;
  }

  /** What follows the stamp line: the author's own lines. */
  static String handWritten(String text) {
    int at = stampAt(text);
    if (at < 0) {
      return "";
    }
    int end = text.indexOf('\n', at);
    return end < 0 ? "" : text.substring(end + 1);
  }

  /** A module's key: its name, and the directory its stub goes to. */
  private record Key(String module, Path directory) {}

  /** What a module's stub is made of, gathered over the files in order. */
  private static final class Module {
    final List<StubBuilder.Bound> functions = new ArrayList<>();
    final Map<String, StubBuilder.ClassInfo> classes = new LinkedHashMap<>();
    final Set<String> sources = new LinkedHashSet<>();
    final List<String> texts = new ArrayList<>();
    final List<Diagnostic> errors = new ArrayList<>();
    Path origin;
    Position at;

    /** Marks the module as declared by {@code source} at {@code position}, if it was not. */
    Module touch(Path source, Position position) {
      if (origin == null) {
        origin = source;
        at = position;
      }
      return this;
    }
  }

  /**
   * The stubs of every module the files declare (files with errors are left out: their glue reports
   * them).
   *
   * @param outputDirectory where stubs go; empty: beside the first source of each module
   * @param topLevelModule the module of declarations outside any module directive; empty: they have
   *     no stub
   */
  public static ImmutableList<Stub> build(
      List<FileModel> files,
      Optional<Path> outputDirectory,
      Optional<String> topLevelModule,
      Templates templates) {
    Map<Key, Module> modules = new LinkedHashMap<>();
    for (FileModel file : files) {
      if (!file.hasErrors()) {
        gather(file, outputDirectory, topLevelModule, modules, templates);
      }
    }
    ImmutableList.Builder<Stub> out = ImmutableList.builder();
    for (Map.Entry<Key, Module> e : modules.entrySet()) {
      Key key = e.getKey();
      Module m = e.getValue();
      Path path = key.directory().resolve(fileName(key.module()));
      ImmutableList<String> sources = ImmutableList.copyOf(m.sources);
      if (!m.errors.isEmpty()) {
        out.add(
            new Stub(
                key.module(), path, "", sources, m.origin, m.at, ImmutableList.copyOf(m.errors)));
        continue;
      }
      Map<String, StubBuilder.ClassInfo> classes = new LinkedHashMap<>();
      m.classes.forEach(
          (cls, info) ->
              classes.put(
                  cls,
                  new StubBuilder.ClassInfo(
                      info.decl(),
                      TypeFlags.subclassable(m.texts, cls.substring(cls.lastIndexOf('.') + 1)))));
      List<Diagnostic> warnings = new ArrayList<>();
      try {
        PyiModuleView view =
            StubBuilder.build(key.module(), header(key.module()), classes, m.functions, warnings);
        out.add(
            new Stub(
                key.module(),
                path,
                templates.render(TEMPLATE, view),
                sources,
                m.origin,
                m.at,
                ImmutableList.copyOf(warnings)));
      } catch (DiagnosticException ex) {
        out.add(new Stub(key.module(), path, "", sources, m.origin, m.at, ex.diagnostics()));
      }
    }
    return out.build();
  }

  /** {@code <last part of the module name>.pyi}. */
  static String fileName(String module) {
    return module.substring(module.lastIndexOf('.') + 1) + ".pyi";
  }

  private static ImmutableList<String> header(String module) {
    return ImmutableList.of(
        "# Stub of module " + module + ", generated by argclinic from its clinic declarations.",
        "# Regenerate it instead of editing it: lines after the \"argclinic: output=\" line are"
            + " kept.");
  }

  /** Binds one file's functions, in order, into the modules they belong to. */
  private static void gather(
      FileModel file,
      Optional<Path> outputDirectory,
      Optional<String> topLevelModule,
      Map<Key, Module> modules,
      Templates templates) {
    String path = file.source().path();
    Path p = Path.of(path);
    // Relative when the source was named so: stubs are reported as the user names files.
    Path directory =
        outputDirectory.orElse(p.getParent() == null ? Path.of("") : p.getParent().normalize());
    // Portable: a stub names parameters as Python does, so a C name core would refuse (the glue
    // reports it) does not keep the stub from being made.
    Binder binder = new Binder(path, ConverterRegistry.standard().renderWith(templates), true);
    Set<String> declared = new LinkedHashSet<>();
    java.util.function.Function<String, Module> moduleOf =
        name ->
            modules.computeIfAbsent(
                new Key(name, outputDirectory.isPresent() ? outputDirectory.get() : directory),
                k -> new Module());
    Set<Module> touched = new LinkedHashSet<>();
    for (BlockModel block : file.blocks()) {
      try {
        if (block.python().isPresent()) {
          binder.register(block.python().get());
        }
      } catch (DiagnosticException e) {
        continue; // the glue reports it; the classes it declares stay unknown
      }
      for (Statement s : block.statements()) {
        if (s instanceof Statement.ModuleDecl d) {
          declared.add(d.name());
          touched.add(moduleOf.apply(d.name()).touch(p, d.position()));
        } else if (s instanceof Statement.ClassDecl c) {
          binder.declare(c);
          Optional<String> mod = moduleOfClass(c.fullName(), declared);
          if (mod.isPresent() || topLevelModule.isPresent()) {
            Module m = moduleOf.apply(mod.orElse(topLevelModule.orElse(""))).touch(p, c.position());
            touched.add(m);
            addClass(
                m,
                mod.isPresent() ? c.fullName().substring(mod.get().length() + 1) : c.fullName(),
                Optional.of(c));
          }
        } else if (s instanceof Statement.FunctionDecl fd) {
          Function f = fd.function();
          if (f.module().isEmpty() && topLevelModule.isEmpty()) {
            binder.declare(f); // a clone of it may have a stub
            continue; // builtins and other functions outside any module have no stub
          }
          Module m =
              moduleOf
                  .apply(f.module().isEmpty() ? topLevelModule.get() : f.module())
                  .touch(p, f.position());
          touched.add(m);
          try {
            m.functions.add(new StubBuilder.Bound(binder.bindDeclared(f), path));
            f.className().ifPresent(cls -> addClass(m, cls, Optional.empty()));
          } catch (DiagnosticException e) {
            m.errors.addAll(e.diagnostics());
          }
        }
      }
    }
    String text = file.source().text();
    for (Module m : touched) {
      m.sources.add(p.getFileName().toString());
      m.texts.add(text);
    }
  }

  /** The longest declared module that prefixes a class's full name. */
  private static Optional<String> moduleOfClass(String fullName, Set<String> declared) {
    return declared.stream()
        .filter(m -> fullName.startsWith(m + "."))
        .max(Comparator.comparingInt(String::length));
  }

  /** Adds a class and the classes it is nested in; a directive, once read, is kept. */
  private static void addClass(Module m, String path, Optional<Statement.ClassDecl> decl) {
    int dot = path.lastIndexOf('.');
    if (dot > 0) {
      addClass(m, path.substring(0, dot), Optional.empty());
    }
    StubBuilder.ClassInfo old = m.classes.get(path);
    if (old == null || (old.decl().isEmpty() && decl.isPresent())) {
      m.classes.put(path, new StubBuilder.ClassInfo(decl, Optional.empty()));
    }
  }
}
