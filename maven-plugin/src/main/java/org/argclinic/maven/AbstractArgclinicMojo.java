package org.argclinic.maven;

import com.google.common.collect.ImmutableList;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.argclinic.diag.Diagnostic;
import org.argclinic.diag.DiagnosticPrinter;
import org.argclinic.model.CApi;
import org.argclinic.model.Version;
import org.argclinic.run.FileOutcome;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.GenerateResult;
import org.argclinic.run.Generator;
import org.argclinic.run.Generators;
import org.argclinic.run.StaleBlocks;

/**
 * What {@code generate} and {@code check} share: their parameters, the mapping of those onto a
 * {@link GenerateRequest}, the incremental cache, and reporting diagnostics.
 */
abstract class AbstractArgclinicMojo extends AbstractMojo {
  /** The Generator reports a file it could not read or write with this message prefix. */
  private static final String IO_FAILURE = "cannot read or write";

  /**
   * Directories searched (recursively) for {@code .c}, {@code .h}, {@code .cc}, {@code .cpp},
   * {@code .hpp} and {@code .rs} files that hold clinic blocks. When not set: {@code src/main/c}
   * and {@code src/main/rust}, those of them that exist. A directory named here must exist.
   */
  @Parameter private List<File> sourceDirectories;

  /**
   * Glob patterns, relative to a source directory, that a file must match to be read, such as
   * {@code **}{@code /*.c}. When not set: every source file.
   */
  @Parameter private List<String> includes;

  /**
   * Glob patterns, relative to a source directory, of files never read, such as {@code vendor/**}.
   */
  @Parameter private List<String> excludes;

  /**
   * Which C API the generated C glue uses: {@code public} (public C API of CPython 3.9+), {@code
   * limited} ({@code Py_LIMITED_API}, see {@code limitedVersion}) or {@code core} (CPython's own
   * tree, byte-identical to CPython 3.13's Argument Clinic).
   */
  @Parameter(property = "argclinic.cApi", defaultValue = "public")
  private String cApi;

  /** With {@code cApi} {@code limited}: the {@code Py_LIMITED_API} version, as {@code 3.10}. */
  @Parameter(property = "argclinic.limitedVersion", defaultValue = "3.10")
  private String limitedVersion;

  /**
   * The Rust path of the FFI crate the Rust glue calls, {@code pyo3_ffi} by default; set it to use
   * another binding of the C API.
   */
  @Parameter(property = "argclinic.rustFfi", defaultValue = "pyo3_ffi")
  private String rustFfi;

  /**
   * A directory of FreeMarker templates that override the built-in ones of the same relative name
   * (for example {@code c/function.c.ftl}). When not set: the built-in templates only.
   */
  @Parameter(property = "argclinic.templatesDirectory")
  private File templatesDirectory;

  /**
   * Overwrite generated code even where its checksum shows it was edited by hand. Without it such a
   * file fails the build and is left alone.
   */
  @Parameter(property = "argclinic.force", defaultValue = "false")
  private boolean force;

  /**
   * Also write ({@code generate}) or check ({@code check}) the type stub {@code <module>.pyi} of
   * each module the sources declare, beside its first source or in {@code stubsDirectory}. Stubs
   * are made from every source on each run (the incremental cache covers the glue only).
   */
  @Parameter(property = "argclinic.stubs", defaultValue = "false")
  private boolean stubs;

  /**
   * With {@code stubs}: the directory stubs go to; when not set, beside each module's first source.
   */
  @Parameter(property = "argclinic.stubsDirectory")
  private File stubsDirectory;

  /**
   * Let blocks and stubs write (and {@code check} read) files outside the project. Without it, a
   * file that would land outside the project root, through {@code ..}, an absolute path or a
   * symbolic link (a {@code clinic/} directory or {@code stubsDirectory} linked elsewhere), fails
   * the build and nothing of its source (or that stub) is written. The project root is the nearest
   * directory above the source holding {@code .git}, {@code .hg} or {@code .svn}; without one, the
   * directory the build was started in.
   */
  @Parameter(property = "argclinic.allowOutsideProject", defaultValue = "false")
  private boolean allowOutsideProject;

