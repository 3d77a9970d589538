package org.argclinic.resolve;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * The Python type a stub (.pyi) gives a parameter, read from what the converter parses: its format
 * unit, the C converter function of an {@code O&} unit, the type object of an {@code O!} unit.
 * Types are Python type expressions whose names outside builtins are written in full ({@code
 * typing.SupportsIndex}, {@code collections.abc.Buffer}); the stub stage imports them.
 *
 * <p>Types are spelled as typeshed spells them for CPython's own modules, so that stubs of
 * extension modules read like the standard library's:
 *
 * <ul>
 *   <li>every integer converter is {@code int}, as typeshed writes the integer parameters of zlib,
 *       binascii, array, _struct or _hashlib (most of them also take objects with {@code __index__}
 *       at run time; {@code typing.SupportsIndex} would admit those too, but typeshed keeps it for
 *       a few functions such as {@code math.comb});
 *   <li>the float converters call {@code __float__}, then {@code __index__} ({@code
 *       PyFloat_AsDouble}): {@code SupportsFloat | SupportsIndex}, as typeshed types math;
 *   <li>{@code Py_complex} also calls {@code __complex__}: {@code complex | SupportsComplex |
 *       SupportsFloat | SupportsIndex}, as typeshed types cmath;
 *   <li>the {@code bool} converters take any object's truth, but stubs say {@code bool}, the
 *       intent, as typeshed does.
 * </ul>
 */
public final class PythonTypes {
  private PythonTypes() {}

  public static final String INTEGER = "int";
  private static final String INDEX = "typing.SupportsIndex";
  public static final String BUFFER = "collections.abc.Buffer";
  public static final String FLOAT = "typing.SupportsFloat | " + INDEX;
  public static final String COMPLEX = "complex | typing.SupportsComplex | " + FLOAT;

  /** Format units whose parse alone decides the Python type. */
  private static final ImmutableMap<String, String> BY_FORMAT_UNIT =
      ImmutableMap.<String, String>builder()
          .put("b", INTEGER)
          .put("B", INTEGER)
          .put("h", INTEGER)
          .put("H", INTEGER)
          .put("i", INTEGER)
          .put("I", INTEGER)
          .put("l", INTEGER)
          .put("k", INTEGER)
          .put("L", INTEGER)
          .put("K", INTEGER)
          .put("n", INTEGER)
          .put("C", "str")
          .put("c", "bytes | bytearray")
          .put("p", "bool")
          .put("f", FLOAT)
          .put("d", FLOAT)
          .put("D", COMPLEX)
          .put("O", "object")
          .put("s", "str")
          .put("s#", "str | " + BUFFER)
          .put("z", "str | None")
          .put("z#", "str | " + BUFFER + " | None")
          .put("y", BUFFER)
          .put("y#", BUFFER)
          .put("es", "str")
          .put("es#", "str")
          .put("et", "str | bytes | bytearray")
          .put("et#", "str | bytes | bytearray")
          .put("U", "str")
          .put("S", "bytes")
          .put("Y", "bytearray")
          .put("u", "str")
          .put("u#", "str")
          .put("Z", "str | None")
          .put("Z#", "str | None")
          .put("y*", BUFFER)
          .put("w*", BUFFER)
          .put("s*", "str | " + BUFFER)
          .put("z*", "str | " + BUFFER + " | None")
          // units CPython's [python input] classes build from macros (pid_t, intptr_t, HANDLE)
          .put("\" _Py_PARSE_PID \"", INTEGER)
          .put("\" _Py_PARSE_INTPTR \"", INTEGER)
          .put("\" F_HANDLE \"", INTEGER)
          .put("\" F_POINTER \"", INTEGER)
          .build();

