package org.argclinic.run;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.argclinic.assemble.SideFiles;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.emit.pyi.Stubs;
import org.argclinic.model.CApi;
import org.argclinic.model.FileModel;
import org.argclinic.model.Position;
import org.argclinic.scan.Checksums;
import org.argclinic.scan.LineEndings;
import org.argclinic.scan.Lines;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.Segment;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.template.TemplateFailure;
import org.argclinic.template.Templates;
import org.argclinic.write.AtomicWriter;
import org.argclinic.write.ProjectRoots;
import org.argclinic.write.UnifiedDiffs;

/**
 * The orchestrator every front end calls: discover files, then per file scan, parse, render and
 * write (or diff). Files are independent, so they are processed in parallel; results keep the order
 * of discovery.
 */
public final class Generator {
  /** Directories never walked into: VCS metadata and build output. */
  private static final Set<String> SKIPPED_DIRS =
      Set.of(".git", ".hg", ".svn", "target", "build", "externals", "node_modules");

  private final Parser parser;
  private final Renderer renderer;

  /** The parse stage, as the orchestrator sees it. */
  @FunctionalInterface
  public interface Parser {
    FileModel parse(ScannedFile file);
  }

  public Generator(Parser parser, Renderer renderer) {
    this.parser = parser;
    this.renderer = renderer;
  }

  /**
   * Reads and parses every file and renders it in memory, as {@link #generate} would; writes
   * nothing. Each model carries the diagnostics generation reports about its declarations (parse
   * and render errors and warnings; not those about files on disk: hand edits, writes outside the
   * project).
   */
  public ImmutableList<FileModel> model(GenerateRequest request) throws IOException {
    ImmutableList<Path> files = discover(request);
    ProjectRoots roots =
        new ProjectRoots(
            request.defaultProjectRoot().orElse(Path.of("")), "the default project root");
    Templates templates = Templates.of(request.templatesDirectory());
    List<FileModel> out = new ArrayList<>();
    for (Path p : files) {
      out.add(modelOf(p, request, templates, roots));
    }
    return ImmutableList.copyOf(out);
  }

  private FileModel modelOf(
      Path p, GenerateRequest request, Templates templates, ProjectRoots roots) throws IOException {
    SourceText source;
    try {
      source = sourceText(p, Files.readAllBytes(p));
    } catch (NotUtf8 e) {
      return read(p); // the model of a file that is not UTF-8: its one error
    } catch (DiagnosticException e) {
      return new FileModel(
          new ScannedFile(p.toString(), languageOf(p), ImmutableList.of()),
          ImmutableList.of(),
          e.diagnostics());
    }
    String text = source.text();
    FileModel model = read(p, text);
    if (model.hasErrors()) {
      return model;
    }
    ImmutableList<Diagnostic> diagnostics;
    try {
      diagnostics =
          analyse(p, text, model, request, templates, roots, Optional.empty(), roots.place(p))
              .diagnostics();
    } catch (DiagnosticException e) {
      diagnostics = withWarnings(model, e);
    }
    return new FileModel(model.source(), model.blocks(), diagnostics);
  }

  /** The parse's warnings (a model with errors is never rendered), then generation's errors. */
  private static ImmutableList<Diagnostic> withWarnings(FileModel model, DiagnosticException e) {
    return ImmutableList.<Diagnostic>builder()
        .addAll(model.diagnostics())
        .addAll(e.diagnostics())
        .build();
  }

  /** Regenerates every file in place. */
  public GenerateResult generate(GenerateRequest request) throws IOException {
    return run(request, true);
  }

  /** Computes what {@link #generate} would change; writes nothing. */
  public GenerateResult check(GenerateRequest request) throws IOException {
    return run(request, false);
  }

  private GenerateResult run(GenerateRequest request, boolean write) throws IOException {
    ImmutableList.Builder<FileOutcome> all = ImmutableList.builder();
    runBySource(request, write).values().forEach(all::addAll);
    return new GenerateResult(all.build());
  }

  /**
   * As {@link #generate} ({@code write}) or {@link #check}, with the outcomes of each file
   * processed kept apart: the files processing it wrote or checked (itself and its side files;
   * nothing for a side file its owner settled). Files go in the run's order: sources first, in
   * parallel, then files in {@code clinic/} directories. Stub outcomes, with {@code
   * request.stubs()}, come last under the key of the stub's own path.
   */
  public Map<Path, List<FileOutcome>> bySource(GenerateRequest request, boolean write)
      throws IOException {
    return runBySource(request, write);
  }

