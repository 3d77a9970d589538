package org.argclinic.run;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.Optional;
import org.argclinic.emit.c.pub.PublicTarget;
import org.argclinic.model.CApi;
import org.argclinic.model.Version;

/**
 * Everything one run needs, whichever front end (CLI, Maven plugin) builds it.
 *
 * @param paths files, or directories walked for {@code .c .h .cc .cpp .hpp .rs} files with blocks
 * @param includes glob patterns (relative to a walked directory) a file must match; empty: all
 * @param excludes glob patterns that drop a file
 * @param cApi the C target
 * @param limitedVersion with {@link CApi#LIMITED}: the {@code Py_LIMITED_API} version
 * @param rustFfi the Rust path of the FFI crate the Rust glue uses
 * @param templatesDirectory a directory whose templates override the built-in ones
 * @param force overwrite output whose checksum shows a hand edit
 * @param glue write (or check) the glue; false for a run that only makes stubs
 * @param stubs also write (or check) a type stub ({@code <module>.pyi}) per declared module
 * @param stubsDirectory where stubs go; empty: beside the first source of each module
 * @param stubsModule the module of declarations outside any {@code module} directive (CPython's
 *     {@code _struct.c} has none); empty: they get no stub
 * @param allowOutsideProject write (and read) generated files outside the project root too; by
 *     default a path that lands outside it, through {@code ..}, an absolute name or a symbolic
 *     link, is an error (see {@link org.argclinic.write.ProjectRoots})
 * @param defaultProjectRoot the project root of files that no version-control root encloses; empty:
 *     the current working directory
 * @param cApiGiven whether {@code cApi} was asked for; if not, a file whose generated header
 *     records the target it was made with (its stamp) is regenerated with that target
 * @param limitedVersionGiven whether {@code limitedVersion} was asked for; if not, a header stamped
 *     with a limited version keeps it
 * @param checkDocstringWidth run CPython 3.15's docstring line-length check ({@link
 *     org.argclinic.parse.DocstringWidth}); off by default, as CPython 3.13 had none
 */
