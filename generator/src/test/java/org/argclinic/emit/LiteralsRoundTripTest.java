package org.argclinic.emit;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.CApi;
import org.argclinic.model.Version;
import org.argclinic.run.GenerateRequest;
import org.argclinic.run.GenerateResult;
import org.argclinic.run.Generators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Docstrings, defaults and parameter names that C and Rust literals and identifiers must survive
 * (quotes, backslashes, trigraphs, control characters, non-ASCII, {@code *}{@code /}, very long
 * lines, C and Rust keywords, the glue's own locals), declared once and generated for the public,
 * limited and Rust targets, compiled (gcc -Wall -Wextra -Werror, cargo), imported, and checked from
 * Python: {@code __doc__} and {@code __text_signature__} equal the declared text, defaults arrive
 * as declared, every parameter keeps its Python name. What no target can write is refused with a
 * positioned error (see the refusal tests). Needs gcc, python3 and cargo.
 */
class LiteralsRoundTripTest {
  private static final String LONG_LINE = "L".repeat(70_000);

  /** One declared function: its docstring, its parameters (name, default source or null). */
  record Case(
      String name, String doc, List<String[]> params, boolean positionalOnly, String converter) {
    static Case doc(String name, String doc) {
      return new Case(name, doc, List.of(), true, "");
    }

    static Case dflt(String name, String converter, String source) {
      return new Case(name, "Doc.", List.<String[]>of(new String[] {"a", source}), true, converter);
    }

    static Case names(String name, String... params) {
      List<String[]> ps = new ArrayList<>();
      for (String p : params) {
        ps.add(new String[] {p, "None"});
      }
      return new Case(name, "Doc.", ps, false, "object");
    }

    String dsl() {
      StringBuilder b = new StringBuilder("/*[clinic input]\nlit." + name + "\n\n");
      for (String[] p : params) {
        b.append("    ")
            .append(p[0])
            .append(": ")
            .append(converter)
            .append(" = ")
            .append(p[1])
            .append('\n');
      }
      if (positionalOnly && !params.isEmpty()) {
        b.append("    /\n");
      }
      if (!params.isEmpty()) {
        b.append('\n');
      }
      return b.append(doc).append("\n[clinic start generated code]*/\n").toString();
    }
  }

  static final String STR = "str";
  static final String BYTES_LEN = "str(accept={robuffer, str}, zeroes=True)";

  static List<Case> cases() {
    return List.of(
        Case.doc("doc_quotes", "He said \"hi\" and 'bye'."),
        Case.doc("doc_backslashes", "C:\\path\\to \\n \\x41 \\\\ ends with a backslash\\"),
        Case.doc("doc_trigraphs", "??= ??/ ??' ??( ??) ??! ??< ??> ??- ???= end"),
        Case.doc("doc_controls", "form\ffeed\u000bvt\u0001one\u001besc\u007fdel\u0085nel"),
        Case.doc("doc_unicode", "\u00e9t\u00e9 \u6f22\u5b57 \uD83D\uDE00 \u2028sep \u00a0nbsp"),
        Case.doc("doc_long_line", LONG_LINE),
        Case.doc(
            "doc_template_syntax", "{name} {{x}} %s %d ${oops} <#list x as y> [#if] {c_basename}"),
        Case.doc("doc_multi", "Summary \"line\".\n\n  indented \\ line\n\nlast ??= line"),
        Case.dflt("def_quote", STR, "'say \"hi\"'"),
        Case.dflt("def_backslash", STR, "\"back\\\\slash \\\\n\""),
        Case.dflt("def_comment_end", STR, "\"*\\x2f end /\\x2a\""),
        Case.dflt("def_trigraph", STR, "\"??\\x3d ??/ ??(\""),
        Case.dflt("def_controls", STR, "\"tab\\there\\nnewline\\r\\x01\\x7f\""),
        Case.dflt("def_unicode", STR, "\"\\u00e9t\\u00e9 \\U0001F600 \\u2028\""),
        Case.dflt("def_long", STR, "\"" + "D".repeat(5000) + "\""),
        Case.dflt("def_nul_with_length", BYTES_LEN, "\"a\\x00b\\x001\""),
        Case.dflt("def_hex_digit_after_escape", BYTES_LEN, "\"\\x01" + "7\\x00a\""),
        Case.names(
            "names_c_keywords",
            "int",
            "default",
            "char",
            "void",
            "struct",
            "switch",
            "register",
            "unsigned",
            "restrict",
            "bool",
            "true",
            "false",
            "errno",
            "new",
            "this",
            "delete",
            "template",
            "unix",
            "alignas",
            "nullptr"),
        Case.names(
            "names_glue_locals",
            "args",
            "nargs",
            "kwnames",
            "return_value",
            "argsbuf",
            "_parser",
            "noptargs",
            "fastargs",
            "kwargs",
            "_keywords",
            "_value",
            "ival",
            "iobj",
            "_ret",
            "clinic",
            "ffi",
            "len",
            "ptr"),
        Case.names(
            "names_rust_keywords",
            "type",
            "match",
            "fn",
            "ref",
            "move",
            "impl",
            "loop",
            "mod",
            "crate",
            "super",
            "Self",
            "dyn",
            "let",
            "use",
            "where",
            "unsafe",
            "static",
            "const",
            "box",
            "do",
            "final",
            "gen",
            "abstract",
            "become",
            "override",
            "priv",
            "typeof",
            "unsized",
            "virtual",
            "macro",
            "union",
            "enum",
            "trait",
            "pub",
            "extern",
            "mut",
            "std",
            "core"));
  }

  // ---- C (public, limited) ----

  @Test
  void publicGlueCompilesAndRoundTrips(@TempDir Path dir) throws Exception {
    buildAndCheckC(dir, CApi.PUBLIC);
  }

  @Test
  void limitedGlueCompilesAndRoundTrips(@TempDir Path dir) throws Exception {
    buildAndCheckC(dir, CApi.LIMITED);
  }

  private static void buildAndCheckC(Path dir, CApi api) throws Exception {
    List<Case> cases = cases();
    StringBuilder src =
        new StringBuilder(
            "#define PY_SSIZE_T_CLEAN\n"
                + "#include <Python.h>\n"
                + "#include \"clinic/lit.c.h\"\n\n"
                + "/*[clinic input]\n"
                + "module lit\n"
                + "[clinic start generated code]*/\n\n");
    for (Case c : cases) {
      src.append(c.dsl()).append("{ BODY }\n\n");
    }
    src.append("static PyMethodDef methods[] = {\n");
    for (Case c : cases) {
      src.append("    LIT_").append(c.name().toUpperCase(Locale.ROOT)).append("_METHODDEF\n");
    }
    src.append(
        "    {NULL, NULL, 0, NULL}\n};\n\nstatic struct PyModuleDef def = {"
            + "PyModuleDef_HEAD_INIT, \"lit\", NULL, 0, methods, NULL, NULL, NULL, NULL};\n\n"
            + "PyMODINIT_FUNC PyInit_lit(void) { return PyModuleDef_Init(&def); }\n");
    Path file = dir.resolve("lit.c");
    Files.writeString(file, src, StandardCharsets.UTF_8);
    generate(file, api);
    // Each impl returns its arguments; its C parameter names are read from the generated signature.
    Pattern impl =
        Pattern.compile(
            "\\n"
                + "lit_(\\w+)_impl\\((PyObject \\*module[^)]*)\\)\\n"
                + "/\\*\\[clinic end[^\\n"
                + "]*\\n"
                + "\\{ BODY \\}");
    String text = Files.readString(file);
    Matcher m = impl.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      List<String[]> params = new ArrayList<>();
      Matcher p =
          Pattern.compile(",\\s*(const char \\*|PyObject \\*|Py_ssize_t )(\\w+)")
              .matcher(m.group(2));
      while (p.find()) {
        params.add(new String[] {p.group(1).strip(), p.group(2)});
      }
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group().replace("{ BODY }", cBody(params))));
    }
    m.appendTail(out);
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    assertThat(out.toString()).doesNotContain("{ BODY }");

    String include =
        run(
                dir,
                List.of(
                    "python3", "-c", "import sysconfig; print(sysconfig.get_paths()['include'])"))
            .strip();
    String suffix =
        run(
                dir,
                List.of(
                    "python3",
                    "-c",
                    "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))"))
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
    if (api == CApi.LIMITED) {
      gcc.add("-DPy_LIMITED_API=0x030a0000");
    }
    Path module = dir.resolve("lit" + suffix);
    gcc.addAll(List.of(file.toString(), "-o", module.toString()));
    run(dir, gcc);
    check(dir, module, cases);
  }

  /** The impl's body: a tuple of its arguments (a str for a pointer with or without a length). */
  private static String cBody(List<String[]> params) {
    if (params.isEmpty()) {
      return "{\n    (void)module;\n    Py_RETURN_NONE;\n}";
    }
    List<String> items = new ArrayList<>();
    for (int i = 0; i < params.size(); i++) {
      String[] p = params.get(i);
      if (p[0].equals("const char *")) {
        boolean withLength = i + 1 < params.size() && params.get(i + 1)[0].equals("Py_ssize_t");
        items.add(
            withLength
                ? "PyUnicode_DecodeUTF8(" + p[1] + ", " + params.get(++i)[1] + ", NULL)"
                : "PyUnicode_FromString(" + p[1] + ")");
      } else {
        items.add("Py_NewRef(" + p[1] + ")");
      }
    }
    StringBuilder b = new StringBuilder("{\n    (void)module;\n    PyObject *items[] = {");
    b.append(String.join(", ", items))
        .append(
            "};\n    size_t n = sizeof(items) / sizeof(items[0]);\n"
                + "    PyObject *t = PyTuple_New((Py_ssize_t)n);\n"
                + "    for (size_t i = 0; i < n; i++) {\n"
                + "        if (t == NULL || items[i] == NULL) {\n"
                + "            for (size_t j = i; j < n; j++) { Py_XDECREF(items[j]); }\n"
                + "            Py_XDECREF(t);\n            return NULL;\n        }\n"
                + "        PyTuple_SetItem(t, (Py_ssize_t)i, items[i]);\n    }\n    return t;\n}");
    return b.toString();
  }

  // ---- Rust ----

  @Test
  void rustGlueCompilesAndRoundTrips() throws Exception {
    List<Case> cases = cases();
    // a fixed folder: cargo keeps the compiled pyo3-ffi between runs
    Path crate = Paths.get("target", "literals-rust").toAbsolutePath();
    Files.createDirectories(crate.resolve("src"));
    Files.writeString(
        crate.resolve("Cargo.toml"),
        "[package]\n"
            + "name = \"lit\"\n"
            + "version = \"0.1.0\"\n"
            + "edition = \"2021\"\n"
            + "publish = false\n\n"
            + "[lib]\n"
            + "name = \"lit\"\n"
            + "crate-type = [\"cdylib\"]\n"
            + "path = \"src/lit.rs\"\n\n"
            + "[dependencies]\n"
            + "pyo3-ffi = \"0.30\"\n\n"
            + "[workspace]\n");
    Path lock = Paths.get("..", "examples", "rust", "Cargo.lock");
    Files.copy(lock, crate.resolve("Cargo.lock"), StandardCopyOption.REPLACE_EXISTING);
    StringBuilder src =
        new StringBuilder(
            "use pyo3_ffi as ffi;\ninclude!(\"clinic/lit.rs\");\n\n"
                + "/*[clinic input]\nmodule lit\n[clinic start generated code]*/\n\n");
    for (Case c : cases) {
      src.append(c.dsl()).append("{ BODY }\n\n");
    }
    src.append("static mut METHODS: [ffi::PyMethodDef; ")
        .append(cases.size() + 1)
        .append("] = [\n");
    for (Case c : cases) {
      src.append("    LIT_").append(c.name().toUpperCase(Locale.ROOT)).append("_METHODDEF,\n");
    }
    src.append(
        "    ffi::PyMethodDef::zeroed(),\n];\n\nstatic mut MODULE: ffi::PyModuleDef = "
            + "ffi::PyModuleDef { m_base: ffi::PyModuleDef_HEAD_INIT, m_name: c\"lit\".as_ptr(), "
            + "m_doc: std::ptr::null(), m_size: 0, m_methods: std::ptr::null_mut(), m_slots: "
            + "std::ptr::null_mut(), m_traverse: None, m_clear: None, m_free: None };\n\n"
            + "#[no_mangle]\npub unsafe extern \"C\" fn PyInit_lit() -> *mut ffi::PyObject {\n"
            + "    let def = &raw mut MODULE;\n    (*def).m_methods = (&raw mut METHODS).cast();\n"
            + "    ffi::PyModule_Create(def)\n}\n");
    Path file = crate.resolve("src/lit.rs");
    Files.writeString(file, src, StandardCharsets.UTF_8);
    Files.deleteIfExists(crate.resolve("src/clinic/lit.rs"));
    generate(file, CApi.PUBLIC);
    Pattern impl =
        Pattern.compile(
            "\\n"
                + "fn lit_(\\w+)_impl\\(([^\\n"
                + "]*)\\) -> [^\\n"
                + "]*\\n"
                + "/\\*\\[clinic end[^\\n"
                + "]*\\n"
                + "\\{ BODY \\}");
    String text = Files.readString(file);
    Matcher m = impl.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      List<String[]> params = new ArrayList<>();
      Matcher p =
          Pattern.compile(", ((?:r#)?\\w+): (&str|&\\[u8\\]|\\*mut clinic::ffi::PyObject)")
              .matcher(m.group(2));
      while (p.find()) {
        params.add(new String[] {p.group(2), p.group(1)});
      }
      m.appendReplacement(
          out, Matcher.quoteReplacement(m.group().replace("{ BODY }", rustBody(params))));
    }
    m.appendTail(out);
    Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    assertThat(out.toString()).doesNotContain("{ BODY }");
    String python =
        run(crate, List.of("python3", "-c", "import sys; print(sys.executable)")).strip();
    String built =
        run(
            crate,
            List.of("cargo", "build", "--release", "--quiet"),
            Map.of("PYO3_PYTHON", python));
    assertWithMessage(built).that(built).doesNotContain("warning");
    Path module = crate.resolve("target/lit.so");
    Files.copy(
        crate.resolve("target/release/liblit.so"), module, StandardCopyOption.REPLACE_EXISTING);
    check(crate, module, cases);
  }

  private static String rustBody(List<String[]> params) {
    StringBuilder b = new StringBuilder("{\n    let _ = module;\n    unsafe {\n");
    b.append("        let t = clinic::check(ffi::PyTuple_New(")
        .append(params.size())
        .append("))?;\n");
    for (int i = 0; i < params.size(); i++) {
      String[] p = params.get(i);
      String item =
          p[0].equals("*mut clinic::ffi::PyObject")
              ? "{ ffi::Py_IncRef(" + p[1] + "); " + p[1] + " }"
              : "ffi::PyUnicode_FromStringAndSize("
                  + p[1]
                  + ".as_ptr() as *const std::ffi::c_char, "
                  + p[1]
                  + ".len() as ffi::Py_ssize_t)";
      b.append("        ffi::PyTuple_SetItem(t, ")
          .append(i)
          .append(", ")
          .append(item)
          .append(");\n");
    }
    if (params.isEmpty()) {
      b.append(
          "        ffi::Py_DecRef(t);\n"
              + "        ffi::Py_IncRef(ffi::Py_None());\n"
              + "        Ok(ffi::Py_None())\n");
    } else {
      b.append("        Ok(t)\n");
    }
    return b.append("    }\n}").toString();
  }

  // ---- refusals ----

  private static final String HEAD =
      "/*[clinic input]\nmodule lit\n[clinic start generated code]*/\n\n";

  /**
   * Generates {@code dsl} (one function block, body-less) for {@code api}; returns its diagnostics.
   */
  private static List<Diagnostic> diagnostics(Path dir, String name, String dsl, CApi api)
      throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, HEAD + dsl, StandardCharsets.UTF_8);
    GenerateResult r = Generators.standard().generate(request(file, api));
    return r.diagnostics();
  }

  private static Diagnostic onlyError(List<Diagnostic> ds) {
    List<Diagnostic> errors = ds.stream().filter(Diagnostic::isError).collect(Collectors.toList());
    assertWithMessage(ds.toString()).that(errors).hasSize(1);
    return errors.get(0);
  }

  @Test
  void aNulInADocstringIsRefusedByEveryTarget(@TempDir Path dir) throws Exception {
    String dsl = "/*[clinic input]\nlit.f\n\nA NUL \0 here.\n[clinic start generated code]*/\n";
    for (CApi api : CApi.values()) {
      Diagnostic d = onlyError(diagnostics(dir, "nul.c", dsl, api));
      assertThat(d.line()).isEqualTo(6);
      assertThat(d.message()).contains("holds a NUL character, which ends a C string");
    }
    Diagnostic d = onlyError(diagnostics(dir, "nul.rs", dsl, CApi.PUBLIC));
    assertThat(d.message())
        .contains("no Rust glue for lit.f: the docstring of 'lit.f' holds a NUL");
  }

  @Test
  void aLoneSurrogateDefaultIsRefusedByEveryTarget(@TempDir Path dir) throws Exception {
    String dsl =
        "/*[clinic input]\nlit.f\n\n    a: str = \"x\\udc80\"\n    /\n\nDoc.\n"
            + "[clinic start generated code]*/\n";
    for (CApi api : CApi.values()) {
      Diagnostic d = onlyError(diagnostics(dir, "sur.c", dsl, api));
      assertThat(d.line()).isEqualTo(8);
      assertThat(d.column()).isEqualTo(5);
      assertThat(d.message())
          .isEqualTo(
              "the default of 'a' holds a lone surrogate (\\udc80)," + " which has no UTF-8 form");
    }
    Diagnostic d = onlyError(diagnostics(dir, "sur.rs", dsl, CApi.PUBLIC));
    assertThat(d.message()).contains("the default holds a lone surrogate (\\udc80)");
  }

  @Test
  void coreRefusesWhatCPythonWouldWriteAsBrokenC(@TempDir Path dir) throws Exception {
    for (String dflt :
        List.of("'say \"hi\"'", "\"C:\\\\temp\"", "\"two\\nlines\"", "\"??\\x3d\"")) {
      String dsl =
          "/*[clinic input]\nlit.f\n\n    a: str = "
              + dflt
              + "\n    /\n\nDoc.\n"
              + "[clinic start generated code]*/\n";
      Diagnostic d = onlyError(diagnostics(dir, "core.c", dsl, CApi.CORE));
      assertThat(d.line()).isEqualTo(8);
      assertThat(d.message())
          .startsWith(
              "the default of 'a' would be written between quotes"
                  + " without escapes, as CPython's clinic writes it");
      // the other targets escape it
      assertThat(diagnostics(dir, "core.c", dsl, CApi.PUBLIC)).isEmpty();
    }
    String doc =
        "/*[clinic input]\nlit.f\n\nWhat??! A trigraph.\n[clinic start generated code]*/\n";
    assertThat(onlyError(diagnostics(dir, "tri.c", doc, CApi.CORE)).message())
        .contains("holds the trigraph ??!, which C reads as another character");
    assertThat(diagnostics(dir, "tri.c", doc, CApi.PUBLIC)).isEmpty();
  }

  @Test
  void coreKeepsCPythonsOutputForDefaultsItWritesCorrectly(@TempDir Path dir) throws Exception {
    String dsl =
        "/*[clinic input]\nlit.f\n\n    a: str = \"it's */ caf\\u00e9 ?!\"\n    /\n\n"
            + "Doc \"quoted\".\n[clinic start generated code]*/\n";
    assertThat(diagnostics(dir, "ok.c", dsl, CApi.CORE)).isEmpty();
    String glue = Files.readString(dir.resolve("clinic/ok.c.h"));
    assertThat(glue).contains("    const char *a = \"it's */ caf\u00e9 ?!\";\n");
    assertThat(glue).contains("\"Doc \\\"quoted\\\".\");");
  }

  @Test
  void namesThatCannotBeCNamesAreRefusedWithAPlace(@TempDir Path dir) throws Exception {
    Map<String, String> clashes = new LinkedHashMap<>();
    clashes.put(
        "    x: " + BYTES_LEN + "\n    x_length: object\n",
        "the C name 'x_length' of parameter 'x_length' is already the length of 'x'");
    clashes.put(
        "    int: object\n    int_value: object\n",
        "the C name 'int_value' of parameter 'int_value' is already parameter 'int'");
    clashes.put(
        "    [\n    group_right_1: object\n    ]\n    /\n",
        "the C name 'group_right_1' of parameter 'group_right_1' is already the flag of an optional"
            + " group");
    for (Map.Entry<String, String> e : clashes.entrySet()) {
      String dsl =
          "/*[clinic input]\nlit.f\n\n" + e.getKey() + "\nDoc.\n[clinic start generated code]*/\n";
      for (CApi api : CApi.values()) {
        Diagnostic d = onlyError(diagnostics(dir, "clash.c", dsl, api));
        assertWithMessage(api + " " + e.getKey()).that(d.message()).startsWith(e.getValue());
        assertThat(d.column()).isEqualTo(5);
      }
    }
    // core's parse snippet declares 'long ival' in a block: the parameter would stay unset
    String hidden =
        "/*[clinic input]\nlit.f\n\n    ival: unsigned_char\n    /\n\nDoc.\n"
            + "[clinic start generated code]*/\n";
    assertThat(onlyError(diagnostics(dir, "hidden.c", hidden, CApi.CORE)).message())
        .startsWith(
            "the parsing code declares a local 'ival' of its own, which hides parameter 'ival'");
    // core writes CPython's names: 'restrict' would not compile
    String restrict =
        "/*[clinic input]\nlit.f\n\n    restrict: object\n\nDoc.\n"
            + "[clinic start generated code]*/\n";
    Diagnostic d = onlyError(diagnostics(dir, "restrict.c", restrict, CApi.CORE));
    assertThat(d.line()).isEqualTo(8);
    assertThat(d.message()).contains("name it in C with 'restrict as restrict_value: ...'");
    assertThat(diagnostics(dir, "restrict.c", restrict, CApi.PUBLIC)).isEmpty();
    assertThat(Files.readString(dir.resolve("restrict.c"))).contains("PyObject *restrict_value)");
    String keywordName =
        "/*[clinic input]\nlit.f as int\n\nDoc.\n[clinic start generated code]*/\n";
    assertThat(onlyError(diagnostics(dir, "asint.c", keywordName, CApi.PUBLIC)).message())
        .contains("'int', is a C keyword");
  }

  @Test
  void aSourceThatIsNotUtf8IsRefusedAtItsFirstBadByte(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latin1.c");
    byte[] head = (HEAD + "/*[clinic input]\nlit.f\n\nCaf").getBytes(StandardCharsets.UTF_8);
    byte[] tail =
        "\u00e9.\n[clinic start generated code]*/\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    Files.write(file, all);
    Diagnostic d =
        onlyError(Generators.standard().generate(request(file, CApi.PUBLIC)).diagnostics());
    assertThat(d.line()).isEqualTo(8);
    assertThat(d.column()).isEqualTo(4);
    assertThat(d.message()).startsWith("byte 0xe9 is not UTF-8");
    assertThat(d.sourceLine()).isEqualTo("Caf\uFFFD.");
    assertThat(Files.readAllBytes(file)).isEqualTo(all);
  }

  // ---- helpers ----

  private static GenerateRequest request(Path file, CApi api) {
    // the temporary directory is the project (no VCS root encloses it)
    return GenerateRequest.builder()
        .addPath(file)
        .cApi(api)
        .limitedVersion(new Version(3, 10))
        .defaultProjectRoot(Optional.of(file.getParent()))
        .build();
  }

  private static void generate(Path file, CApi api) throws IOException {
    GenerateResult r = Generators.standard().generate(request(file, api));
    List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
    assertWithMessage("generation failed: %s", errors).that(errors).isEmpty();
  }

  private static void check(Path dir, Path module, List<Case> cases) throws Exception {
    List<Map<String, Object>> expected = new ArrayList<>();
    for (Case c : cases) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("name", c.name());
      e.put("doc", c.doc());
      e.put("params", c.params());
      e.put("positional_only", c.positionalOnly());
      expected.add(e);
    }
    ObjectMapper json = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
    Path expectations = dir.resolve("expected.json");
    Files.writeString(expectations, json.writeValueAsString(expected));
    Path script = dir.resolve("literals_check.py");
    try (var in = LiteralsRoundTripTest.class.getResourceAsStream("literals_check.py")) {
      Files.write(script, in.readAllBytes());
    }
    String out =
        run(dir, List.of("python3", script.toString(), module.toString(), expectations.toString()));
    assertWithMessage(out).that(out).containsMatch("(?m)^\\d+ passed, 0 failed$");
  }

  private static String run(Path dir, List<String> command)
      throws IOException, InterruptedException {
    return run(dir, command, Map.of());
  }

  private static String run(Path dir, List<String> command, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("timed out: %s", command).that(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertWithMessage(
            "%s failed:\n%s", command.get(0), out.length() > 20000 ? out.substring(0, 20000) : out)
        .that(p.exitValue())
        .isEqualTo(0);
    return out;
  }
}