  /** C converter functions of {@code O&} units, CPython's and the public C API's. */
  private static final ImmutableMap<String, String> BY_C_CONVERTER =
      ImmutableMap.<String, String>builder()
          .put("_PyLong_UnsignedShort_Converter", INTEGER)
          .put("_PyLong_UnsignedInt_Converter", INTEGER)
          .put("_PyLong_UnsignedLong_Converter", INTEGER)
          .put("_PyLong_UnsignedLongLong_Converter", INTEGER)
          .put("_PyLong_Size_t_Converter", INTEGER)
          .put("_Py_convert_optional_to_ssize_t", INTEGER + " | None")
          .put("_Py_convert_optional_to_non_negative_ssize_t", INTEGER + " | None")
          .put("_PyEval_SliceIndexNotNone", INTEGER)
          .put("_PyEval_SliceIndex", INTEGER + " | None")
          .put("_PyLong_FileDescriptor_Converter", "_typeshed.FileDescriptorLike")
          .put("_PyUnicode_WideCharString_Converter", "str")
          .put("_PyUnicode_WideCharString_Opt_Converter", "str | None")
          .put("PyUnicode_FSConverter", "_typeshed.StrOrBytesPath")
          .put("PyUnicode_FSDecoder", "_typeshed.StrOrBytesPath")
          // CPython's own, named by its [python input] classes
          .put("_Py_Uid_Converter", INTEGER)
          .put("_Py_Gid_Converter", INTEGER)
          .put("_Py_Dev_Converter", INTEGER)
          .put("Py_off_t_converter", INTEGER)
          .put("time_clockid_converter", INTEGER)
          .put("_Py_Sigset_Converter", "collections.abc.Iterable[int]")
          .build();

  /** {@code O!} type objects of builtin types. */
  private static final ImmutableMap<String, String> BY_TYPE_OBJECT =
      ImmutableMap.<String, String>builder()
          .put("PyBaseObject_Type", "object")
          .put("PyLong_Type", "int")
          .put("PyBool_Type", "bool")
          .put("PyFloat_Type", "float")
          .put("PyComplex_Type", "complex")
          .put("PyUnicode_Type", "str")
          .put("PyBytes_Type", "bytes")
          .put("PyByteArray_Type", "bytearray")
          .put("PyMemoryView_Type", "memoryview")
          .put("PyTuple_Type", "tuple[typing.Any, ...]")
          .put("PyList_Type", "list[typing.Any]")
          .put("PyDict_Type", "dict[typing.Any, typing.Any]")
          .put("PySet_Type", "set[typing.Any]")
          .put("PyFrozenSet_Type", "frozenset[typing.Any]")
          .put("PyType_Type", "type")
          .put("PySlice_Type", "slice")
          .put("PyRange_Type", "range")
          .put("PyCode_Type", "types.CodeType")
          .put("PyFunction_Type", "types.FunctionType")
          .put("PyModule_Type", "types.ModuleType")
          .build();

  /**
   * The type of a parameter parsed with {@code formatUnit}; empty when the unit does not tell (an
   * {@code O&} with an unknown C function, an {@code O!} with a type object that is not a
   * builtin's, a unit argclinic does not know).
   */
  public static Optional<String> ofFormatUnit(
      String formatUnit, Optional<String> cConverter, Optional<String> subclassOf) {
    if (formatUnit.equals("O&")) {
      return cConverter.map(BY_C_CONVERTER::get);
    }
    if (formatUnit.equals("O!")) {
      return subclassOf.flatMap(PythonTypes::ofTypeObject);
    }
    return Optional.ofNullable(BY_FORMAT_UNIT.get(formatUnit));
  }

  /** The builtin type a C type object expression ({@code &PyLong_Type}) names, if any. */
  public static Optional<String> ofTypeObject(String expression) {
    return Optional.ofNullable(BY_TYPE_OBJECT.get(typeObjectName(expression)));
  }

  /**
   * The identifier at the end of a type object expression: {@code &PyLong_Type}, {@code
   * (PyTypeObject *)&Foo_Type} and {@code state->FooType} give {@code PyLong_Type}, {@code
   * Foo_Type} and {@code FooType}.
   */
  public static String typeObjectName(String expression) {
    String e = expression.strip();
    int end = e.length();
    while (end > 0 && (e.charAt(end - 1) == ')' || Character.isWhitespace(e.charAt(end - 1)))) {
      end--;
    }
    int start = end;
    while (start > 0 && (Character.isJavaIdentifierPart(e.charAt(start - 1)))) {
      start--;
    }
    return e.substring(start, end);
  }
}
