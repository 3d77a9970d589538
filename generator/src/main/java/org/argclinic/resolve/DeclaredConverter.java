package org.argclinic.resolve;

import com.google.common.collect.ImmutableSet;

/**
 * A converter class a {@code [python input]} block declares directly over {@code CConverter}, with
 * class attributes only: everything comes from the attributes.
 */
final class DeclaredConverter extends CConverter {
  private static final ImmutableSet<String> KNOWN =
      ImmutableSet.of(
          "type",
          "default_type",
          "c_default",
          "py_default",
          "c_ignored_default",
          "converter",
          "impl_by_reference",
          "parse_by_reference",
          "format_unit",
          "encoding",
          "subclass_of",
          "length",
          "show_in_signature",
          "signature_name",
          "broken_limited_capi",
          "unused",
          "python_type");

  static boolean knownAttribute(String name) {
    return KNOWN.contains(name);
  }

  /** {@code default_type = int} or {@code (str, NoneType)} as type names. */
  static ImmutableSet<String> typeNames(PyValue v) {
    if (v instanceof PyValue.Tuple t) {
      ImmutableSet.Builder<String> b = ImmutableSet.builder();
      for (PyValue item : t.items()) {
        b.addAll(typeNames(item));
      }
      return b.build();
    }
    if (v instanceof PyValue.Other o && o.typeName().equals("type")) {
      String r = o.repr();
      String q = r.substring("<class '".length(), r.length() - 2);
      return ImmutableSet.of(q.substring(q.lastIndexOf('.') + 1));
    }
    return ImmutableSet.of();
  }
}
