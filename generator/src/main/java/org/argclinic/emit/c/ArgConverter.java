package org.argclinic.emit.c;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the C emitter asks of a parameter's converter; it mirrors Argument Clinic's CConverter.
 * Converter code strings use Argument Clinic's late-bound fields ({@code {name}}, doubled braces).
 */
public interface ArgConverter {
  enum Role { SELF, DEFINING_CLASS, OBJECT, OTHER }

  Role role();

  String formatUnit();

  /** The C variable the parser fills ({@code name} or {@code name_} ...). */
  String parserName();

  /** True when the parameter has a default (clinic: {@code default is not unspecified}). */
  boolean hasDefault();

  boolean brokenLimitedCapi();

  /** Inline parsing code for one argument; empty when only a format unit can parse it. */
  Optional<String> parseArg(String argname, String displayname, boolean limitedCapi);

  /** Called when the format-unit fallback is used (may register includes). */
  void useConverter();

  List<Include> includes();

  void render(BoundParameter parameter, RenderData data);

  /** Fills {@code self_name}, {@code self_type}, ... (only the self converter does). */
  void setTemplateDict(Map<String, String> templateDict);

  /** Appends the PyArg_Parse* variadic arguments for this parameter. */
  void parseArgument(List<String> out);

  boolean showInSignature();

  Optional<String> signatureName();

  /** How the default shows in the signature: its py_default, else Python's repr of the value. */
  String signatureDefault();
}
