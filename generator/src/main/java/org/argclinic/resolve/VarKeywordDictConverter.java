package org.argclinic.resolve;

import java.util.Optional;

/**
 * {@code **kwds: dict} (CPython 3.14's clinic, gh-64490): the keyword arguments no other parameter
 * takes, as a new dict the glue owns (empty when there are none). The parser fills it; this
 * converter only declares and releases it. With keyword-capable parameters before it, the parser
 * also sets {@link #splitsKeywords}: the dict of the keywords those parameters take is declared and
 * released here too.
 */
public final class VarKeywordDictConverter extends CConverter {
  /** The C name of the dict of the named keywords, in the split form. */
  public static final String NAMED = "__clinic_named";

  private boolean splitsKeywords;

  public VarKeywordDictConverter() {
    type = "PyObject *";
    formatUnit = "";
  }

  /** Called by the parser when it splits the keywords between parameters and this dict. */
  public void splitsKeywords() {
    splitsKeywords = true;
  }

  @Override
  public String declaration(boolean inParser) {
    return super.declaration(inParser) + named();
  }

  @Override
  public String initializedDeclaration() {
    return super.initializedDeclaration() + named();
  }

  private String named() {
    return splitsKeywords ? "\nPyObject *" + NAMED + " = NULL;" : "";
  }

  @Override
  public String cleanup() {
    return "Py_XDECREF("
        + parserName()
        + ");\n"
        + (splitsKeywords ? "Py_XDECREF(" + NAMED + ");\n" : "");
  }

  /** In a stub: the type of each extra keyword argument's value, any object. */
  @Override
  public Optional<String> pythonType() {
    return Optional.of("object");
  }
}
