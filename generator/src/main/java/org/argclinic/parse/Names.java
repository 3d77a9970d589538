package org.argclinic.parse;

import java.util.Set;
import org.argclinic.model.CIdentifiers;

/** Argument Clinic's rules for names. */
final class Names {
  private Names() {}

  static boolean isLegalCIdentifier(String s) {
    return CIdentifiers.isLegal(s);
  }

  /** A dotted name whose every field is a C identifier. */
  static boolean isLegalPyIdentifier(String s) {
    for (String field : s.split("\\.", -1)) {
      if (!isLegalCIdentifier(field)) {
        return false;
      }
    }
    return true;
  }

  /** Special methods whose slots Clinic cannot generate. */
  static final Set<String> UNSUPPORTED_SPECIAL_METHODS =
      Set.of(
          "__abs__",
          "__add__",
          "__and__",
          "__call__",
          "__delitem__",
          "__divmod__",
          "__eq__",
          "__float__",
          "__floordiv__",
          "__ge__",
          "__getattr__",
          "__getattribute__",
          "__getitem__",
          "__gt__",
          "__hash__",
          "__iadd__",
          "__iand__",
          "__ifloordiv__",
          "__ilshift__",
          "__imatmul__",
          "__imod__",
          "__imul__",
          "__index__",
          "__int__",
          "__invert__",
          "__ior__",
          "__ipow__",
          "__irshift__",
          "__isub__",
          "__iter__",
          "__itruediv__",
          "__ixor__",
          "__le__",
          "__len__",
          "__lshift__",
          "__lt__",
          "__matmul__",
          "__mod__",
          "__mul__",
          "__neg__",
          "__next__",
          "__or__",
          "__pos__",
          "__pow__",
          "__radd__",
          "__rand__",
          "__rdivmod__",
          "__repr__",
          "__rfloordiv__",
          "__rlshift__",
          "__rmatmul__",
          "__rmod__",
          "__rmul__",
          "__ror__",
          "__rpow__",
          "__rrshift__",
          "__rshift__",
          "__rsub__",
          "__rtruediv__",
          "__rxor__",
          "__setattr__",
          "__setitem__",
          "__str__",
          "__sub__",
          "__truediv__",
          "__xor__");
}