  private Map<Path, List<FileOutcome>> runBySource(GenerateRequest request, boolean write)
      throws IOException {
    ProjectRoots roots =
        request.defaultProjectRoot().isPresent()
            ? new ProjectRoots(request.defaultProjectRoot().get(), "the default project root")
            : new ProjectRoots(Path.of(""), "the current directory");
    // One template configuration for the whole run: every stage that renders gets it.
    Templates templates = Templates.of(request.templatesDirectory());
    // Discovery happens inside the parallel pass: each candidate is read once, and only the
    // bytes of files that may hold a block are decoded and processed.
    Map<Path, Long> sizes = candidateSizes(request);
    List<Path> files = List.copyOf(sizes.keySet());
    Set<Path> named = new HashSet<>(request.paths());
    // Files in clinic/ directories are usually side files another source writes; they go in a
    // second phase so they are never read while their owner rewrites them.
    List<Path> owners = files.stream().filter(p -> !isSideFileDirectory(p)).toList();
    List<Path> sides = files.stream().filter(Generator::isSideFileDirectory).toList();
    Map<Path, List<FileOutcome>> bySource = new LinkedHashMap<>();
    // Side files the first phase generated and found (or made) up to date hold exactly what
    // generation writes: processing them again would only repeat that outcome.
    Set<Path> settled = new HashSet<>();
    // The stub stage reads every file's model once the files are done.
    Map<Path, FileModel> models = new ConcurrentHashMap<>();
    List<List<FileOutcome>> first =
        inParallel(
            owners,
            sizes,
            p -> processCandidate(p, named.contains(p), request, templates, write, roots, models));
    for (int i = 0; i < owners.size(); i++) {
      bySource.put(owners.get(i), first.get(i));
      for (FileOutcome o : first.get(i)) {
        boolean upToDate =
            o.status() == FileOutcome.Status.UNCHANGED || o.status() == FileOutcome.Status.WRITTEN;
        if (upToDate && o.diagnostics().stream().noneMatch(Diagnostic::isError)) {
          settled.add(o.path().toAbsolutePath().normalize());
        }
      }
    }
    List<List<FileOutcome>> second =
        inParallel(
            sides,
            sizes,
            p ->
                settled.contains(p.toAbsolutePath().normalize())
                    ? List.<FileOutcome>of()
                    : processCandidate(
                        p, named.contains(p), request, templates, write, roots, models));
    for (int i = 0; i < sides.size(); i++) {
      bySource.put(sides.get(i), second.get(i));
    }
    if (request.stubs()) {
      List<FileModel> inOrder = files.stream().map(models::get).filter(Objects::nonNull).toList();
      List<FileOutcome> done = new ArrayList<>();
      bySource.values().forEach(done::addAll);
      for (FileOutcome o : stubs(inOrder, done, request, templates, write, roots)) {
        bySource.computeIfAbsent(o.path(), k -> new ArrayList<>()).add(o);
      }
    }
    return bySource;
  }

  /**
   * Writes (or diffs) the stub of each module the files declare. A stub on disk is replaced only
   * when argclinic wrote it, its generated part was not edited since, and this run read every
   * source it was made from (else a run over one file would drop the other files' declarations);
   * {@code force} overrides all three. Like every write, a stub stays inside the project of the
   * source that first declares its module unless {@code allowOutsideProject}.
   */
  private static List<FileOutcome> stubs(
      List<FileModel> models,
      List<FileOutcome> done,
      GenerateRequest request,
      Templates templates,
      boolean write,
      ProjectRoots roots)
      throws IOException {
    // Compared without the quoted line: the glue's diagnostics carry it, the stubs' do not.
    Set<Diagnostic> reported = new HashSet<>();
    done.forEach(o -> o.diagnostics().forEach(d -> reported.add(withoutSourceLine(d))));
    // The sources may have been rewritten since they were read: diagnostics quote them as read.
    Map<String, List<String>> lines = new HashMap<>();
    Function<Diagnostic, Diagnostic> quoted =
        d ->
            models.stream()
                .filter(m -> m.source().path().equals(d.path()))
                .findFirst()
                .map(
                    m ->
                        d.withSourceLine(
                            lines.computeIfAbsent(
                                d.path(), k -> m.source().text().lines().toList())))
                .orElse(d);
    List<FileOutcome> out = new ArrayList<>();
    List<Stubs.Stub> built;
    try {
      built = Stubs.build(models, request.stubsDirectory(), request.stubsModule(), templates);
    } catch (TemplateFailure e) {
      Path at = Path.of(e.diagnostic().path());
      return List.of(FileOutcome.failed(at, ImmutableList.of(e.diagnostic())));
    }
    for (Stubs.Stub stub : built) {
      ImmutableList<Diagnostic> diagnostics =
          stub.diagnostics().stream()
              .filter(d -> !reported.contains(withoutSourceLine(d)))
              .map(quoted)
              .collect(ImmutableList.toImmutableList());
      Path target = stub.path();
      if (stub.failed()) {
        out.add(FileOutcome.failed(target, diagnostics));
        continue;
      }
      // Placed before the stub on disk is read: check must not show what lies outside either.
      Path landing = roots.place(target);
      if (!request.allowOutsideProject()) {
        Optional<Diagnostic> outside =
            outside(stub.origin(), target, landing, roots.rootOf(stub.origin()), stub.at());
        if (outside.isPresent()) {
          out.add(
              FileOutcome.failed(
                  target,
                  ImmutableList.<Diagnostic>builder()
                      .addAll(diagnostics)
                      .add(quoted.apply(outside.get()))
                      .build()));
          continue;
        }
      }
      Optional<String> old =
          Files.isRegularFile(landing) ? Optional.of(readText(landing)) : Optional.empty();
      if (old.isPresent() && !request.force()) {
        Optional<String> refusal = stubRefusal(stub, Stubs.read(old.get()));
        if (refusal.isPresent()) {
          out.add(
              FileOutcome.failed(
                  target,
                  ImmutableList.<Diagnostic>builder()
                      .addAll(diagnostics)
                      .add(
                          Diagnostic.error(
                              target.toString(),
                              1,
                              1,
                              refusal.get() + "; use --force to overwrite it"))
                      .build()));
          continue;
        }
      }
      out.add(outcome(target, landing, old, stub.text(old), LineEndings.LF, write, diagnostics));
    }
    return out;
  }

