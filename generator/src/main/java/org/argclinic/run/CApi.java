package org.argclinic.run;

import java.util.Locale;

/** Which C API the generated C glue may use (see DESIGN.md, "Contracts"). */
public enum CApi {
  /** CPython's own tree: byte-identical to CPython 3.13's clinic, internal API allowed. */
  CORE,
  /** Public C API of CPython 3.9+ only; the default outside CPython. */
  PUBLIC,
  /** {@code Py_LIMITED_API} at the requested version; builds abi3 modules. */
  LIMITED;

  /** The template directory of this target, under {@code org/argclinic/templates/}. */
  public String templateSet() {
    return "c/" + cliName();
  }

  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  private static final java.util.regex.Pattern VERSION =
      java.util.regex.Pattern.compile("(\\d+)\\.(\\d+)");

  /** {@code X.Y} as a version, if it is one. */
  public static java.util.Optional<org.argclinic.model.Version> parseVersion(String text) {
    java.util.regex.Matcher m = VERSION.matcher(text);
    return m.matches() ? java.util.Optional.of(new org.argclinic.model.Version(
        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) : java.util.Optional.empty();
  }

  /**
   * Why {@code --limited-version text} is a usage error with the target {@code cApi} (null:
   * none given), if it is: front ends refuse it before reading any file.
   */
  public static java.util.Optional<String> limitedVersionProblem(String text, CApi cApi) {
    java.util.Optional<org.argclinic.model.Version> v = parseVersion(text);
    if (v.isEmpty()) {
      return java.util.Optional.of("--limited-version: expected X.Y (for example 3.10), got '"
          + text + "'");
    }
    if (cApi != LIMITED) {
      return java.util.Optional.of("--limited-version applies only to --c-api limited; add"
          + " --c-api limited" + (cApi == null ? "" : " instead of --c-api " + cApi.cliName()));
    }
    return org.argclinic.emit.c.pub.PublicTarget.limitedVersionReason(v.get());
  }
}
