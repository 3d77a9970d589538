package org.argclinic.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * What converters contribute while one function is rendered, as clinic's codegen {@code
 * CRenderData}. The emitter creates one per function, lets every converter {@link
 * CConverter#render} into it in parameter order and the return converter {@link
 * CReturnConverter#render} into it, then lays the lists out.
 *
 * <p>Texts are plain C (not format-escaped); the emitter escapes braces where clinic does.
 */
public final class CRenderData {
  /**
   * True for the public and limited targets: every variable the impl can read gets a valid initial
   * value, also where CPython's clinic leaves it unset (the length of an omitted {@code #}
   * argument) or writes an initializer that does not compile ({@code int fd = NULL}).
   */
  public final boolean initializeAll;

  public CRenderData() {
    this(false);
  }

  public CRenderData(boolean initializeAll) {
    this.initializeAll = initializeAll;
  }

  /** C statements declaring the parser's variables. */
  public final List<String> declarations = new ArrayList<>();

  /** C statements run before parsing. */
  public final List<String> initializers = new ArrayList<>();

  /** C statements modifying parsed values before the impl call. */
  public final List<String> modifications = new ArrayList<>();

  /** The keyword names for the parser's keywords array; {@code ""} for positional-only. */
  public final List<String> keywords = new ArrayList<>();

  /** The PyArg_Parse* format units, with {@code |} and {@code $} markers. */
  public final List<String> formatUnits = new ArrayList<>();

  /** The variadic arguments of a PyArg_Parse* call. */
  public final List<String> parseArguments = new ArrayList<>();

  /** The impl function's parameter declarations. */
  public final List<String> implParameters = new ArrayList<>();

  /** The arguments passed to the impl function. */
  public final List<String> implArguments = new ArrayList<>();

  /** For return converters: the variable the parser returns. */
  public String returnValue = "return_value";

  /** For return converters: code converting the impl's C result into {@code return_value}. */
  public final List<String> returnConversion = new ArrayList<>();

  /** For return converters: the variable that receives the impl's C result. */
  public String converterRetval = "_return_value";

  /** Statements after parsing succeeded, before cleanup (e.g. freeing encoded strings). */
  public final List<String> postParsing = new ArrayList<>();

  /** Statements after the impl call, on every path. */
  public final List<String> cleanup = new ArrayList<>();

  /** Critical-section begin and end statements. */
  public final List<String> lock = new ArrayList<>();

  public final List<String> unlock = new ArrayList<>();
}