  private static Optional<String> stubRefusal(Stubs.Stub stub, Stubs.Existing existing) {
    if (!existing.ours()) {
      return Optional.of(
          "stub was not written by argclinic (it has no '# argclinic: output='" + " line)");
    }
    if (existing.edited()) {
      return Optional.of(
          "generated part of the stub was edited by hand (its checksum no longer" + " matches)");
    }
    List<String> unread =
        existing.sources().stream().filter(s -> !stub.sources().contains(s)).toList();
    if (!unread.isEmpty()) {
      return Optional.of(
          "stub was also made from "
              + String.join(", ", unread)
              + ", which this"
              + " run did not read: name "
              + (unread.size() == 1 ? "it" : "them")
              + " too");
    }
    return Optional.empty();
  }

  private static Diagnostic withoutSourceLine(Diagnostic d) {
    return new Diagnostic(d.path(), d.line(), d.column(), d.severity(), d.message());
  }

  /**
   * Unchanged, or written (to {@code landing}, where a write to it lands) / stale with its diff.
   */
  private static FileOutcome outcome(
      Path target,
      Path landing,
      Optional<String> old,
      String newText,
      LineEndings endings,
      boolean write,
      ImmutableList<Diagnostic> diagnostics)
      throws IOException {
    String oldText = old.orElse("");
    if (old.isPresent() && oldText.equals(newText)) {
      return new FileOutcome(
          target, FileOutcome.Status.UNCHANGED, "", ImmutableList.of(), diagnostics);
    }
    String diff = UnifiedDiffs.diff(target.toString(), oldText, newText);
    ImmutableList<Integer> lines = UnifiedDiffs.changedLines(oldText, newText);
    if (write) {
      AtomicWriter.writeIfChanged(landing, endings.apply(newText));
    }
    return new FileOutcome(
        target,
        write ? FileOutcome.Status.WRITTEN : FileOutcome.Status.STALE,
        diff,
        lines,
        diagnostics,
        old.isEmpty());
  }

