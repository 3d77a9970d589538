package org.argclinic.resolve;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.argclinic.resolve.Fixtures.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.stream.Stream;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.model.ConverterRef;
import org.argclinic.model.DefaultValue;
import org.argclinic.model.Parameter;
import org.argclinic.testing.Corpus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each standard converter's parse_arg snippet, finished as clinic finishes it, must occur verbatim
 * in the generated clinic/*.h file of the corpus for a real parameter that uses it.
 */
class CorpusSnippetTest {

  /** One real parameter of the corpus and where its parsing code sits. */
  record Case(
      String id,
      String header,
      String function,
      String param,
      ConverterRef ref,
      Optional<DefaultValue> dflt,
      String argname,
      String displayname,
      boolean limited,
      int indent) {
    @Override
    public String toString() {
      return id;
    }
  }

  static final String TC = "Modules/clinic/_testclinic.c.h";

  static Case c(
      String id,
      String header,
      String function,
      String param,
      ConverterRef ref,
      String argname,
      String displayname,
      int indent) {
    return new Case(
        id, header, function, param, ref, Optional.empty(), argname, displayname, false, indent);
  }

  static Case limited(
      String id,
      String header,
      String function,
      String param,
      ConverterRef ref,
      String argname,
      String displayname) {
    return new Case(
        id, header, function, param, ref, Optional.empty(), argname, displayname, true, 4);
  }

