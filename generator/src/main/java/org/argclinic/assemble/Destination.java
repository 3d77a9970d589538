package org.argclinic.assemble;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argclinic.model.Position;

/**
 * Where generated parts go: {@code buffer} (kept until dumped), {@code file} (written as a side
 * file at the end) or {@code suppress} (dropped). Each holds a series of numbered buffers; parts
 * sent to a lower index come out first when the destination is dumped.
 */
final class Destination {
  enum Type {
    BUFFER,
    FILE,
    SUPPRESS
  }

  final String name;
  final Type type;
  final String filename; // only for FILE

  /** The directive that declared it; empty for the built-in destinations. */
  final Optional<Position> declaredAt;

  private int start;
  private final List<StringBuilder> buffers = new ArrayList<>();

  Destination(String name, Type type, String filename, Optional<Position> declaredAt) {
    this.name = name;
    this.type = type;
    this.filename = filename;
    this.declaredAt = declaredAt;
  }

  /** Buffer number {@code i}, created on demand; negative numbers sort before 0. */
  StringBuilder buffer(int i) {
    int k = i - start;
    if (k < 0) {
      for (int j = 0; j < -k; j++) {
        buffers.add(0, new StringBuilder());
      }
      start += k;
      k = 0;
    }
    while (k >= buffers.size()) {
      buffers.add(new StringBuilder());
    }
    return buffers.get(k);
  }

  /** True when {@code b} is one of this destination's buffers (by identity). */
  boolean owns(StringBuilder b) {
    for (StringBuilder mine : buffers) {
      if (mine == b) {
        return true;
      }
    }
    return false;
  }

  void clear() {
    for (StringBuilder b : buffers) {
      b.setLength(0);
    }
  }

  String dump() {
    StringBuilder out = new StringBuilder();
    for (StringBuilder b : buffers) {
      out.append(b);
    }
    clear();
    return out.toString();
  }
}
