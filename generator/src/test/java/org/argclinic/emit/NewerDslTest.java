package org.argclinic.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.CApi;
import org.argclinic.model.Version;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.GenerateResult;
import org.argclinic.run.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DSL that CPython's clinic gained after 3.13, as argclinic's public, limited and Rust targets
 * build it: the fixed-width converters {@code uint8}..{@code uint64} (gh-133583), {@code
 * Py_ssize_t(allow_negative=False)} (gh-135763) and the docstring-width decorators
 * {@code @permit_long_summary} / {@code @permit_long_docstring_body} (gh-137623). One module,
 * compiled (gcc -Wall -Wextra -Werror, cargo), imported and called by {@code newer_dsl_check.py},
 * which holds what CPython 3.15's own glue gives for each call (result or exception type and
 * message) and each {@code __text_signature__}. The public C glue is also built for every CPython
 * 3.9-3.13 that pyenv has. Needs gcc, python3 and cargo.
 */
class NewerDslTest {
  private static final String HEAD =
      "/*[clinic input]\nmodule fw\n[clinic start generated code]*/\n\n";

  /** name, DSL parameters, C body, Rust body. */
  private static final String[][] FUNCTIONS = {
    {
      "u8",
      "    x: uint8\n    /\n",
      "PyLong_FromUnsignedLongLong((unsigned long long)x)",
      "ffi::PyLong_FromUnsignedLongLong(x as u64)"
    },
    {
      "u16",
      "    x: uint16 = 7\n",
      "PyLong_FromUnsignedLongLong((unsigned long long)x)",
      "ffi::PyLong_FromUnsignedLongLong(x as u64)"
    },
    {
      "u32",
      "    x: uint32\n    /\n",
      "PyLong_FromUnsignedLongLong((unsigned long long)x)",
      "ffi::PyLong_FromUnsignedLongLong(x as u64)"
    },
    {
      "u64",
      "    x: uint64\n    /\n",
      "PyLong_FromUnsignedLongLong((unsigned long long)x)",
      "ffi::PyLong_FromUnsignedLongLong(x as u64)"
    },
    {
      "nonneg",
      "    count as n_items: Py_ssize_t(allow_negative=False)\n",
      "PyLong_FromSsize_t(n_items)",
      "ffi::PyLong_FromSsize_t(n_items)"
    },
    {
      "nonneg_opt",
      "    n: Py_ssize_t(accept={int, NoneType}, allow_negative=False, c_default='-1')"
          + " = None\n",
      "PyLong_FromSsize_t(n)",
      "ffi::PyLong_FromSsize_t(n)"
    },
  };

  private static final String LONG_DOC =
      "/*[clinic input]\n"
          + "@permit_long_summary\n"
          + "@permit_long_docstring_body\n"
          + "fw.long_doc\n\n"
          + "A summary line that is longer than seventy-six characters, which @permit_long_summary"
          + " lets through.\n\n"
          + "A body line that is longer than seventy-six characters, which"
          + " @permit_long_docstring_body permits.\n"
          + "[clinic start generated code]*/\n";

  private static String cSource() {
    StringBuilder src =
        new StringBuilder(
                "#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n"
                    + "#include \"clinic/fw.c.h\"\n\n")
            .append(HEAD);
    for (String[] f : FUNCTIONS) {
      src.append("/*[clinic input]\nfw.")
          .append(f[0])
          .append("\n\n")
          .append(f[1])
          .append("\nDoc.\n[clinic start generated code]*/\n{\n    (void)module;\n    return ")
          .append(f[2])
          .append(";\n}\n\n");
    }
    src.append(LONG_DOC).append("{\n    (void)module;\n    Py_RETURN_NONE;\n}\n\n");
    src.append("static PyMethodDef methods[] = {\n");
    for (String name : names()) {
      src.append("    FW_").append(name.toUpperCase(Locale.ROOT)).append("_METHODDEF\n");
    }
    return src.append(
            "    {NULL, NULL, 0, NULL}\n};\n\nstatic struct PyModuleDef def = {"
                + "PyModuleDef_HEAD_INIT, \"fw\", NULL, 0, methods, NULL, NULL, NULL, NULL};\n\n"
                + "PyMODINIT_FUNC PyInit_fw(void) { return PyModuleDef_Init(&def); }\n")
        .toString();
  }

