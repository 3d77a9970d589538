package org.argclinic.resolve;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The legal argument sets of the standard converters whose arguments combine in fixed ways, each as
 * it is written in the DSL with what it accepts: shown by a refused combination's error and by
 * {@code argclinic converters --verbose}.
 */
public final class ConverterForms {
  private ConverterForms() {}

  /** One legal way to call a converter: the DSL text, and what the parameter then accepts. */
  public record Form(String text, String meaning) {
    @Override
    public String toString() {
      return String.format("%-46s %s", text, meaning);
    }
  }

  private static final ImmutableMap<String, ImmutableList<Form>> FORMS = build();

  private static ImmutableMap<String, ImmutableList<Form>> build() {
    Map<String, ImmutableList<Form>> m = new LinkedHashMap<>();
    m.put(
        "bool",
        ImmutableList.of(
            new Form("bool", "p: any object, by its truth"),
            new Form("bool(accept={int})", "i: an int, nonzero is true")));
    m.put(
        "int",
        ImmutableList.of(
            new Form("int", "i: an int that fits a C int"),
            new Form("int(accept={str})", "C: a str of one character, as its code point"),
            new Form("int(type='T')", "either of the above, stored in a C variable of type T")));
    for (String u :
        List.of(
            "unsigned_char",
            "byte",
            "unsigned_short",
            "unsigned_int",
            "unsigned_long",
            "unsigned_long_long")) {
      m.put(
          u,
          ImmutableList.of(
              new Form(u, "a non-negative int in range; others raise OverflowError"),
              new Form(u + "(bitwise=True)", "any int, its bits truncated to the C type")));
    }
    m.put(
        "Py_ssize_t",
        ImmutableList.of(
            new Form("Py_ssize_t", "n: an int (an object with __index__)"),
            new Form("Py_ssize_t(accept={int, NoneType})", "an int, or None for the default"),
            new Form(
                "Py_ssize_t(allow_negative=False)",
                "either of the above; a negative int raises ValueError")));
    for (int bits : List.of(8, 16, 32, 64)) {
      m.put(
          "uint" + bits,
          ImmutableList.of(
              new Form(
                  "uint" + bits,
                  "an int (__index__) that fits uint"
                      + bits
                      + "_t; negative raises ValueError,"
                      + " too large OverflowError")));
    }
    m.put(
        "slice_index",
        ImmutableList.of(
            new Form("slice_index", "an int or None (None leaves the default)"),
            new Form("slice_index(accept={int})", "an int only")));
    m.put(
        "object",
        ImmutableList.of(
            new Form("object", "O: any object"),
            new Form("object(subclass_of='&PyType_Type')", "O!: an instance of that type"),
            new Form("object(converter='fn')", "O&: whatever int fn(PyObject *, void *) accepts"),
            new Form("object(type='T *')", "any of the above, cast to the C type T *")));
    List<Form> str = new ArrayList<>();
    StringConverters.STR_FORMAT_UNITS.forEach(
        (k, unit) -> str.add(new Form(strText(k), unit + ": " + strMeaning(k))));
    m.put("str", ImmutableList.copyOf(str));
    m.put(
        "Py_UNICODE",
        ImmutableList.of(
            new Form("Py_UNICODE", "a str, as a wchar_t string"),
            new Form("Py_UNICODE(accept={str, NoneType})", "a str or None"),
            new Form("Py_UNICODE(zeroes=True)", "u#: a str with its length"),
            new Form(
                "Py_UNICODE(accept={str, NoneType}, zeroes=True)",
                "Z#: a str or None, with its length")));
    m.put(
        "Py_buffer",
        ImmutableList.of(
            new Form("Py_buffer", "y*: a contiguous buffer (bytes, bytearray, memoryview, ...)"),
            new Form("Py_buffer(accept={str, buffer})", "s*: a str (its UTF-8 bytes) or a buffer"),
            new Form(
                "Py_buffer(accept={str, buffer, NoneType})",
                "z*: a str, a buffer or None (then the impl's buf.obj is NULL)"),
            new Form("Py_buffer(accept={rwbuffer})", "w*: a writable contiguous buffer")));
    return ImmutableMap.copyOf(m);
  }

  private static String strText(StringConverters.StrKey k) {
    List<String> args = new ArrayList<>();
    if (!k.accept().equals(Set.of("str"))) {
      args.add("accept={" + String.join(", ", k.accept()) + "}");
    }
    if (k.encoding()) {
      args.add("encoding='name'");
    }
    if (k.zeroes()) {
      args.add("zeroes=True");
    }
    return args.isEmpty() ? "str" : "str(" + String.join(", ", args) + ")";
  }

  private static String strMeaning(StringConverters.StrKey k) {
    String what =
        k.accept().contains("robuffer") && k.accept().contains("str")
            ? "a str or a" + " read-only buffer"
            : k.accept().contains("robuffer")
                ? "a read-only buffer (bytes)"
                : k.accept().contains("bytes") ? "a str, bytes or bytearray" : "a str";
    if (k.accept().contains("NoneType")) {
      what += ", or None";
    }
    if (k.encoding()) {
      what += ", encoded into a new char * the glue frees";
    }
    return what + (k.zeroes() ? ", with its length (NUL bytes allowed)" : "");
  }

  /** The legal forms of converter {@code name} (its DSL name), or none when any call goes. */
  public static ImmutableList<Form> of(String name) {
    return FORMS.getOrDefault(name, ImmutableList.of());
  }

  /** Every converter with fixed forms, in a stable order. */
  public static ImmutableMap<String, ImmutableList<Form>> all() {
    return FORMS;
  }

  /**
   * What to append to a refused combination of {@code owner}'s arguments ({@code int_converter}):
   * {@code "; int takes: int, int(accept={str}), ..."}.
   */
  static String legal(String owner) {
    String name =
        owner.endsWith("_converter")
            ? owner.substring(0, owner.length() - "_converter".length())
            : owner;
    ImmutableList<Form> forms = of(name);
    if (forms.isEmpty()) {
      return "";
    }
    if (forms.size() > 4) {
      return "; 'argclinic converters --verbose' lists the "
          + forms.size()
          + " legal forms of "
          + name;
    }
    StringBuilder b = new StringBuilder("; the legal forms are ");
    for (int i = 0; i < forms.size(); i++) {
      b.append(i == 0 ? "" : i == forms.size() - 1 ? " or " : ", ").append(forms.get(i).text());
    }
    return b.toString();
  }
}
