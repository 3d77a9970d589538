package org.argclinic.parse;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argclinic.diag.Diagnostic;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.Expr;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.model.FunctionKind;
import org.argclinic.model.Parameter;
import org.argclinic.model.PythonBlock;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.SourceLanguage;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DslParserCorpusTest {
  private static final Map<Path, FileModel> MODELS = new LinkedHashMap<>();

  /** Corpus.sourceFiles() (.c and .h) and the C++ sources that hold blocks too. */
  static List<Path> sources() throws Exception {
    List<Path> files = new ArrayList<>(Corpus.sourceFiles());
    for (String dir : List.of("Modules", "Objects", "Python", "PC")) {
      try (var walk = Files.walk(Corpus.tree().resolve(dir))) {
        walk.filter(
                p ->
                    p.toString().endsWith(".cpp")
                        || p.toString().endsWith(".cc")
                        || p.toString().endsWith(".hpp"))
            .forEach(files::add);
      }
    }
    return files;
  }

  @BeforeAll
  static void parseCorpus() throws Exception {
    for (Path p : sources()) {
      if (p.getParent().getFileName().toString().equals("clinic")) {
        continue;
      }
      String text = Files.readString(p, StandardCharsets.UTF_8);
      FileModel model = DslParser.parse(Scanner.scan(p.toString(), SourceLanguage.C, text));
      if (!model.blocks().isEmpty()) {
        MODELS.put(Corpus.tree().relativize(p), model);
      }
    }
  }

  @Test
  void everyCorpusFileParsesWithoutErrors() {
    List<String> errors = new ArrayList<>();
    int functions = 0;
    for (FileModel m : MODELS.values()) {
      for (Diagnostic d : m.diagnostics()) {
        if (d.isError()) {
          errors.add(d.header());
        }
      }
      functions += m.functions().size();
    }
    assertThat(errors).isEmpty();
    // 137 C files and PC/_wmimodule.cpp.
    assertThat(MODELS).hasSize(138);
    // Exactly as many functions (clones included) as CPython's own clinic creates from them.
    assertThat(functions).isEqualTo(2120);
  }

  /** CPython's golden file, with its many unusual declarations, reads like the corpus. */
  @Test
  void clinicTestGoldenFileParses() throws Exception {
    Path golden = Corpus.tree().resolve("Lib/test/clinic.test.c");
    FileModel m =
        DslParser.parse(
            Scanner.scan(
                golden.toString(),
                SourceLanguage.C,
                Files.readString(golden, StandardCharsets.UTF_8)));
    assertThat(m.diagnostics()).isEmpty();
    assertThat(m.blocks()).hasSize(101); // 100 [clinic input] blocks and one [python input]
    // What CPython's clinic creates from it.
    assertThat(m.functions()).hasSize(92);
  }

  private static Function function(String file, String fullName) {
    return function(file, fullName, null);
  }

  private static Function function(String file, String fullName, FunctionKind kind) {
    FileModel m = MODELS.get(Path.of(file));
    assertThat(m).isNotNull();
    return m.functions().stream()
        .filter(f -> f.fullName().equals(fullName))
        .filter(f -> kind == null || f.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError(fullName + " not in " + file));
  }

  private static List<String> describe(Function f) {
    List<String> out = new ArrayList<>();
    for (Parameter p : f.parameters()) {
      out.add(
          p.name()
              + ":"
              + p.kind()
              + ":"
              + p.converter().name()
              + ":"
              + p.group()
              + p.defaultValue().map(d -> "=" + d.text()).orElse(""));
    }
    return out;
  }

  @Test
  void bz2CompressorCompress() {
    Function f = function("Modules/_bz2module.c", "_bz2.BZ2Compressor.compress");
    assertThat(f.kind()).isEqualTo(FunctionKind.METHOD);
    assertThat(f.module()).isEqualTo("_bz2");
    assertThat(f.className()).hasValue("BZ2Compressor");
    assertThat(f.cName()).isEqualTo("_bz2_BZ2Compressor_compress");
    assertThat(describe(f)).containsExactly("data:POSITIONAL_ONLY:Py_buffer:0");
    assertThat(f.docstring()).startsWith("Provide data to the compressor object.\n\n");
  }

  @Test
  void osStat() {
    Function f = function("Modules/posixmodule.c", "os.stat");
    assertThat(f.kind()).isEqualTo(FunctionKind.PLAIN);
    assertThat(describe(f))
        .containsExactly(
            "path:POSITIONAL_OR_KEYWORD:path_t:0",
            "dir_fd:KEYWORD_ONLY:dir_fd:0=None",
            "follow_symlinks:KEYWORD_ONLY:bool:0=True")
        .inOrder();
    ConverterRef path = f.parameters().get(0).converter();
    assertThat(path.called()).isTrue();
    assertThat(path.argumentTexts()).containsExactly("allow_fd", "True");
    assertThat(path.arguments().get("allow_fd")).isEqualTo(new Expr.Bool(true));
    assertThat(f.parameters().get(0).docstring()).startsWith("Path to be examined;");
  }

  @Test
  void builtinPrint() {
    Function f = function("Python/bltinmodule.c", "print");
    assertThat(f.cName()).isEqualTo("builtin_print");
    assertThat(f.module()).isEmpty();
    assertThat(describe(f))
        .containsExactly(
            "args:VAR_POSITIONAL:object:0",
            "sep:KEYWORD_ONLY:object:0=' '",
            "end:KEYWORD_ONLY:object:0='\\n'",
            "file:KEYWORD_ONLY:object:0=None",
            "flush:KEYWORD_ONLY:bool:0=False")
        .inOrder();
    assertThat(f.parameters().get(2).defaultValue().get().expr()).isEqualTo(new Expr.Str("\n"));
  }

  @Test
  void dictFromkeysIsAClassMethod() {
    Function f = function("Objects/dictobject.c", "dict.fromkeys");
    assertThat(f.kind()).isEqualTo(FunctionKind.CLASSMETHOD);
    assertThat(f.hasDecorator("classmethod")).isTrue();
    assertThat(f.module()).isEmpty();
    assertThat(f.className()).hasValue("dict");
    assertThat(describe(f))
        .containsExactly("iterable:POSITIONAL_ONLY:object:0", "value:POSITIONAL_ONLY:object:0=None")
        .inOrder();
  }

  @Test
  void blake2bNew() {
    Function f = function("Modules/_blake2/blake2b_impl.c", "_blake2.blake2b.__new__");
    assertThat(f.kind()).isEqualTo(FunctionKind.NEW);
    assertThat(f.name()).isEqualTo("__new__");
    assertThat(f.cName()).isEqualTo("py_blake2b_new");
    assertThat(describe(f).get(1))
        .isEqualTo("digest_size:KEYWORD_ONLY:int:0=_blake2.blake2b.MAX_DIGEST_SIZE");
    assertThat(f.parameters().get(1).converter().argumentTexts())
        .containsExactly("c_default", "\"BLAKE2B_OUTBYTES\"");
  }

  @Test
  void getterAndSetter() {
    Function getter = function("Modules/_io/bufferedio.c", "_io._Buffered.closed");
    assertThat(getter.kind()).isEqualTo(FunctionKind.GETTER);
    assertThat(getter.parameters()).isEmpty();
    Function setter =
        function("Modules/_io/textio.c", "_io.TextIOWrapper._CHUNK_SIZE", FunctionKind.SETTER);
    assertThat(setter.kind()).isEqualTo(FunctionKind.SETTER);
    assertThat(setter.decorators().stream().map(d -> d.name()).toList())
        .containsExactly("critical_section", "setter")
        .inOrder();
  }

  @Test
  void clonedFunctionCopiesTheParameters() {
    Function f = function("Modules/_sqlite/connection.c", "_sqlite3.connect");
    assertThat(f.clonedFrom()).hasValue("_sqlite3.Connection.__init__");
    assertThat(f.kind()).isEqualTo(FunctionKind.PLAIN);
    assertThat(f.cName()).isEqualTo("pysqlite_connect");
    assertThat(f.returnConverter().name()).isEqualTo("object");
    assertThat(describe(f)).hasSize(9);
    assertThat(describe(f).get(8))
        .isEqualTo("autocommit:KEYWORD_ONLY:Autocommit:0=sqlite3.LEGACY_TRANSACTION_CONTROL");
    assertThat(f.docstring()).startsWith("Open a connection to the SQLite database file");
  }

  @Test
  void optionalGroupsAreNumberedAsClinicDoes() {
    Function f = function("Modules/_cursesmodule.c", "_curses.window.addch");
    assertThat(describe(f))
        .containsExactly(
            "y:POSITIONAL_ONLY:int:-1",
            "x:POSITIONAL_ONLY:int:-1",
            "ch:POSITIONAL_ONLY:object:0",
            "attr:POSITIONAL_ONLY:long:1=_curses.A_NORMAL")
        .inOrder();
  }

  @Test
  void pythonBlocksDeclareConverterClasses() {
    FileModel m = MODELS.get(Path.of("Modules/_lzmamodule.c"));
    List<PythonBlock.ConverterClass> classes =
        m.blocks().stream()
            .flatMap(b -> b.python().stream())
            .flatMap(p -> p.converterClasses().stream())
            .toList();
    assertThat(classes.stream().map(PythonBlock.ConverterClass::name).toList())
        .containsExactly("lzma_vli_converter", "lzma_filter_converter")
        .inOrder();
    PythonBlock.ConverterClass filter = classes.get(1);
    assertThat(filter.base()).isEqualTo("CConverter");
    assertThat(filter.attributes())
        .containsEntry("c_ignored_default", new Expr.Str("{LZMA_VLI_UNKNOWN, NULL}"));
    assertThat(filter.attributes())
        .containsEntry("c_default", new Expr.Str("{LZMA_VLI_UNKNOWN, NULL}"));
    assertThat(filter.methods()).containsExactly("cleanup");
  }

  /**
   * The C name of self in an __init__ wrapper: an explicit self's (converter {@code self} or a
   * {@code [python input]} subclass of self_converter), else {@code self}.
   */
  private static String selfName(FileModel m, Function f) {
    List<String> selfConverters = new ArrayList<>(List.of("self"));
    m.blocks().stream()
        .flatMap(b -> b.python().stream())
        .flatMap(p -> p.converterClasses().stream())
        .filter(c -> c.base().equals("self_converter"))
        .forEach(c -> selfConverters.add(c.converterName()));
    return f.parameters().stream()
        .limit(1)
        .filter(p -> selfConverters.contains(p.converter().name()))
        .map(Parameter::cName)
        .findFirst()
        .orElse("self");
  }

  /** Modules/_winapi.c makes converters with a factory function; they are read without Python. */
  @Test
  void converterFactoryCallsDeclareConverters() {
    FileModel m = MODELS.get(Path.of("Modules/_winapi.c"));
    PythonBlock py = m.blocks().stream().flatMap(b -> b.python().stream()).findFirst().get();
    assertThat(py.otherCode()).isFalse();
    assertThat(
            py.converterClasses().stream().map(PythonBlock.ConverterClass::converterName).toList())
        .containsAtLeast(
            "HANDLE",
            "HMODULE",
            "LPSECURITY_ATTRIBUTES",
            "LPCVOID",
            "BOOL",
            "DWORD",
            "UINT",
            "LPCWSTR",
            "HANDLE")
        .inOrder();
    PythonBlock.ConverterClass handle = py.converterClasses().get(0);
    assertThat(handle.name()).isEqualTo("HANDLE_converter");
    assertThat(handle.base()).isEqualTo("CConverter");
    assertThat(handle.attributes())
        .containsExactly(
            "type", new Expr.Str("HANDLE"), "format_unit", new Expr.Str("\" F_HANDLE \""))
        .inOrder();
    assertThat(handle.methods()).isEmpty();
  }

  /**
   * Every function the model holds is one CPython's clinic generated glue for: a METHODDEF or
   * GETSETDEF macro of that C name and Python name (with METH_CLASS / METH_STATIC as the kind
   * says), or a __new__ / __init__ wrapper of that C name.
   */
  @Test
  void everyFunctionMatchesTheGeneratedOutput() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Path, FileModel> e : MODELS.entrySet()) {
      StringBuilder generated = new StringBuilder();
      e.getValue().blocks().forEach(b -> generated.append(b.block().output()));
      Path clinicDir = Corpus.tree().resolve(e.getKey()).resolveSibling("clinic");
      if (Files.isDirectory(clinicDir)) {
        try (var files = Files.list(clinicDir)) {
          for (Path h : (Iterable<Path>) files::iterator) {
            generated.append(Files.readString(h, StandardCharsets.UTF_8));
          }
        }
      }
      String out = generated.toString();
      for (Function f : e.getValue().functions()) {
        String upper = f.cName().toUpperCase(Locale.ROOT);
        String expected =
            switch (f.kind()) {
              case NEW -> f.cName() + "(PyTypeObject *type, PyObject *args, PyObject *kwargs)";
              case INIT ->
                  f.cName()
                      + "(PyObject *"
                      + selfName(e.getValue(), f)
                      + ", PyObject *args, PyObject *kwargs)";
              case GETTER ->
                  upper + "_GETSETDEF {\"" + f.name() + "\", (getter)" + f.cName() + "_get";
              case SETTER -> upper + "_GETSETDEF {\"" + f.name() + "\", (getter)";
              default -> "#define " + upper + "_METHODDEF    \\\n    {\"" + f.name() + "\", ";
            };
        int at = out.indexOf(expected);
        if (at < 0 && f.kind() == FunctionKind.SETTER) {
          expected = upper + "_GETSETDEF {\"" + f.name() + "\", NULL, (setter)";
          at = out.indexOf(expected);
        }
        if (at < 0) {
          problems.add(e.getKey() + ": " + f.fullName() + ": no " + expected);
          continue;
        }
        if (f.kind() == FunctionKind.CLASSMETHOD
            || f.kind() == FunctionKind.STATICMETHOD
            || f.kind() == FunctionKind.METHOD
            || f.kind() == FunctionKind.PLAIN) {
          String def = out.substring(at, out.indexOf("},", at));
          boolean isClass = def.contains("METH_CLASS");
          boolean isStatic = def.contains("METH_STATIC");
          if (isClass != (f.kind() == FunctionKind.CLASSMETHOD)
              || isStatic != (f.kind() == FunctionKind.STATICMETHOD)) {
            problems.add(e.getKey() + ": " + f.fullName() + ": " + f.kind() + " but " + def);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }
}