  private static List<String> names() {
    List<String> names = new ArrayList<>();
    for (String[] f : FUNCTIONS) {
      names.add(f[0]);
    }
    names.add("long_doc");
    return names;
  }

  @Test
  void publicGlueBehavesAsCPython315sOnEveryPython(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fw.c");
    Files.writeString(file, cSource(), StandardCharsets.UTF_8);
    generate(file, CApi.PUBLIC);
    String header = Files.readString(dir.resolve("clinic/fw.c.h"));
    assertThat(header).doesNotContain("_PyLong_UInt");
    List<String> pythons = new ArrayList<>(List.of("python3"));
    for (String v : List.of("3.9", "3.10", "3.11", "3.12", "3.13")) {
      try (var versions =
          Files.list(Paths.get(System.getProperty("user.home"), ".pyenv", "versions"))) {
        versions
            .filter(p -> p.getFileName().toString().startsWith(v + "."))
            .map(p -> p.resolve("bin/python" + v))
            .filter(Files::isExecutable)
            .findFirst()
            .ifPresent(p -> pythons.add(p.toString()));
      } catch (IOException e) {
        // no pyenv: the default python3 alone
      }
    }
    for (String python : pythons) {
      Path module = buildC(dir, file, python, Optional.empty());
      check(dir, python, module);
    }
  }

  @Test
  void limitedGlueBehavesAsCPython315s(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("fw.c");
    Files.writeString(file, cSource(), StandardCharsets.UTF_8);
    generate(file, CApi.LIMITED);
    check(dir, "python3", buildC(dir, file, "python3", Optional.of("0x030a0000")));
  }

  @Test
  void rustGlueBehavesAsCPython315s() throws Exception {
    // a fixed folder: cargo keeps the compiled pyo3-ffi between runs
    Path crate = Paths.get("target", "newer-dsl-rust").toAbsolutePath();
    Files.createDirectories(crate.resolve("src"));
    Files.writeString(
        crate.resolve("Cargo.toml"),
        "[package]\n"
            + "name = \"fw\"\n"
            + "version = \"0.1.0\"\n"
            + "edition = \"2021\"\n"
            + "publish = false\n\n"
            + "[lib]\n"
            + "name = \"fw\"\n"
            + "crate-type = [\"cdylib\"]\n"
            + "path = \"src/fw.rs\"\n\n"
            + "[dependencies]\n"
            + "pyo3-ffi = \"0.30\"\n\n"
            + "[workspace]\n");
    Files.copy(
        Paths.get("..", "examples", "rust", "Cargo.lock"),
        crate.resolve("Cargo.lock"),
        StandardCopyOption.REPLACE_EXISTING);
    StringBuilder src =
        new StringBuilder("use pyo3_ffi as ffi;\ninclude!(\"clinic/fw.rs\");\n\n").append(HEAD);
    for (String[] f : FUNCTIONS) {
      src.append("/*[clinic input]\nfw.")
          .append(f[0])
          .append("\n\n")
          .append(f[1])
          .append("\nDoc.\n[clinic start generated code]*/\n{\n    Ok(unsafe { ")
          .append(f[3])
          .append(" })\n}\n\n");
    }
    src.append(LONG_DOC)
        .append(
            "{\n    unsafe {\n        ffi::Py_IncRef(ffi::Py_None());\n"
                + "        Ok(ffi::Py_None())\n    }\n}\n\n");
    List<String> names = names();
    src.append("static mut METHODS: [ffi::PyMethodDef; ")
        .append(names.size() + 1)
        .append("] = [\n");
    for (String name : names) {
      src.append("    FW_").append(name.toUpperCase(Locale.ROOT)).append("_METHODDEF,\n");
    }
    src.append(
        "    ffi::PyMethodDef::zeroed(),\n];\n\nstatic mut MODULE: ffi::PyModuleDef = "
            + "ffi::PyModuleDef { m_base: ffi::PyModuleDef_HEAD_INIT, m_name: c\"fw\".as_ptr(), "
            + "m_doc: std::ptr::null(), m_size: 0, m_methods: std::ptr::null_mut(), m_slots: "
            + "std::ptr::null_mut(), m_traverse: None, m_clear: None, m_free: None };\n\n"
            + "#[no_mangle]\npub unsafe extern \"C\" fn PyInit_fw() -> *mut ffi::PyObject {\n"
            + "    let def = &raw mut MODULE;\n    (*def).m_methods = (&raw mut METHODS).cast();\n"
            + "    ffi::PyModule_Create(def)\n}\n");
    Path file = crate.resolve("src/fw.rs");
    Files.writeString(file, src, StandardCharsets.UTF_8);
    Files.deleteIfExists(crate.resolve("src/clinic/fw.rs"));
    generate(file, CApi.PUBLIC);
    String python =
        run(crate, List.of("python3", "-c", "import sys; print(sys.executable)"), Map.of()).strip();
    String built =
        run(
            crate,
            List.of("cargo", "build", "--release", "--quiet"),
            Map.of("PYO3_PYTHON", python));
    assertWithMessage(built).that(built).doesNotContain("warning");
    Path module = crate.resolve("target/fw.so");
    Files.copy(
        crate.resolve("target/release/libfw.so"), module, StandardCopyOption.REPLACE_EXISTING);
    check(crate, "python3", module);
  }