  /**
   * Maps {@code files} on the calling thread and the common pool's workers, largest file first (a
   * few files of CPython's tree are many times larger than the rest: started last, they would leave
   * the other cores idle at the end). Results keep the order of {@code files}.
   */
  private static <R> List<R> inParallel(
      List<Path> files, Map<Path, Long> known, Function<Path, R> work) {
    int n = files.size();
    long[] sizes = new long[n];
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      sizes[i] = known.getOrDefault(files.get(i), -1L);
      if (sizes[i] < 0) {
        try {
          sizes[i] = Files.size(files.get(i));
        } catch (IOException e) {
          sizes[i] = 0; // the read reports it
        }
      }
    }
    Arrays.sort(order, (a, b) -> Long.compare(sizes[b], sizes[a]));
    Object[] results = new Object[n];
    AtomicInteger next = new AtomicInteger();
    Runnable drain =
        () -> {
          for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
            int i = order[k];
            results[i] = work.apply(files.get(i));
          }
        };
    int helpers = Math.min(n - 1, ForkJoinPool.getCommonPoolParallelism());
    List<ForkJoinTask<?>> tasks = new ArrayList<>();
    for (int h = 0; h < helpers; h++) {
      tasks.add(ForkJoinPool.commonPool().submit(drain));
    }
    RuntimeException failure = null;
    try {
      drain.run();
    } catch (RuntimeException e) {
      failure = e;
    }
    for (ForkJoinTask<?> t : tasks) {
      try {
        t.join();
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    if (failure != null) {
      throw failure;
    }
    @SuppressWarnings("unchecked")
    List<R> out = (List<R>) Arrays.asList(results);
    return out;
  }

  private List<FileOutcome> processCandidate(
      Path p,
      boolean named,
      GenerateRequest request,
      Templates templates,
      boolean write,
      ProjectRoots roots,
      Map<Path, FileModel> models) {
    byte[] bytes;
    try {
      // Most candidates hold no block: they are read into this thread's buffer, not into a new
      // array each (a whole tree's worth of garbage), and only files with blocks are copied.
      Read read = readIntoBuffer(p);
      if (!named && !holdsBlock(read.buffer(), read.length())) {
        return List.of();
      }
      bytes = Arrays.copyOf(read.buffer(), read.length());
    } catch (IOException e) {
      // let the read report it
      return processUnchecked(p, Optional.empty(), request, templates, write, roots, models);
    }
    return processUnchecked(p, Optional.of(bytes), request, templates, write, roots, models);
  }

  private static boolean isSideFileDirectory(Path p) {
    Path parent = p.getParent();
    return parent != null
        && parent.getFileName() != null
        && parent.getFileName().toString().equals("clinic");
  }

  private List<FileOutcome> processUnchecked(
      Path p,
      Optional<byte[]> bytes,
      GenerateRequest request,
      Templates templates,
      boolean write,
      ProjectRoots roots,
      Map<Path, FileModel> models) {
    try {
      return process(
          p,
          bytes.isPresent() ? bytes.get() : Files.readAllBytes(p),
          request,
          templates,
          write,
          roots,
          models);
    } catch (NotUtf8 e) {
      return List.of(FileOutcome.failed(p, ImmutableList.of(e.diagnostic)));
    } catch (IOException e) {
      return List.of(
          FileOutcome.failed(
              p,
              ImmutableList.of(
                  Diagnostic.error(
                      p.toString(), 0, 0, "cannot read or write: " + e.getMessage()))));
    }
  }

  private List<FileOutcome> process(
      Path p,
      byte[] bytes,
      GenerateRequest request,
      Templates templates,
      boolean write,
      ProjectRoots roots,
      Map<Path, FileModel> models)
      throws IOException {
    SourceText source;
    try {
      source = sourceText(p, bytes);
    } catch (DiagnosticException e) {
      return List.of(FileOutcome.failed(p, e.diagnostics()));
    }
    // Every file this source makes is written with its line endings.
    LineEndings endings = source.endings();
    String text = source.text();
    FileModel model = read(p, text);
    if (request.stubs()) {
      models.put(p, model);
    }
    // A source is written in place: through a symbolic link, to where the link leads.
    Path sourceLanding = roots.place(p);
    Optional<ProjectRoots.Root> root =
        request.allowOutsideProject() ? Optional.empty() : Optional.of(roots.rootOf(p));
    // A run that only makes stubs does not write the source (its stubs are placed on their own).
    if (root.isPresent() && request.glue()) {
      // Checked before anything else is reported: no line of a file out there is quoted, but
      // its first block's opening line.
      Optional<Diagnostic> out =
          outside(p, p, sourceLanding, root.get(), Position.of(firstBlockLine(model), 1));
      if (out.isPresent()) {
        return List.of(FileOutcome.failed(p, ImmutableList.of(out.get())));
      }
    }
    if (model.hasErrors()) {
      return List.of(FileOutcome.failed(p, model.diagnostics()));
    }
    if (!request.glue()) {
      return List.of();
    }
    ImmutableMap<Path, String> rendered;
    Map<Path, Path> landings;
    Map<Path, String> oldTexts;
    ImmutableList<Diagnostic> sourceDiagnostics;
    try {
      Analysis a = analyse(p, text, model, request, templates, roots, root, sourceLanding);
      rendered = a.placed().rendered().texts();
      landings = a.placed().landings();
      oldTexts = a.oldTexts();
      sourceDiagnostics = a.diagnostics();
    } catch (DiagnosticException e) {
      return List.of(FileOutcome.failed(p, withWarnings(model, e)));
    }
    // A side file about to be overwritten must be one argclinic wrote and nobody edited since
    // (the source's own blocks were checked by the renderer). Files that do not change are not
    // checked: that spares hashing every block of an up-to-date tree again.
    List<Diagnostic> handEdits = new ArrayList<>();
    for (Map.Entry<Path, String> r : rendered.entrySet()) {
      Path target = r.getKey();
      String old = oldTexts.get(target);
      if (old != null && !target.equals(p) && !request.force() && !old.equals(r.getValue())) {
        handEdits.addAll(sideFileEdits(target, old));
      }
    }
    if (!handEdits.isEmpty()) {
      return List.of(FileOutcome.failed(p, ImmutableList.copyOf(handEdits)));
    }
    List<FileOutcome> out = new ArrayList<>();
    for (Map.Entry<Path, String> e : rendered.entrySet()) {
      Path target = e.getKey();
      out.add(
          outcome(
              target,
              landings.get(target),
              Optional.ofNullable(oldTexts.get(target)),
              e.getValue(),
              endings,
              write,
              target.equals(p) ? sourceDiagnostics : ImmutableList.of()));
    }
    return out;
  }

  /**
   * A parsed source rendered for its target: what it would write, what those files hold now, and
   * the diagnostics about the source (warnings; errors are thrown).
   */
  private record Analysis(
      Placed placed, Map<Path, String> oldTexts, ImmutableList<Diagnostic> diagnostics) {}

  /**
   * Renders a parsed source without errors for the target asked for, or, when none was, for the
   * target its header's stamp records; places every file it would write.
   *
   * @throws DiagnosticException with the errors generation would report
   */
  private Analysis analyse(
      Path p,
      String text,
      FileModel model,
      GenerateRequest request,
      Templates templates,
      ProjectRoots roots,
      Optional<ProjectRoots.Root> root,
      Path sourceLanding)
      throws DiagnosticException, IOException {
    // Without a target asked for, the one the header records; the default header is read
    // first, since the declarations may render for its target only.
    GenerateRequest applied = request;
    boolean targetGiven =
        request.cApiGiven() && (request.cApi() != CApi.LIMITED || request.limitedVersionGiven());
    Optional<Path> header = targetGiven ? Optional.empty() : Stamps.defaultHeader(p);
    if (header.isPresent()) {
      Path landing = roots.place(header.get());
      if (root.isEmpty() || ProjectRoots.violation(landing, root.get()).isEmpty()) {
        applied =
            Stamps.ofDefaultHeader(header.get(), landing)
                .map(st -> Stamps.apply(request, st))
                .orElse(request);
      }
    }
    Placed placed = renderAndPlace(p, model, applied, templates, roots, root, sourceLanding);
    Map<Path, String> oldTexts = oldTexts(p, text, placed);
    List<Diagnostic> found = new ArrayList<>(model.diagnostics());
    Optional<Stamps.Stamp> stamp = Stamps.find(p, oldTexts);
    List<Diagnostic> stampWarnings = new ArrayList<>();
    if (stamp.isPresent()) {
      // A header named elsewhere (a destination directive) may record another target; with a
      // target asked for, a warning if it differs from the recorded one.
      GenerateRequest fromStamp = Stamps.apply(request, stamp.get());
      String stampLine =
          oldTexts
              .get(stamp.get().file())
              .lines()
              .skip(stamp.get().line() - 1)
              .findFirst()
              .orElse("");
      Stamps.differs(fromStamp, stamp.get(), stampLine).ifPresent(stampWarnings::add);
      if (!fromStamp.equals(applied)) {
        placed = renderAndPlace(p, model, fromStamp, templates, roots, root, sourceLanding);
        oldTexts = oldTexts(p, text, placed);
      }
    }
    found.addAll(placed.rendered().warnings());
    // The source may be rewritten before they are printed: they keep the lines they point at.
    List<String> lines = found.isEmpty() ? List.of() : text.lines().toList();
    ImmutableList<Diagnostic> diagnostics =
        Stream.concat(found.stream().map(d -> d.withSourceLine(lines)), stampWarnings.stream())
            .collect(ImmutableList.toImmutableList());
    return new Analysis(placed, oldTexts, diagnostics);
  }

  /** A source's rendered files, each with where it lands on the file system. */
  private record Placed(Rendered rendered, Map<Path, Path> landings) {}

  /**
   * Renders {@code p} for {@code request} and places every file it would write; a file that lands
   * outside the project root (when {@code root} is given) is an error.
   */
  private Placed renderAndPlace(
      Path p,
      FileModel model,
      GenerateRequest request,
      Templates templates,
      ProjectRoots roots,
      Optional<ProjectRoots.Root> root,
      Path sourceLanding)
      throws DiagnosticException, IOException {
    // The renderer refuses hand-edited output inside the source itself (per block).
    Rendered r;
    try {
      r = renderer.render(p, model, request, templates);
    } catch (TemplateFailure e) {
      throw new DiagnosticException(e.diagnostic());
    }
    Map<Path, Path> landings = new HashMap<>();
    // Every target is placed before any side file is read: check must not show (in a diff)
    // what lies outside the project either.
    List<Diagnostic> outside = new ArrayList<>();
    for (Path target : r.texts().keySet()) {
      Path landing = target.equals(p) ? sourceLanding : roots.place(target);
      landings.put(target, landing);
      if (root.isPresent() && !target.equals(p)) {
        outside(
                p,
                target,
                landing,
                root.get(),
                r.namedAt().getOrDefault(target, Position.of(firstBlockLine(model), 1)))
            .ifPresent(outside::add);
      }
    }
    if (!outside.isEmpty()) {
      throw new DiagnosticException(outside);
    }
    return new Placed(r, landings);
  }

  /**
   * The present text of every file {@code placed} would write that exists (the source: {@code
   * text}).
   */
  private static Map<Path, String> oldTexts(Path p, String text, Placed placed) throws IOException {
    Map<Path, String> old = new LinkedHashMap<>();
    for (Path target : placed.rendered().texts().keySet()) {
      Path landing = placed.landings().get(target);
      // The source itself was read moments ago.
      if (target.equals(p)) {
        old.put(target, text);
      } else if (Files.isRegularFile(landing)) {
        old.put(target, readText(landing));
      }
    }
    return old;
  }

  /**
   * The error for a write to {@code target} (landing on {@code landing}) that leaves the project,
   * blamed on {@code at} in the source {@code source}.
   */
  private static Optional<Diagnostic> outside(
      Path source, Path target, Path landing, ProjectRoots.Root root, Position at) {
    return ProjectRoots.violation(landing, root)
        .map(
            why ->
                Diagnostic.error(
                    source.toString(),
                    at.line(),
                    at.column(),
                    (target.equals(source)
                            ? "this file, written in place, is "
                            : "'" + target + "' leads to ")
                        + landing
                        + ", "
                        + why
                        + ": writes stay inside the project unless --allow-outside-project (Maven:"
                        + " allowOutsideProject) is given"));
  }

  /** The line of the file's first block, or 0 (no line is quoted) when it has none. */
  private static int firstBlockLine(FileModel model) {
    List<Segment.Block> blocks = model.source().blocks();
    return blocks.isEmpty() ? 0 : blocks.get(0).startLine();
  }

  /** A side file that is not a single preserve block, or whose output was edited by hand. */
  private static List<Diagnostic> sideFileEdits(Path target, String old) {
    if (SourceLanguage.of(target.getFileName().toString())
        .equals(Optional.of(SourceLanguage.RUST))) {
      return Checksums.hasValidStamp(old)
          ? List.of()
          : List.of(
              Diagnostic.error(
                  target.toString(),
                  Math.max(1, Lines.count(old)),
                  1,
                  "generated Rust glue was edited by hand (its 'argclinic: output=' stamp does not"
                      + " match); use --force to overwrite it"));
    }
    Optional<Diagnostic> foreign = SideFiles.verify(target.toString(), old);
    if (foreign.isPresent()) {
      return List.of(foreign.get());
    }
    try {
      return handEdits(Scanner.scan(target.toString(), SourceLanguage.C, old));
    } catch (DiagnosticException e) {
      return e.diagnostics();
    }
  }

  /** Blocks whose output no longer matches its checksum were edited by hand. */
  private static List<Diagnostic> handEdits(ScannedFile file) {
    List<Diagnostic> out = new ArrayList<>();
    for (Segment.Block b : file.blocks()) {
      String expected = b.endArguments().getOrDefault("output", b.endArguments().get("checksum"));
      if (expected == null) {
        continue;
      }
      String actual = Checksums.of(b.output(), expected.length());
      if (!expected.equals(actual)) {
        out.add(
            Diagnostic.error(
                file.path(),
                b.endMarkerLine(),
                1,
                "generated output was edited by hand (end marker says output="
                    + expected
                    + ", the output hashes to "
                    + actual
                    + "); use --force to overwrite it"));
      }
    }
    return out;
  }

  /** Reads, scans and parses one file; scan errors come back as the model's diagnostics. */
  public FileModel read(Path p) throws IOException {
    byte[] bytes = Files.readAllBytes(p);
    try {
      return read(p, LineEndings.toLf(decode(p, bytes)));
    } catch (NotUtf8 e) {
      SourceLanguage lang = SourceLanguage.of(p.getFileName().toString()).orElse(SourceLanguage.C);
      return new FileModel(
          new ScannedFile(p.toString(), lang, ImmutableList.of()),
          ImmutableList.of(),
          ImmutableList.of(e.diagnostic));
    }
  }

  private FileModel read(Path p, String text) {
    SourceLanguage lang = SourceLanguage.of(p.getFileName().toString()).orElse(SourceLanguage.C);
    try {
      return parser.parse(Scanner.scan(p.toString(), lang, text));
    } catch (DiagnosticException e) {
      return new FileModel(
          new ScannedFile(p.toString(), lang, ImmutableList.of(new Segment.Verbatim(text, 1))),
          ImmutableList.of(),
          e.diagnostics());
    }
  }

  /** A file's text as the stages see it: UTF-8, {@code \n} line ends. */
  private static String readText(Path p) throws IOException {
    return LineEndings.toLf(decode(p, Files.readAllBytes(p)));
  }

  private static SourceLanguage languageOf(Path p) {
    return SourceLanguage.of(p.getFileName().toString()).orElse(SourceLanguage.C);
  }

  /** A source as the stages see it ({@code \n} line ends) and the line ends it is written with. */
  private record SourceText(String text, LineEndings endings) {}

  /**
   * Decodes a source (UTF-8, else {@link NotUtf8}) and takes its line ends to {@code \n}. A source
   * whose lines end both ways is refused at the first line that differs from line 1.
   */
  private static SourceText sourceText(Path p, byte[] bytes)
      throws IOException, DiagnosticException {
    String raw = decode(p, bytes);
    LineEndings first = LineEndings.of(raw);
    Optional<Integer> mixed = LineEndings.firstMixedLine(raw);
    if (mixed.isPresent()) {
      int line = mixed.get();
      String other = first == LineEndings.CRLF ? "LF" : "CRLF";
      String source = raw.lines().skip(line - 1).findFirst().orElse("");
      throw new DiagnosticException(
          new Diagnostic(
              p.toString(),
              line,
              source.length() + 1,
              Diagnostic.Severity.ERROR,
              "line ends with "
                  + other
                  + " but line 1 with "
                  + first.label()
                  + ": argclinic writes a file back with its line endings, so they must all be"
                  + " the same (convert the file, e.g. with dos2unix or unix2dos)",
              source));
    }
    return new SourceText(LineEndings.toLf(raw), first);
  }

  private static String decode(Path p, byte[] bytes) throws IOException {
    // The lenient decoder is the fast one; a replacement character in its result may mean
    // malformed input, which the strict decoder below then reports.
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(in, out, true);
    if (!r.isError()) {
      return out.flip().toString();
    }
    throw new NotUtf8(notUtf8(p, bytes, in.position()));
  }

  /** Where the first byte that is not UTF-8 is, as a positioned error. */
  static Diagnostic notUtf8(Path p, byte[] bytes, int offset) {
    int lineStart = 0;
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int lineEnd = lineStart;
    while (lineEnd < bytes.length && bytes[lineEnd] != '\n') {
      lineEnd++;
    }
    String before = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
    String source = new String(bytes, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    return new Diagnostic(
        p.toString(),
        line,
        before.length() + 1,
        Diagnostic.Severity.ERROR,
        String.format(
            "byte 0x%02x is not UTF-8: sources are read as UTF-8, as CPython's clinic"
                + " reads them",
            bytes[offset] & 0xff),
        source);
  }

  /** A source that is not UTF-8, reported at its first bad byte. */
  private static final class NotUtf8 extends IOException {
    final Diagnostic diagnostic;

    NotUtf8(Diagnostic diagnostic) {
      super(diagnostic.message());
      this.diagnostic = diagnostic;
    }
  }

  /**
   * The files a request names: each file as given, and from each directory every source file (by
   * extension) that holds a block marker, filtered by includes and excludes.
   */
  public static ImmutableList<Path> discover(GenerateRequest request) throws IOException {
    Set<Path> named = new HashSet<>(request.paths());
    return candidates(request).stream()
        .filter(f -> named.contains(f) || holdsBlock(f))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Like {@link #discover} but reads no file: every file as given, and from each directory every
   * source file (by extension) that passes includes and excludes, blocks or not. Front ends that
   * cache (the Maven plugin) stat these and read only the ones that changed.
   */
  public static ImmutableList<Path> candidates(GenerateRequest request) throws IOException {
    return ImmutableList.copyOf(candidateSizes(request).keySet());
  }

  /** {@link #candidates} with each file's size as the walk saw it (-1 for files named). */
  private static Map<Path, Long> candidateSizes(GenerateRequest request) throws IOException {
    Map<Path, Long> out = new LinkedHashMap<>();
    for (Path root : request.paths()) {
      if (!Files.exists(root)) {
        throw new NoSuchFileException(root.toString());
      }
      if (!Files.isDirectory(root)) {
        out.putIfAbsent(root, -1L);
        continue;
      }
      List<PathMatcher> inc = matchers(request.includes());
      List<PathMatcher> exc = matchers(request.excludes());
      Map<Path, Long> found = new TreeMap<>();
      walk(root, found);
      for (Map.Entry<Path, Long> f : found.entrySet()) {
        if ((inc.isEmpty() && exc.isEmpty()) || selected(root.relativize(f.getKey()), inc, exc)) {
          out.putIfAbsent(f.getKey(), f.getValue());
        }
      }
    }
    return out;
  }

  private static boolean selected(Path rel, List<PathMatcher> inc, List<PathMatcher> exc) {
    return (inc.isEmpty() || inc.stream().anyMatch(m -> m.matches(rel)))
        && exc.stream().noneMatch(m -> m.matches(rel));
  }

  /**
   * Every regular source file (by extension) under {@code root}, with its size. The name is tested
   * first, and the walk's own attributes answer the rest: no second stat per file.
   */
  private static void walk(Path root, Map<Path, Long> out) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && SKIPPED_DIRS.contains(dir.getFileName().toString())
                ? FileVisitResult.SKIP_SUBTREE
                : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            if (SourceLanguage.of(file.getFileName().toString()).isPresent()) {
              if (attrs.isRegularFile()) {
                out.put(file, attrs.size());
              } else if (attrs.isSymbolicLink() && Files.isRegularFile(file)) {
                out.put(file, -1L); // a link to a file: as Files.isRegularFile sees it
              }
            }
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /**
   * Globs as Ant and Maven users write them: a leading {@code **}{@code /} also matches no
   * directory at all, so {@code **}{@code /*.c} takes top-level files too (plain NIO globs would
   * not).
   */
  private static List<PathMatcher> matchers(List<String> globs) {
    return globs.stream()
        .flatMap(g -> g.startsWith("**/") ? Stream.of(g, g.substring(3)) : Stream.of(g))
        .map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g))
        .toList();
  }

  /** A cheap byte search, so files without blocks are never decoded or scanned. */
  private static boolean holdsBlock(Path p) {
    try {
      return holdsBlock(Files.readAllBytes(p));
    } catch (IOException e) {
      return true; // let the read report it
    }
  }

  /** Whether a file's bytes may hold a block: the test {@link #discover} applies to each file. */
  public static boolean holdsBlock(byte[] b) {
    return holdsBlock(b, b.length);
  }

  private static boolean holdsBlock(byte[] b, int length) {
    // One plain loop over the bytes, rarest byte pair first: a short run compiles this with C1,
    // which has no vectorised String.indexOf, and most files hold no "/*[" at all.
    return contains(b, length, SLASH_STAR_BRACKET) && contains(b, length, SPACE_INPUT);
  }

  /** Files at most this large are read into a kept per-thread buffer. */
  private static final int KEPT_BUFFER = 4 << 20;

  /** Shared by every Generator: a long-lived JVM keeps at most one buffer per thread. */
  private static final ThreadLocal<byte[]> READ_BUFFER =
      ThreadLocal.withInitial(() -> new byte[1 << 16]);

  /** The first {@code length} bytes of {@code buffer} are a file's. */
  private record Read(byte[] buffer, int length) {}

  /** Reads {@code p} whole into this thread's buffer, or a new one when it is too small. */
  private static Read readIntoBuffer(Path p) throws IOException {
    try (FileChannel ch = FileChannel.open(p)) {
      byte[] buffer = READ_BUFFER.get();
      long size = ch.size();
      if (size >= buffer.length) {
        buffer = new byte[(int) Math.min(Integer.MAX_VALUE - 8, size + 1)];
      }
      int length = 0;
      while (true) {
        int n = ch.read(ByteBuffer.wrap(buffer, length, buffer.length - length));
        if (n < 0) {
          break;
        }
        length += n;
        if (length == buffer.length) { // the file grew while it was read
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
      }
      if (buffer.length <= KEPT_BUFFER) {
        READ_BUFFER.set(buffer);
      }
      return new Read(buffer, length);
    }
  }

  private static final byte[] SLASH_STAR_BRACKET = "/*[".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] SPACE_INPUT = " input]".getBytes(StandardCharsets.US_ASCII);

  private static boolean contains(byte[] hay, int length, byte[] needle) {
    byte first = needle[0];
    byte second = needle[1];
    int last = length - needle.length;
    for (int i = 0; i <= last; i++) {
      if (hay[i] == first && hay[i + 1] == second) {
        int j = 2;
        while (j < needle.length && hay[i + j] == needle[j]) {
          j++;
        }
        if (j == needle.length) {
          return true;
        }
      }
    }
    return false;
  }
}
