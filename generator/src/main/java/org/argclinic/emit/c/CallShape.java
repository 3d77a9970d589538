package org.argclinic.emit.c;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.argclinic.bind.BoundParameter;
import org.argclinic.bind.CFunction;
import org.argclinic.model.FunctionKind;

/**
 * What a function's parser must do, decided once from its bound parameters and read by every target
 * (the C parsers and the Rust glue): the calling convention and the argument counts it implies, in
 * Argument Clinic's terms.
 *
 * @param convention the entry point's convention (before any C target lowers it)
 * @param kind the function kind: {@code __new__} / {@code __init__} are slots, not method defs
 * @param parameters the parsed parameters: the function's without {@code self} and {@code
 *     defining_class}
 * @param definingClass a {@code defining_class} parameter follows {@code self}
 * @param posOnly how many leading parameters are positional-only
 * @param minPos how many positional arguments are required
 * @param maxPos how many positional parameters there are ({@code *args} aside)
 * @param minKwOnly how many keyword-only parameters are required, counted as clinic counts them
 * @param vararg the index of {@code *args} in {@code parameters}, -1 if none
 * @param disableFastcall {@code @disable fastcall}: the tuple conventions instead of fastcall
 * @param varKeyword the {@code **kwds} parameter (not among {@code parameters}), if any
 * @param vectorcall {@code @vectorcall} (gh-87613): a {@code __new__} / {@code __init__} that
 *     parses keywords does it in the METH_FASTCALL form, for a {@code tp_vectorcall} entry
 */
public record CallShape(
    Convention convention,
    FunctionKind kind,
    ImmutableList<BoundParameter> parameters,
    boolean definingClass,
    int posOnly,
    int minPos,
    int maxPos,
    int minKwOnly,
    int vararg,
    boolean disableFastcall,
    Optional<BoundParameter> varKeyword,
    boolean vectorcall) {

  public static final int NO_VARARG = -1;

  /** The shape of {@code f}, whose first parameter is its self parameter. */
  public static CallShape of(CFunction f) {
    List<BoundParameter> all = f.parameters();
    int first = 1;
    boolean definingClass = all.size() > 1 && all.get(1).isDefiningClass();
    if (definingClass) {
      first = 2;
    }
    Optional<BoundParameter> varKeyword =
        all.size() > first && all.get(all.size() - 1).isVarKeyword()
            ? Optional.of(all.get(all.size() - 1))
            : Optional.empty();
    int end = all.size() - (varKeyword.isPresent() ? 1 : 0);
    ImmutableList<BoundParameter> ps = ImmutableList.copyOf(all.subList(first, end));
    int posOnly = 0;
    int minPos = 0;
    int maxPos = 0;
    int minKwOnly = 0;
    int vararg = NO_VARARG;
    for (int i = 1; i <= ps.size(); i++) {
      BoundParameter p = ps.get(i - 1);
      if (p.isKeywordOnly()) {
        if (!p.isOptional()) {
          minKwOnly = i - maxPos - (vararg != NO_VARARG ? 1 : 0);
        }
      } else if (p.isVararg()) {
        vararg = i - 1;
      } else {
        if (vararg == NO_VARARG) {
          maxPos = i;
        }
        if (p.isPositionalOnly()) {
          posOnly = i;
        }
        if (!p.isOptional()) {
          minPos = i;
        }
      }
    }
    Convention c =
        varKeyword.isPresent()
            ? chooseWithVarKeyword(f.kind(), ps, definingClass, posOnly, vararg)
            : choose(f.kind(), ps, definingClass, posOnly, vararg);
    boolean disableFastcall =
        f.function()
            .decorator("disable")
            .filter(d -> d.arguments().contains("fastcall"))
            .isPresent();
    if (disableFastcall && (c == Convention.FASTCALL || c == Convention.FASTCALL_KEYWORDS)) {
      c = c.withoutFastcall();
    }
    boolean vectorcall = f.function().hasDecorator("vectorcall");
    if (vectorcall
        && f.kind().newOrInit()
        && c == Convention.VARARGS_KEYWORDS
        && varKeyword.isEmpty()
        && !definingClass) {
      c = Convention.FASTCALL_KEYWORDS;
    }
    return new CallShape(
        c,
        f.kind(),
        ps,
        definingClass,
        posOnly,
        minPos,
        maxPos,
        minKwOnly,
        vararg,
        disableFastcall,
        varKeyword,
        vectorcall);
  }

  /** Argument Clinic's order of choice: no arguments, METH_O, groups, positional-only, the rest. */
  private static Convention choose(
      FunctionKind kind, List<BoundParameter> ps, boolean definingClass, int posOnly, int vararg) {
    boolean newOrInit = kind.newOrInit();
    if (kind == FunctionKind.GETTER) {
      return Convention.GETTER;
    }
    if (kind == FunctionKind.SETTER) {
      return Convention.SETTER;
    }
    if (ps.isEmpty()) {
      return definingClass ? Convention.DEFINING_CLASS : Convention.NOARGS;
    }
    if (ps.size() == 1
        && ps.get(0).isPositionalOnly()
        && !ps.get(0).converter().isOptional()
        && !definingClass
        && !newOrInit) {
      return Convention.O;
    }
    if (ps.get(0).group() != 0 || ps.get(ps.size() - 1).group() != 0) {
      return Convention.OPTION_GROUPS;
    }
    if (definingClass) {
      return Convention.DEFINING_CLASS;
    }
    int pseudoArgs = vararg == NO_VARARG ? 0 : 1;
    if (posOnly == ps.size() - pseudoArgs) {
      return newOrInit ? Convention.VARARGS : Convention.FASTCALL;
    }
    return newOrInit ? Convention.VARARGS_KEYWORDS : Convention.FASTCALL_KEYWORDS;
  }

  /**
   * With {@code **kwds}: the vectorcall form (kwnames) where only positional-only parameters (and
   * {@code *args}) come before it, all keywords then going to the dict; a tuple and a dict
   * otherwise, the dict split between the named parameters and {@code **kwds} (a vectorcall form
   * would need a new kwnames tuple per call, as {@code f(**d)} does).
   */
  private static Convention chooseWithVarKeyword(
      FunctionKind kind, List<BoundParameter> ps, boolean definingClass, int posOnly, int vararg) {
    if (definingClass) {
      return Convention.DEFINING_CLASS;
    }
    int pseudoArgs = vararg == NO_VARARG ? 0 : 1;
    if (posOnly == ps.size() - pseudoArgs && !kind.newOrInit()) {
      return Convention.FASTCALL_KEYWORDS;
    }
    return Convention.VARARGS_KEYWORDS;
  }

  /** Keywords go to {@code **kwds} only: no parameter before it can be passed by keyword. */
  public boolean keywordsOnlyToVarKeyword() {
    return varKeyword.isPresent() && posOnly == parameters.size() - pseudoArgs();
  }

  public boolean hasVararg() {
    return vararg != NO_VARARG;
  }

  /** Parameters that take no slot of their own in the keyword parser ({@code *args}). */
  public int pseudoArgs() {
    return hasVararg() ? 1 : 0;
  }

  /** Some parameter after the required ones may be passed by keyword. */
  public boolean hasOptionalKeywords() {
    return Math.max(posOnly, minPos) + minKwOnly < parameters.size() - pseudoArgs();
  }

  /** The upper bound of positional arguments; unbounded with {@code *args}. */
  public boolean unboundedPositional() {
    return hasVararg();
  }

  public boolean newOrInit() {
    return kind.newOrInit();
  }
}
