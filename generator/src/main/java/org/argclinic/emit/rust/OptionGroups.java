package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.argclinic.bind.BoundParameter;
import org.argclinic.emit.OptionalGroups;
import org.argclinic.model.Parameter;
import org.argclinic.resolve.CConverter;

/**
 * Optional groups ({@code [ ... ]}): the C glue switches on the tuple size and parses each accepted
 * count with {@code PyArg_ParseTuple}, so conversions follow getargs' format units (their messages
 * differ from clinic's inline conversions for some units, e.g. {@code i}).
 */
public final class OptionGroups {
  private OptionGroups() {}

  /** One accepted argument count: which parameters it fills, in tuple order. */
  public record Case(int count, ImmutableList<Assignment> assignments) {}

  /** Parameter {@code local} converted from tuple item {@code index}. */
  public record Assignment(String local, String convert) {}

  /** The getargs conversion of a format unit: Rust types and the expression. */
  record Unit(
      String implType, String localType, String convert, String pass, String optionalPass) {}

  /** By the converter's name and the format unit its arguments gave the bound converter. */
  static Unit unit(BoundParameter p) throws RustEmitter.Unsupported {
    String name = p.parameter().converter().name();
    CConverter c = p.converter();
    String unit = c.formatUnit();
    String o = RustConverters.OBJECT;
    switch (name) {
      case "object", "O" -> {
        if (unit.equals("O") && c.type().equals("PyObject *")) {
          return new Unit(o, o, "clinic::ok({arg})", "{name}", "{name}");
        }
        if (unit.equals("O!")) {
          // getargs' O!: "must be <tp_name>", which is what the inline check prints for these types
          RustConverters.Resolved r = RustConverters.resolve(p);
          if (r.conversion().isPresent()) {
            return new Unit(o, o, r.conversion().get().convert(), "{name}", "{name}");
          }
        }
      }
      case "int", "i" -> {
        if (unit.equals("i") && c.type().equals("int")) {
          return new Unit("i32", "i32", "clinic::getargs_int({arg})", "{name}", "{name}");
        }
      }
      case "long", "l" -> {
        return new Unit(
            "::std::ffi::c_long",
            "::std::ffi::c_long",
            "clinic::to_long({arg})",
            "{name}",
            "{name}");
      }
      case "bool", "p" -> {
        if (unit.equals("p")) {
          return new Unit("bool", "bool", "clinic::to_bool({arg})", "{name}", "{name}");
        }
      }
      case "unicode", "U" -> {
        return new Unit(
            o,
            o,
            "clinic::to_exact({arg}, clinic::ffi::PyUnicode_Check({arg}) != 0, \"str\", {fname},"
                + " {display})",
            "{name}",
            "{name}");
      }
      case "Py_ssize_t", "n" -> {
        if (unit.equals("n")) {
          return new Unit("isize", "isize", "clinic::to_ssize({arg})", "{name}", "{name}");
        }
      }
      case "str", "s" -> {
        if (unit.equals("s")) {
          // getargs' s: the same checks and messages as clinic's inline str
          return new Unit(
              "&str", "&str", "clinic::to_str({arg}, {fname}, {display})", "{name}", "{name}");
        }
      }
      case "Py_buffer", "w*" -> {
        if (unit.equals("w*")) {
          return new Unit(
              "&mut [u8]",
              "clinic::Buffer",
              "clinic::to_buffer_rw({arg}, {fname}, {display})",
              "{name}.as_mut().unwrap().as_mut_slice()",
              "{name}.as_mut().map(|b| b.as_mut_slice())");
        }
      }
      default -> {}
    }
    throw new RustEmitter.Unsupported("optional groups with converter " + name);
  }

  /** clinic's permute_optional_groups: every accepted count, preferring left groups. */
  static List<List<Integer>> subsets(List<Parameter> params) {
    List<List<Integer>> left = new ArrayList<>();
    List<Integer> required = new ArrayList<>();
    List<List<Integer>> right = new ArrayList<>();
    Integer last = null;
    List<Integer> group = null;
    for (int i = 0; i < params.size(); i++) {
      int g = params.get(i).group();
      if (last == null || g != last) {
        last = g;
        if (g < 0) {
          group = new ArrayList<>();
          left.add(group);
        } else if (g == 0) {
          group = required;
        } else {
          group = new ArrayList<>();
          right.add(group);
        }
      }
      group.add(i);
    }
    return OptionalGroups.permute(left, required, right);
  }
}
