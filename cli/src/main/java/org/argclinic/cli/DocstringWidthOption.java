package org.argclinic.cli;

import picocli.CommandLine.Option;

/** {@code --check-docstring-width}: shared by the commands that render (generate, check, model). */
final class DocstringWidthOption {
  @Option(
      names = "--check-docstring-width",
      description = {
        "Check docstring line lengths as CPython 3.15's clinic does: a summary line"
            + " longer than 76 characters (72 in a method) is an error unless the function has"
            + " @permit_long_summary; a longer line further down is a warning unless it has"
            + " @permit_long_docstring_body. Off by default: CPython 3.13's clinic had no such"
            + " check."
      })
  boolean checkDocstringWidth;
}
