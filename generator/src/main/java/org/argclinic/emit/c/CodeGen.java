package org.argclinic.emit.c;

import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.CRenderData;
import org.argclinic.resolve.Include;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Per-file state shared by every function of a file: the includes it needs, the limited-API flag. */
public final class CodeGen {
  private final boolean limitedCapi;
  private final Set<String> ifndefSymbols = new HashSet<>();
  private final Map<String, Include> includes = new LinkedHashMap<>();

  public CodeGen(boolean limitedCapi) {
    this.limitedCapi = limitedCapi;
  }

  public boolean limitedCapi() {
    return limitedCapi;
  }

  /** True the first time a symbol is seen: its {@code #ifndef X_METHODDEF} fallback is emitted once. */
  public boolean addIfndefSymbol(String name) {
    return ifndefSymbols.add(name);
  }

  public void addInclude(String name, String reason) {
    addInclude(name, reason, Optional.empty());
  }

  public void addInclude(String name, String reason, String condition) {
    addInclude(name, reason, Optional.of(condition));
  }

  /** The first reason given wins, except that an unconditional include replaces a conditional one. */
  public void addInclude(String name, String reason, Optional<String> condition) {
    Include existing = includes.get(name);
    if (existing != null && !(existing.condition().isPresent() && condition.isEmpty())) {
      return;
    }
    includes.put(name, new Include(name, reason, condition));
  }

  public List<Include> includes() {
    List<Include> out = new ArrayList<>(includes.values());
    out.sort(Comparator.comparing(Include::sortKey));
    return out;
  }
}
