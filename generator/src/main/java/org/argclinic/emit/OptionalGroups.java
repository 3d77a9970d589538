package org.argclinic.emit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Argument Clinic's optional-group rule, shared by the C and Rust targets. */
public final class OptionalGroups {
  private OptionalGroups() {}

  /**
   * Every accepted argument list for the groups left of the required parameters, the required ones,
   * and the groups right of them: one list per distinct length, preferring left groups, shortest
   * first (clinic's {@code permute_optional_groups}).
   */
  public static <T> List<List<T>> permute(
      List<List<T>> left, List<T> required, List<List<T>> right) {
    List<List<T>> lefts = new ArrayList<>();
    lefts.add(List.of());
    List<T> acc = new ArrayList<>();
    for (int i = left.size() - 1; i >= 0; i--) {
      List<T> n = new ArrayList<>(left.get(i));
      n.addAll(acc);
      acc = n;
      lefts.add(List.copyOf(acc));
    }
    List<List<T>> rights = new ArrayList<>();
    rights.add(List.of());
    acc = new ArrayList<>();
    for (List<T> g : right) {
      acc.addAll(g);
      rights.add(List.copyOf(acc));
    }
    List<List<T>> out = new ArrayList<>();
    Set<Integer> counts = new LinkedHashSet<>();
    for (List<T> r : rights) {
      for (List<T> l : lefts) {
        List<T> t = new ArrayList<>(l);
        t.addAll(required);
        t.addAll(r);
        if (counts.add(t.size())) {
          out.add(t);
        }
      }
    }
    out.sort((a, b) -> Integer.compare(a.size(), b.size()));
    return out;
  }
}
