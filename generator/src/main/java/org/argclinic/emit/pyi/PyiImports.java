package org.argclinic.emit.pyi;

import com.google.common.collect.ImmutableList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The imports of one stub. Types arrive with names outside builtins written in full ({@code
 * typing.Any}); {@link #use} shortens each to its last part and records {@code from typing import
 * Any}, unless the short name is taken (by a name the stub defines, or by an import from another
 * module), in which case the name stays in full under {@code import typing}. {@code
 * collections.abc.Buffer} exists from Python 3.12 on: it is imported from {@code typing_extensions}
 * before that, under a version check.
 */
final class PyiImports {
  private static final String BUFFER_MODULE = "collections.abc";
  private static final String BUFFER = "Buffer";

  private final String module;
  private final Set<String> defined;

  /** Short name to the module it is imported from. */
  private final Map<String, String> from = new TreeMap<>();

  private final Set<String> plain = new TreeSet<>();
  private boolean buffer;

  /**
   * @param module the stub's own module: its names are written short and never imported
   * @param defined the names the stub defines at its top level
   */
  PyiImports(String module, Set<String> defined) {
    this.module = module;
    this.defined = defined;
  }

  /** {@code type} with its qualified names shortened where they can be, recording imports. */
  String use(String type) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < type.length()) {
      char c = type.charAt(i);
      if (c == '\'' || c == '"') { // a string (a Literal's value): copied as it is
        int end = type.indexOf(c, i + 1);
        end = end < 0 ? type.length() : end + 1;
        out.append(type, i, end);
        i = end;
      } else if (Character.isJavaIdentifierStart(c)) {
        int end = i;
        while (end < type.length()
            && (Character.isJavaIdentifierPart(type.charAt(end)) || type.charAt(end) == '.')) {
          end++;
        }
        out.append(name(type.substring(i, end)));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** One dotted name, shortened and imported; a name without a dot is returned as it is. */
  String name(String qualified) {
    int dot = qualified.lastIndexOf('.');
    if (dot < 0) {
      return qualified;
    }
    String mod = qualified.substring(0, dot);
    String name = qualified.substring(dot + 1);
    if (mod.equals(module)) {
      return name;
    }
    String taken = from.get(name);
    boolean bufferName = name.equals(BUFFER) && (buffer || mod.equals(BUFFER_MODULE));
    if (defined.contains(name)
        || (taken != null && !taken.equals(mod))
        || (bufferName && !mod.equals(BUFFER_MODULE))) {
      plain.add(mod);
      return qualified;
    }
    if (mod.equals(BUFFER_MODULE) && name.equals(BUFFER)) {
      buffer = true;
    } else {
      from.put(name, mod);
    }
    return name;
  }

  /** The import lines, for the template: plain imports, from-imports, the Buffer check. */
  ImmutableList<String> lines() {
    ImmutableList.Builder<String> out = ImmutableList.builder();
    Set<String> modules = new TreeSet<>(plain);
    if (buffer) {
      modules.add("sys");
    }
    modules.forEach(m -> out.add("import " + m));
    Map<String, Set<String>> byModule = new TreeMap<>();
    from.forEach((name, mod) -> byModule.computeIfAbsent(mod, k -> new TreeSet<>()).add(name));
    byModule.forEach(
        (mod, names) -> out.add("from " + mod + " import " + String.join(", ", names)));
    if (buffer) {
      if (!modules.isEmpty() || !byModule.isEmpty()) {
        out.add("");
      }
      out.add("if sys.version_info >= (3, 12):");
      out.add("    from collections.abc import Buffer");
      out.add("else:");
      out.add("    from typing_extensions import Buffer");
    }
    return out.build();
  }
}