public record GenerateRequest(
    ImmutableList<Path> paths,
    ImmutableList<String> includes,
    ImmutableList<String> excludes,
    CApi cApi,
    Version limitedVersion,
    String rustFfi,
    Optional<Path> templatesDirectory,
    boolean force,
    boolean glue,
    boolean stubs,
    Optional<Path> stubsDirectory,
    Optional<String> stubsModule,
    boolean allowOutsideProject,
    Optional<Path> defaultProjectRoot,
    boolean cApiGiven,
    boolean limitedVersionGiven,
    boolean checkDocstringWidth) {

  public static final String DEFAULT_RUST_FFI = "pyo3_ffi";

  /**
   * Why {@code --limited-version text} is a usage error with the target {@code cApi} (null: none
   * given), if it is: front ends refuse it before reading any file.
   */
  public static Optional<String> limitedVersionProblem(String text, CApi cApi) {
    Optional<Version> v = Version.parse(text);
    if (v.isEmpty()) {
      return Optional.of("--limited-version: expected X.Y (for example 3.10), got '" + text + "'");
    }
    if (cApi != CApi.LIMITED) {
      return Optional.of(
          "--limited-version applies only to --c-api limited; add"
              + " --c-api limited"
              + (cApi == null ? "" : " instead of --c-api " + cApi.cliName()));
    }
    return PublicTarget.limitedVersionReason(v.get());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding everything this request holds. */
  public Builder toBuilder() {
    return builder()
        .addPaths(paths)
        .addIncludes(includes)
        .addExcludes(excludes)
        .cApi(cApi)
        .limitedVersion(limitedVersion)
        .rustFfi(rustFfi)
        .templatesDirectory(templatesDirectory)
        .force(force)
        .glue(glue)
        .stubs(stubs)
        .stubsDirectory(stubsDirectory)
        .stubsModule(stubsModule)
        .allowOutsideProject(allowOutsideProject)
        .defaultProjectRoot(defaultProjectRoot)
        .given(cApiGiven, limitedVersionGiven)
        .checkDocstringWidth(checkDocstringWidth);
  }

  /**
   * This request's glue options over {@code sources} alone (no walk, so no includes or excludes; no
   * stubs, since a stub is made from all of its module's sources).
   */
  public GenerateRequest forSources(Iterable<Path> sources) {
    return new GenerateRequest(
        ImmutableList.copyOf(sources),
        ImmutableList.of(),
        ImmutableList.of(),
        cApi,
        limitedVersion,
        rustFfi,
        templatesDirectory,
        force,
        true,
        false,
        Optional.empty(),
        Optional.empty(),
        allowOutsideProject,
        defaultProjectRoot,
        cApiGiven,
        limitedVersionGiven,
        checkDocstringWidth);
  }

  /** This request with the C target {@code api} at {@code version}, as if asked for. */
  public GenerateRequest withTarget(CApi api, Version version) {
    return new GenerateRequest(
        paths,
        includes,
        excludes,
        api,
        version,
        rustFfi,
        templatesDirectory,
        force,
        glue,
        stubs,
        stubsDirectory,
        stubsModule,
        allowOutsideProject,
        defaultProjectRoot,
        true,
        true,
        checkDocstringWidth);
  }

  /** A builder so front ends set only what their user gave. */
  public static final class Builder {
    private final ImmutableList.Builder<Path> paths = ImmutableList.builder();
    private final ImmutableList.Builder<String> includes = ImmutableList.builder();
    private final ImmutableList.Builder<String> excludes = ImmutableList.builder();
    private CApi cApi = CApi.PUBLIC;
    private Version limitedVersion = CApi.DEFAULT_LIMITED_VERSION;
    private String rustFfi = DEFAULT_RUST_FFI;
    private Optional<Path> templatesDirectory = Optional.empty();
    private boolean force;
    private boolean glue = true;
    private boolean stubs;
    private Optional<Path> stubsDirectory = Optional.empty();
    private Optional<String> stubsModule = Optional.empty();
    private boolean allowOutsideProject;
    private Optional<Path> defaultProjectRoot = Optional.empty();
    private boolean cApiGiven;
    private boolean limitedVersionGiven;
    private boolean checkDocstringWidth;

    public Builder addPath(Path p) {
      paths.add(p);
      return this;
    }

    public Builder addPaths(Iterable<Path> p) {
      paths.addAll(p);
      return this;
    }

    public Builder addIncludes(Iterable<String> p) {
      includes.addAll(p);
      return this;
    }

    public Builder addExcludes(Iterable<String> p) {
      excludes.addAll(p);
      return this;
    }

    /** The C target, as asked for: it overrides the target a header's stamp records. */
    public Builder cApi(CApi v) {
      cApi = v;
      cApiGiven = true;
      return this;
    }

    /** The limited API version, as asked for: it overrides the one a header's stamp records. */
    public Builder limitedVersion(Version v) {
      limitedVersion = v;
      limitedVersionGiven = true;
      return this;
    }

    public Builder rustFfi(String v) {
      rustFfi = v;
      return this;
    }

    public Builder templatesDirectory(Optional<Path> v) {
      templatesDirectory = v;
      return this;
    }

    public Builder force(boolean v) {
      force = v;
      return this;
    }

    public Builder glue(boolean v) {
      glue = v;
      return this;
    }

    public Builder stubs(boolean v) {
      stubs = v;
      return this;
    }

    public Builder stubsDirectory(Optional<Path> v) {
      stubsDirectory = v;
      return this;
    }

    public Builder stubsModule(Optional<String> v) {
      stubsModule = v;
      return this;
    }

    public Builder allowOutsideProject(boolean v) {
      allowOutsideProject = v;
      return this;
    }

    public Builder defaultProjectRoot(Optional<Path> v) {
      defaultProjectRoot = v;
      return this;
    }

    public Builder checkDocstringWidth(boolean v) {
      checkDocstringWidth = v;
      return this;
    }

    /** Whether the target and the limited version count as asked for (see the record). */
    Builder given(boolean cApi, boolean limitedVersion) {
      cApiGiven = cApi;
      limitedVersionGiven = limitedVersion;
      return this;
    }

    public GenerateRequest build() {
      return new GenerateRequest(
          paths.build(),
          includes.build(),
          excludes.build(),
          cApi,
          limitedVersion,
          rustFfi,
          templatesDirectory,
          force,
          glue,
          stubs,
          stubsDirectory,
          stubsModule,
          allowOutsideProject,
          defaultProjectRoot,
          cApiGiven,
          limitedVersionGiven,
          checkDocstringWidth);
    }
  }
}