  private static Path buildC(Path dir, Path file, String python, Optional<String> limited)
      throws Exception {
    String include =
        run(
                dir,
                List.of(python, "-c", "import sysconfig; print(sysconfig.get_paths()['include'])"),
                Map.of())
            .strip();
    String suffix =
        run(
                dir,
                List.of(
                    python,
                    "-c",
                    "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"),
                Map.of())
            .strip();
    List<String> gcc =
        new ArrayList<>(
            List.of(
                "gcc",
                "-std=c11",
                "-O2",
                "-fPIC",
                "-shared",
                "-Wall",
                "-Wextra",
                "-Werror",
                "-I" + include));
    limited.ifPresent(v -> gcc.add("-DPy_LIMITED_API=" + v));
    Path module = dir.resolve("fw" + suffix);
    gcc.addAll(List.of(file.toString(), "-o", module.toString()));
    run(dir, gcc, Map.of());
    return module;
  }

  private static void generate(Path file, CApi api) throws IOException {
    GenerateRequest request =
        GenerateRequest.builder()
            .addPath(file)
            .cApi(api)
            .limitedVersion(new Version(3, 10))
            .checkDocstringWidth(true)
            .defaultProjectRoot(Optional.of(file.getParent()))
            .build();
    GenerateResult r = Generators.standard().generate(request);
    assertWithMessage("generation: %s", r.diagnostics()).that(r.diagnostics()).isEmpty();
  }

  private static void check(Path dir, String python, Path module) throws Exception {
    Path script = dir.resolve("newer_dsl_check.py");
    try (var in = NewerDslTest.class.getResourceAsStream("newer_dsl_check.py")) {
      Files.write(script, in.readAllBytes());
    }
    String out = run(dir, List.of(python, script.toString(), module.toString()), Map.of());
    assertWithMessage("%s: %s", python, out).that(out).containsMatch("(?m)^\\d+ passed, 0 failed$");
  }

  private static String run(Path dir, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("timed out: %s", command).that(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertWithMessage("%s failed:\n%s", command.get(0), out).that(p.exitValue()).isEqualTo(0);
    return out;
  }

  /** Diagnostics of one generation, for the refusal tests. */
  static List<Diagnostic> diagnostics(Path file, CApi api) throws IOException {
    GenerateRequest request =
        GenerateRequest.builder()
            .addPath(file)
            .cApi(api)
            .defaultProjectRoot(Optional.of(file.getParent()))
            .build();
    return Generators.standard().generate(request).diagnostics();
  }
}
