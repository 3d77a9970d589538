package org.argclinic.resolve;

import java.util.Optional;

/**
 * How the impl function's C result becomes the parser's Python result: clinic's {@code
 * CReturnConverter} (libclinic/return_converters.py). The base class is clinic's {@code object}
 * return converter: the impl returns {@code PyObject *} and nothing is converted.
 *
 * <p>The emitter reads {@link #type()} (a parser whose return type is {@code PyObject *} and that
 * has no critical section may call the impl directly) and calls {@link #render(FunctionContext,
 * CRenderData)} once per function.
 */
public class CReturnConverter {
  protected String type = "PyObject *";
  protected Optional<String> pyDefault = Optional.empty();

  /** The Python type of the result in stubs; empty for {@code object}. */
  protected Optional<String> pythonType = Optional.empty();

  private String className = "CReturnConverter";

  /** Set by the registry that made this converter: the run's templates. */
  private CSnippets snippets;

  final void init(String className, Optional<String> pyDefault, ConverterArgs args) {
    this.className = className;
    this.pyDefault = pyDefault;
    returnConverterInit(args);
  }

  /** Sets a class attribute a {@code [python input]} return converter class declares. */
  void applyClassAttribute(String attr, PyValue v) {
    if (attr.equals("type") && v instanceof PyValue.Str s) {
      type = s.value();
    } else if (attr.equals("python_type") && v instanceof PyValue.Str s) {
      pythonType = Optional.of(s.value());
    }
  }

  /** Renders this converter's C snippets, through the templates of the run that made it. */
  protected final CSnippets snippets() {
    return snippets != null ? snippets : CSnippets.builtIn();
  }

  final void renderWith(CSnippets snippets) {
    this.snippets = snippets;
  }

  /** Reads the return converter's keyword arguments; none by default. */
  protected void returnConverterInit(ConverterArgs args) {}

  public final String className() {
    return className;
  }

  /** The impl function's C return type. */
  public final String type() {
    return type;
  }

  public final Optional<String> pyDefault() {
    return pyDefault;
  }

  /**
   * The result's type in a stub (.pyi), as {@link CConverter#pythonType()} writes types; empty when
   * nothing more than {@code object} is known. A {@code [python input]} return converter declares
   * it with {@code python_type = '...'}; a Java port overrides this method.
   */
  public Optional<String> pythonType() {
    return pythonType;
  }

  /** Declares {@code data.converterRetval} and makes it the parser's return value source. */
  public final void declare(CRenderData data) {
    data.declarations.add(type + (type.endsWith("*") ? "" : " ") + data.converterRetval + ";");
    data.returnValue = data.converterRetval;
  }

  /** Adds {@code if ((expr) && PyErr_Occurred()) goto exit;}. */
  public final void errOccurredIf(String expr, CRenderData data) {
    data.returnConversion.add("if ((" + expr + ") && PyErr_Occurred()) {\n    goto exit;\n}\n");
  }

  /** Adds {@code if (variable == NULL) goto exit;}. */
  public final void errOccurredIfNullPointer(String variable, CRenderData data) {
    data.returnConversion.add("if (" + variable + " == NULL) {\n    goto exit;\n}\n");
  }

  /** Adds the declaration and the conversion code; nothing for the {@code object} converter. */
  public void render(FunctionContext function, CRenderData data) {}
}