  static Stream<Case> cases() {
    return Stream.of(
        c("bool p", TC, "bool_converter", "a", ref("bool"), "args[0]", "argument 1", 4),
        c(
            "bool i",
            TC,
            "bool_converter",
            "c",
            ref("bool", "accept", types("int")),
            "args[2]",
            "argument 3",
            4),
        c("char c", TC, "char_converter", "a", ref("char"), "args[0]", "argument 1", 4),
        c(
            "unsigned_char b",
            TC,
            "unsigned_char_converter",
            "a",
            ref("unsigned_char"),
            "args[0]",
            "argument 1",
            4),
        c(
            "unsigned_char B",
            TC,
            "unsigned_char_converter",
            "c",
            ref("unsigned_char", "bitwise", bool(true)),
            "args[2]",
            "argument 3",
            4),
        c("short h", TC, "short_converter", "a", ref("short"), "args[0]", "argument 1", 4),
        c(
            "unsigned_short O&",
            TC,
            "unsigned_short_converter",
            "b",
            ref("unsigned_short", "bitwise", bool(false)),
            "args[1]",
            "argument 2",
            4),
        c(
            "unsigned_short H",
            TC,
            "unsigned_short_converter",
            "c",
            ref("unsigned_short", "bitwise", bool(true)),
            "args[2]",
            "argument 3",
            4),
        c("int i", TC, "int_converter", "a", ref("int"), "args[0]", "argument 1", 4),
        c(
            "int C",
            TC,
            "int_converter",
            "c",
            ref("int", "accept", types("str")),
            "args[2]",
            "argument 3",
            4),
        c(
            "unsigned_int O&",
            TC,
            "unsigned_int_converter",
            "a",
            ref("unsigned_int"),
            "args[0]",
            "argument 1",
            4),
        c(
            "unsigned_int I",
            TC,
            "unsigned_int_converter",
            "c",
            ref("unsigned_int", "bitwise", bool(true)),
            "args[2]",
            "argument 3",
            4),
        c("long l", TC, "long_converter", "a", ref("long"), "args[0]", "argument 1", 4),
        c(
            "unsigned_long O&",
            TC,
            "unsigned_long_converter",
            "a",
            ref("unsigned_long"),
            "args[0]",
            "argument 1",
            4),
        c(
            "unsigned_long k",
            TC,
            "unsigned_long_converter",
            "c",
            ref("unsigned_long", "bitwise", bool(true)),
            "args[2]",
            "argument 3",
            4),
        c(
            "long_long L",
            TC,
            "long_long_converter",
            "a",
            ref("long_long"),
            "args[0]",
            "argument 1",
            4),
        c(
            "unsigned_long_long O&",
            TC,
            "unsigned_long_long_converter",
            "a",
            ref("unsigned_long_long"),
            "args[0]",
            "argument 1",
            4),
        c(
            "unsigned_long_long K",
            TC,
            "unsigned_long_long_converter",
            "c",
            ref("unsigned_long_long", "bitwise", bool(true)),
            "args[2]",
            "argument 3",
            4),
        c(
            "Py_ssize_t n",
            TC,
            "py_ssize_t_converter",
            "a",
            ref("Py_ssize_t"),
            "args[0]",
            "argument 1",
            4),
        c(
            "Py_ssize_t optional",
            TC,
            "py_ssize_t_converter",
            "c",
            ref("Py_ssize_t", "accept", types("int", "NoneType")),
            "args[2]",
            "argument 3",
            4),
        c(
            "slice_index",
            TC,
            "slice_index_converter",
            "a",
            ref("slice_index"),
            "args[0]",
            "argument 1",
            4),
        c(
            "slice_index not None",
            TC,
            "slice_index_converter",
            "b",
            ref("slice_index", "accept", types("int")),
            "args[1]",
            "argument 2",
            4),
        c("size_t", TC, "size_t_converter", "a", ref("size_t"), "args[0]", "argument 1", 4),
        c("float f", TC, "float_converter", "a", ref("float"), "args[0]", "argument 1", 4),
        c("double d", TC, "double_converter", "a", ref("double"), "args[0]", "argument 1", 4),
        c("Py_complex D", TC, "py_complex_converter", "a", ref("Py_complex"), "arg", "argument", 4),
        c(
            "str s",
            "Modules/clinic/_codecsmodule.c.h",
            "lookup",
            "encoding",
            ref("str"),
            "arg",
            "argument",
            4),
        c(
            "PyBytesObject S",
            TC,
            "bytes_object_converter",
            "a",
            ref("PyBytesObject"),
            "arg",
            "argument",
            4),
        c(
            "PyByteArrayObject Y",
            TC,
            "byte_array_object_converter",
            "a",
            ref("PyByteArrayObject"),
            "arg",
            "argument",
            4),
        c("unicode U", TC, "unicode_converter", "a", ref("unicode"), "arg", "argument", 4),
        c(
            "Py_buffer w*",
            "Modules/_io/clinic/bufferedio.c.h",
            "readinto",
            "buffer",
            ref("Py_buffer", "accept", types("rwbuffer")),
            "arg",
            "argument",
            4),
        c(
            "fildes",
            "Modules/clinic/fcntlmodule.c.h",
            "fcntl",
            "fd",
            ref("fildes"),
            "args[0]",
            "argument 1",
            4),
        c(
            "str z",
            "Modules/clinic/_dbmmodule.c.h",
            "open",
            "flags",
            ref("str"),
            "args[1]",
            "argument 2",
            4),
        c(
            "Py_buffer y*",
            "Modules/clinic/binascii.c.h",
            "b2a_uu",
            "data",
            ref("Py_buffer"),
            "args[0]",
            "argument 1",
            4),
        c(
            "Py_buffer s*",
            "Modules/clinic/_codecsmodule.c.h",
            "escape_decode",
            "data",
            ref("Py_buffer", "accept", types("str", "buffer")),
            "args[0]",
            "argument 1",
            4),
        c(
            "object O",
            "Modules/clinic/_operator.c.h",
            "_compare_digest",
            "a",
            ref("object"),
            "args[0]",
            "argument 1",
            4),
        c(
            "object O! known type",
            "Modules/cjkcodecs/clinic/multibytecodec.c.h",
            "setstate",
            "statelong",
            ref("object", "type", str("PyLongObject *"), "subclass_of", str("&PyLong_Type")),
            "arg",
            "argument",
            4),
        c(
            "object O! any type",
            "Modules/clinic/_elementtree.c.h",
            "append",
            "subelement",
            ref("object", "subclass_of", str("clinic_state()->Element_Type")),
            "args[0]",
            "argument 1",
            4),
        c(
            "object O&",
            "Modules/clinic/_ssl.c.h",
            "_ssl__SSLSocket_get_channel_binding",
            "path",
            ref("object", "converter", str("PyUnicode_FSConverter")),
            "arg",
            "argument",
            4),
        limited(
            "double limited",
            "Modules/clinic/_statisticsmodule.c.h",
            "_normal_dist_inv_cdf",
            "p",
            ref("double"),
            "args[0]",
            "argument 1"),
        limited(
            "float limited",
            "Modules/clinic/_testclinic_limited.c.h",
            "my_float_sum",
            "x",
            ref("float"),
            "args[0]",
            "argument 1"),
        limited(
            "fildes limited",
            "Modules/clinic/_testclinic_limited.c.h",
            "get_file_descriptor",
            "fd",
            ref("fildes"),
            "arg",
            "argument"),
        limited(
            "unicode limited",
            "Modules/clinic/pwdmodule.c.h",
            "getpwnam",
            "name",
            ref("unicode"),
            "arg",
            "argument"),
        c(
            "Py_UNICODE",
            "PC/clinic/winreg.c.h",
            "ConnectRegistry",
            "computer_name",
            ref("Py_UNICODE", "accept", types("str", "NoneType")),
            "args[0]",
            "argument 1",
            4));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void snippetOccursInCorpus(Case k) throws IOException, DiagnosticException {
    String text = Files.readString(Corpus.tree().resolve(k.header()), StandardCharsets.UTF_8);
    ConverterRegistry reg = ConverterRegistry.standard();
    Parameter p = param(k.param(), k.ref(), k.dflt());
    CConverter conv = reg.resolve(function(k.function()), p);
    Optional<String> snippet = conv.parseArg(k.argname(), k.displayname(), k.limited());
    assertWithMessage("%s has inline parsing", k.id()).that(snippet.isPresent()).isTrue();
    String expected = indent(finish(snippet.get(), k.function()), k.indent());
    assertWithMessage("%s snippet in %s", k.id(), k.header()).that(text).contains(expected);
  }
}
