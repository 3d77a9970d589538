package org.argclinic.emit.c;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argclinic.emit.c.pub.PublicTarget;
import org.argclinic.resolve.CConverter;
import org.argclinic.resolve.Include;

/**
 * Per-file state shared by every function of a file: the includes it needs, the limited-API flag.
 */
public final class CodeGen {
  private final boolean limitedCapi;
  private final Set<String> ifndefSymbols = new HashSet<>();
  private final Map<String, Include> includes = new LinkedHashMap<>();
  private final List<Warning> warnings = new ArrayList<>();

  /** A non-fatal message at a line and column of the file (0 when it concerns the whole file). */
  public record Warning(int line, int column, String message) {}

  /**
   * Set for the c-public and c-limited targets (argclinic runtime instead of CPython internals).
   */
  private final Optional<PublicTarget> publicTarget;

  public CodeGen(boolean limitedCapi) {
    this(limitedCapi, Optional.empty());
  }

  public CodeGen(boolean limitedCapi, Optional<PublicTarget> publicTarget) {
    this.limitedCapi = limitedCapi;
    this.publicTarget = publicTarget;
  }

  public Optional<PublicTarget> publicTarget() {
    return publicTarget;
  }

  /**
   * The parse snippet of one argument: the converter's own (CPython's clinic) for c-core, the
   * public-API one for c-public / c-limited.
   */
  public Optional<String> parseArg(
      CConverter c, String argname, String displayname, boolean limited) {
    return parseArg(c, argname, displayname, limited, false);
  }

  /**
   * As above; {@code getargsMessages}: the function is one CPython's clinic parses with getargs,
   * whose messages the public targets keep.
   */
  public Optional<String> parseArg(
      CConverter c, String argname, String displayname, boolean limited, boolean getargsMessages) {
    if (publicTarget.isPresent()) {
      return Optional.of(publicTarget.get().parseArg(c, argname, displayname, getargsMessages));
    }
    return c.parseArg(argname, displayname, limited);
  }

  /** {@code PyTuple_GET_SIZE(tuple)}, or what the public target uses instead. */
  public String tupleSize(String tuple) {
    return publicTarget.map(t -> t.tupleSize(tuple)).orElse("PyTuple_GET_SIZE(" + tuple + ")");
  }

  /** {@code PyDict_GET_SIZE(dict)}, or what the public target uses instead. */
  public String dictSize(String dict) {
    return publicTarget.map(t -> t.dictSize(dict)).orElse("PyDict_GET_SIZE(" + dict + ")");
  }

  public boolean limitedCapi() {
    return limitedCapi;
  }

  /**
   * True the first time a symbol is seen: its {@code #ifndef X_METHODDEF} fallback is emitted once.
   */
  public boolean addIfndefSymbol(String name) {
    return ifndefSymbols.add(name);
  }

  public void addInclude(String name, String reason) {
    addInclude(name, reason, Optional.empty());
  }

  public void addInclude(String name, String reason, String condition) {
    addInclude(name, reason, Optional.of(condition));
  }

  /**
   * The first reason given wins, except that an unconditional include replaces a conditional one.
   */
  public void addInclude(String name, String reason, Optional<String> condition) {
    if (publicTarget.isPresent()) {
      // the public targets include nothing of CPython's internals; the runtime needs none
      return;
    }
    Include existing = includes.get(name);
    if (existing != null && !(existing.condition().isPresent() && condition.isEmpty())) {
      return;
    }
    includes.put(name, new Include(name, reason, condition));
  }

  /** Records a non-fatal message (Argument Clinic prints these as warnings and goes on). */
  public void warn(String message) {
    warnings.add(new Warning(0, 0, message));
  }

  /** Records a non-fatal message about one place of the file. */
  public void warn(int line, int column, String message) {
    warnings.add(new Warning(line, column, message));
  }

  public List<Warning> warnings() {
    return List.copyOf(warnings);
  }

  public List<Include> includes() {
    List<Include> out = new ArrayList<>(includes.values());
    out.sort(Comparator.comparing(Include::sortKey));
    return out;
  }
}