  /**
   * Check docstring line lengths as CPython 3.15's clinic does (a too long summary line fails the
   * build unless the function has {@code @permit_long_summary}; a too long body line warns unless
   * it has {@code @permit_long_docstring_body}). Off by default: CPython 3.13 had no such check.
   */
  @Parameter(property = "argclinic.checkDocstringWidth", defaultValue = "false")
  private boolean checkDocstringWidth;

  /**
   * Skip this goal, for example {@code -Dargclinic.skip} on a build that must not touch sources.
   */
  @Parameter(property = "argclinic.skip", defaultValue = "false")
  private boolean skip;

  /** The project root of sources outside version control (as the CLI's current directory). */
  @Parameter(defaultValue = "${session.executionRootDirectory}", readonly = true, required = true)
  private File executionRootDirectory;

  /** The project's base directory; relative source directories resolve against it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  /**
   * Where the incremental caches live: one {@code cache-<hash>.json} per configuration, so two
   * executions over different directories or targets do not evict each other, while generate and
   * check with the same configuration share one.
   */
  @Parameter(
      defaultValue = "${project.build.directory}/argclinic",
      readonly = true,
      required = true)
  private File cacheDirectory;

  /** This plugin, whose version and jars are part of the cache key. */
  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /** {@code true} for generate (write files), {@code false} for check (diff only). */
  abstract boolean writes();

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("argclinic: skipped (argclinic.skip)");
      return;
    }
    ImmutableList<Path> roots = sourceRoots();
    if (roots.isEmpty()) {
      getLog().info("argclinic: no source directory (looked for src/main/c, src/main/rust)");
      return;
    }
    GenerateRequest request = request(roots);
    try {
      run(request);
    } catch (IOException e) {
      throw new MojoExecutionException("argclinic: " + e, e);
    }
  }

  private void run(GenerateRequest request)
      throws IOException, MojoExecutionException, MojoFailureException {
    String options = optionsKey(request);
    BuildCache cache = BuildCache.load(cacheDirectory.toPath().resolve(cacheName(request)));
    ImmutableList<Path> candidates = Generator.candidates(request);
    BuildCache.Plan plan = cache.plan(candidates, options);
    getLog()
        .debug(
            "argclinic: cache "
                + cache.file()
                + (plan.invalidated()
                    ? " does not apply (first run, or options or plugin changed)"
                    : " applies"));
    // One generator run over the sources to process, in the generator's own order (sources
    // before the side files in clinic/ directories, which are never read while their owner
    // rewrites them), with each outcome kept under its source: the cache ties a source to the
    // files generated from it.
    Generator generator = Generators.standard();
    Map<Path, List<FileOutcome>> bySource =
        plan.process().isEmpty()
            ? Map.of()
            : generator.bySource(request.forSources(plan.process()), writes());
    ImmutableList.Builder<FileOutcome> files = ImmutableList.builder();
    plan.process().forEach(p -> files.addAll(bySource.getOrDefault(p, List.of())));
    if (request.stubs()) {
      // A stub depends on every source of its module: made from all of them, every run.
      GenerateRequest stubRequest = request.toBuilder().glue(false).build();
      files.addAll(
          (writes() ? generator.generate(stubRequest) : generator.check(stubRequest)).files());
    }
    GenerateResult result = new GenerateResult(files.build());
    report(result, candidates.size(), plan);
    Map<Path, List<Path>> outputs = new HashMap<>();
    bySource.forEach(
        (p, r) ->
            outputs.put(p, r.stream().map(FileOutcome::path).filter(o -> !o.equals(p)).toList()));
    // Only a run that generated side files can have created new candidates; walk again then.
    boolean sideFiles = outputs.values().stream().anyMatch(o -> !o.isEmpty());
    cache.promote(options, plan, outputs, sideFiles ? Generator.candidates(request) : candidates);
  }

  /**
   * Logs what happened and throws when the build must fail: I/O trouble is an execution error, DSL
   * errors and (in check) stale output are failures of the project.
   */
  private void report(GenerateResult result, int candidates, BuildCache.Plan plan)
      throws MojoExecutionException, MojoFailureException {
    // Files are independent: others may have been written before one failed; say which.
    long written = 0;
    for (FileOutcome f : result.files()) {
      if (f.status() == FileOutcome.Status.WRITTEN) {
        getLog().info("argclinic: wrote " + f.path());
        written++;
      }
    }
    List<String> io = new ArrayList<>();
    StringWriter errors = new StringWriter();
    PrintWriter errorOut = new PrintWriter(errors);
    int errorCount = 0;
    for (FileOutcome f : result.files()) {
      for (Diagnostic d : f.diagnostics()) {
        if (!d.isError()) {
          getLog().warn(render(d));
        } else if (d.line() == 0 && d.message().startsWith(IO_FAILURE)) {
          io.add(d.header());
        } else {
          errorOut.print(render(d));
          errorOut.println();
          errorCount++;
        }
      }
    }
    errorOut.flush();
    if (!io.isEmpty()) {
      throw new MojoExecutionException("argclinic: " + String.join("\n", io));
    }
    if (errorCount > 0) {
      // Maven prints the message (every line) once; logging it too would print it twice.
      String text = errors.toString().stripTrailing();
      throw new MojoFailureException(
          "argclinic: " + errorCount + (errorCount == 1 ? " error" : " errors") + ":\n" + text);
    }
    List<FileOutcome> stale =
        result.files().stream().filter(f -> f.status() == FileOutcome.Status.STALE).toList();
    if (!stale.isEmpty()) {
      StringBuilder msg =
          new StringBuilder("argclinic: generated code is out of date in ")
              .append(stale.size())
              .append(stale.size() == 1 ? " file" : " files")
              .append("; run `mvn argclinic:generate` (or `./argclinic generate`) and commit:\n");
      for (FileOutcome f : stale) {
        for (StaleBlocks.Location loc : StaleBlocks.of(f)) {
          msg.append(f.path())
              .append(':')
              .append(loc.line())
              .append(": stale generated code")
              .append(loc.label().isEmpty() ? "" : " (block '" + loc.label() + "')")
              .append('\n');
        }
      }
      for (FileOutcome f : stale) {
        msg.append('\n').append(f.diff().stripTrailing()).append('\n');
      }
      throw new MojoFailureException(msg.toString().stripTrailing());
    }
    getLog()
        .info(
            String.format(
                Locale.ROOT,
                "argclinic: %d source files: %d processed (%d written), %d skipped (no block, or"
                    + " unchanged since the last build); %d read",
                candidates,
                plan.process().size(),
                written,
                candidates - plan.process().size(),
                plan.read()));
  }

  /** A diagnostic as {@code path:line:col: error: message}, then its source line and a caret. */
  private static String render(Diagnostic d) {
    List<String> lines = List.of();
    try {
      lines = Files.readAllLines(Path.of(d.path()), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      // Header only: the text is not at hand.
    }
    StringWriter s = new StringWriter();
    try (PrintWriter out = new PrintWriter(s)) {
      DiagnosticPrinter.print(out, d, lines);
    }
    return s.toString().stripTrailing();
  }

  private ImmutableList<Path> sourceRoots() throws MojoExecutionException {
    if (sourceDirectories == null || sourceDirectories.isEmpty()) {
      return Stream.of("src/main/c", "src/main/rust")
          .map(d -> basedir.toPath().resolve(d))
          .filter(Files::isDirectory)
          .collect(ImmutableList.toImmutableList());
    }
    ImmutableList.Builder<Path> out = ImmutableList.builder();
    for (File f : sourceDirectories) {
      Path p = absolute(f);
      if (!Files.isDirectory(p)) {
        throw new MojoExecutionException("argclinic: source directory " + p + " does not exist");
      }
      out.add(p);
    }
    return out.build();
  }

  private GenerateRequest request(ImmutableList<Path> roots) throws MojoExecutionException {
    CApi api;
    try {
      api = CApi.valueOf(cApi.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "argclinic: cApi must be core, public or limited, not '" + cApi + "'");
    }
    Optional<Version> version = Version.parse(limitedVersion);
    if (version.isEmpty()) {
      throw new MojoExecutionException(
          "argclinic: limitedVersion must look like 3.10, not '" + limitedVersion + "'");
    }
    Optional<Path> templates = Optional.empty();
    if (templatesDirectory != null) {
      Path t = absolute(templatesDirectory);
      if (!Files.isDirectory(t)) {
        throw new MojoExecutionException("argclinic: templatesDirectory " + t + " does not exist");
      }
      templates = Optional.of(t);
    }
    return GenerateRequest.builder()
        .addPaths(roots)
        .addIncludes(includes == null ? List.of() : includes)
        .addExcludes(excludes == null ? List.of() : excludes)
        .cApi(api)
        .limitedVersion(version.get())
        .rustFfi(rustFfi.trim())
        .templatesDirectory(templates)
        .force(force)
        .stubs(stubs)
        .stubsDirectory(Optional.ofNullable(stubsDirectory).map(this::absolute))
        .allowOutsideProject(allowOutsideProject)
        .checkDocstringWidth(checkDocstringWidth)
        .defaultProjectRoot(Optional.of(executionRootDirectory.toPath()))
        .build();
  }

  private Path absolute(File f) {
    Path p = f.toPath();
    return (p.isAbsolute() ? p : basedir.toPath().resolve(p)).normalize();
  }

  /** The cache file of one configuration: what is walked and the options named in the POM. */
  private static String cacheName(GenerateRequest r) {
    String config =
        String.join(
            "\n",
            r.paths().toString(),
            r.includes().toString(),
            r.excludes().toString(),
            r.cApi().cliName(),
            r.limitedVersion().toString(),
            r.rustFfi(),
            r.templatesDirectory().map(Path::toString).orElse(""));
    return "cache-" + BuildCache.sha256(config).substring(0, 12) + ".json";
  }

  /**
   * Everything besides a source's own bytes that decides its output: the options, the override
   * templates, and this plugin's jars (a rebuilt snapshot generates differently). {@code force} is
   * left out: it only decides whether a hand edit is overwritten, and a run that succeeded left no
   * hand edit behind.
   */
  private String optionsKey(GenerateRequest request) throws IOException {
    StringBuilder key =
        new StringBuilder()
            .append("cApi=")
            .append(request.cApi().cliName())
            .append('\n')
            .append("limitedVersion=")
            .append(request.limitedVersion())
            .append('\n')
            .append("rustFfi=")
            .append(request.rustFfi())
            .append('\n')
            // A run that was allowed outside must not let a later one skip what it would refuse.
            .append("allowOutsideProject=")
            .append(request.allowOutsideProject())
            .append('\n')
            // a run that did not check must not let a checking one skip the check
            .append("checkDocstringWidth=")
            .append(request.checkDocstringWidth())
            .append('\n');
    if (request.templatesDirectory().isPresent()) {
      Path t = request.templatesDirectory().get();
      TreeSet<String> files = new TreeSet<>();
      try (Stream<Path> walk = Files.walk(t)) {
        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          BuildCache.Stamp s = BuildCache.Stamp.of(p).orElse(new BuildCache.Stamp(-1, -1));
          files.add(t.relativize(p) + " " + s.size() + " " + s.mtime());
        }
      }
      key.append("templates=").append(t).append('\n');
      files.forEach(f -> key.append("  ").append(f).append('\n'));
    }
    key.append("plugin=").append(plugin.getId()).append('\n');
    List<Artifact> jars = new ArrayList<>(plugin.getArtifacts());
    if (plugin.getPluginArtifact() != null) {
      jars.add(plugin.getPluginArtifact());
    }
    TreeSet<String> ids = new TreeSet<>();
    for (Artifact a : jars) {
      String id = a.getId();
      if (a.isSnapshot() && a.getFile() != null) {
        BuildCache.Stamp s =
            BuildCache.Stamp.of(a.getFile().toPath()).orElse(new BuildCache.Stamp(-1, -1));
        id += " " + s.size() + " " + s.mtime();
      }
      ids.add(id);
    }
    ids.forEach(i -> key.append("  ").append(i).append('\n'));
    return BuildCache.sha256(key.toString());
  }
}
