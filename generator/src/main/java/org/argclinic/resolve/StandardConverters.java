package org.argclinic.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Arrays;
import java.util.Map;
import org.argclinic.model.Expr;

/**
 * Clinic 3.13's converters (libclinic/converters.py) and return converters
 * (libclinic/return_converters.py), registered in clinic's order so that the legacy format units
 * each class implies land as they do in clinic (first come, first served), and the converters and
 * arguments newer clinics added (uint8..uint64, Py_ssize_t's allow_negative).
 */
final class StandardConverters {
  private StandardConverters() {}

  private static final Expr TRUE = new Expr.Bool(true);

  private static Expr types(String... names) {
    return new Expr.SetLit(
        ImmutableList.copyOf(Arrays.stream(names).map(Expr.Name::new).iterator()));
  }

  static void register(ConverterRegistry.Registrar r) {
    r.converter("bool", "accept={object}", NumberConverters.Bool::new);
    r.converter("defining_class", "type=None", DefiningClassConverter::new);
    r.converter("char", "", NumberConverters.Char::new);
    r.converter("unsigned_char", "bitwise=False", NumberConverters.UnsignedChar::new);
    r.legacy("B", "unsigned_char", Map.of("bitwise", TRUE));
    r.converter("byte", "bitwise=False", NumberConverters.Byte::new);
    r.converter("short", "", NumberConverters.Short::new);
    r.converter("unsigned_short", "bitwise=False", NumberConverters.UnsignedShort::new);
    r.converter("int", "accept={int}, type=None", NumberConverters.Int::new);
    r.legacy("C", "int", Map.of("accept", types("str")));
    r.converter("unsigned_int", "bitwise=False", NumberConverters.UnsignedInt::new);
    r.converter("long", "", NumberConverters.Long::new);
    r.converter("unsigned_long", "bitwise=False", NumberConverters.UnsignedLong::new);
    r.converter("long_long", "", NumberConverters.LongLong::new);
    r.converter("unsigned_long_long", "bitwise=False", NumberConverters.UnsignedLongLong::new);
    r.converter("Py_ssize_t", "accept={int}, allow_negative=True", NumberConverters.PySsizeT::new);
    r.converter("slice_index", "accept={int, NoneType}", NumberConverters.SliceIndex::new);
    r.converter("size_t", "", NumberConverters.SizeT::new);
    r.converter("fildes", "", NumberConverters.Fildes::new);
    r.converter("float", "", NumberConverters.Float::new);
    r.converter("double", "", NumberConverters.Double::new);
    r.converter("Py_complex", "", NumberConverters.PyComplex::new);
    r.converter("object", "converter=None, type=None, subclass_of=None", ObjectConverter::new);
    r.converter("str", "accept={str}, encoding=None, zeroes=False", StringConverters.Str::new);
    // the str format units without an encoding are legacy converters too ('s' came with the class)
    r.legacy("s#", "str", ImmutableMap.of("accept", types("robuffer", "str"), "zeroes", TRUE));
    r.legacy("y", "str", ImmutableMap.of("accept", types("robuffer")));
    r.legacy("y#", "str", ImmutableMap.of("accept", types("robuffer"), "zeroes", TRUE));
    r.legacy("z", "str", ImmutableMap.of("accept", types("str", "NoneType")));
    r.legacy(
        "z#",
        "str",
        ImmutableMap.of("accept", types("robuffer", "str", "NoneType"), "zeroes", TRUE));
    r.converter("PyBytesObject", "", StringConverters.PyBytesObject::new);
    r.converter("PyByteArrayObject", "", StringConverters.PyByteArrayObject::new);
    r.converter("unicode", "", StringConverters.Unicode::new);
    r.converter("Py_UNICODE", "accept={str}, zeroes=False", StringConverters.PyUnicode::new);
    r.legacy(
        "Z#", "Py_UNICODE", ImmutableMap.of("accept", types("str", "NoneType"), "zeroes", TRUE));
    r.legacy("Z", "Py_UNICODE", ImmutableMap.of("accept", types("str", "NoneType")));
    r.legacy("u#", "Py_UNICODE", ImmutableMap.of("zeroes", TRUE));
    r.legacy("u", "Py_UNICODE", ImmutableMap.of());
    r.converter("Py_buffer", "accept={buffer}", StringConverters.PyBuffer::new);
    r.legacy("w*", "Py_buffer", ImmutableMap.of("accept", types("rwbuffer")));
    r.legacy("z*", "Py_buffer", ImmutableMap.of("accept", types("str", "buffer", "NoneType")));
    r.legacy("s*", "Py_buffer", ImmutableMap.of("accept", types("str", "buffer")));
    r.converter("self", "type=None", SelfConverter::new);
    // newer than 3.13: CPython 3.15 (gh-133583)
    r.converter("uint8", "", NumberConverters.UInt8::new);
    r.converter("uint16", "", NumberConverters.UInt16::new);
    r.converter("uint32", "", NumberConverters.UInt32::new);
    r.converter("uint64", "", NumberConverters.UInt64::new);

    r.returnConverter("object", CReturnConverter::new);
    r.returnConverter("bool", ReturnConverters.Bool::new);
    r.returnConverter("long", ReturnConverters.Long::new);
    r.returnConverter("int", ReturnConverters.Int::new);
    r.returnConverter("unsigned_long", ReturnConverters.UnsignedLong::new);
    r.returnConverter("unsigned_int", ReturnConverters.UnsignedInt::new);
    r.returnConverter("Py_ssize_t", ReturnConverters.PySsizeT::new);
    r.returnConverter("size_t", ReturnConverters.SizeT::new);
    r.returnConverter("double", ReturnConverters.Double::new);
    r.returnConverter("float", ReturnConverters.Float::new);
  }
}
