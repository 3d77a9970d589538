package org.argclinic.assemble;

import java.util.List;
import java.util.Optional;
import org.argclinic.resolve.Include;
import org.argclinic.scan.Checksums;

/**
 * Prints a block as Argument Clinic does: start line, input, stop line, the includes the output
 * needs, the output, and an end marker with the checksums of output and input.
 */
final class BlockPrinter {
  private static final int INCLUDE_COMMENT_COLUMN = 35;

  private BlockPrinter() {}

  /** Writes a block with fresh markers, as Argument Clinic prints it. */
  static void print(
      StringBuilder out, String dslName, String input, String output, List<Include> includes) {
    print(out, dslName, input, output, includes, Optional.empty());
  }

  /**
   * As above; {@code outputChecksum} is the checksum of {@code output} when the caller knows it (it
   * is used only when the printed output is exactly {@code output}).
   */
  static void print(
      StringBuilder out,
      String dslName,
      String input,
      String output,
      List<Include> includes,
      Optional<String> outputChecksum) {
    out.append("/*[").append(dslName).append(" input]\n");
    out.append(input);
    out.append("[").append(dslName).append(" start generated code]*/\n");
    StringBuilder o = new StringBuilder();
    if (!includes.isEmpty()) {
      o.append('\n');
      Optional<String> current = Optional.empty();
      for (Include inc : includes) {
        if (!inc.condition().equals(current)) {
          if (current.isPresent()) {
            o.append("#endif\n");
          }
          current = inc.condition();
          current.ifPresent(c -> o.append(c).append('\n'));
        }
        String line =
            current.isPresent()
                ? "#  include \"" + inc.filename() + "\""
                : "#include \"" + inc.filename() + "\"";
        if (!inc.reason().isEmpty()) {
          StringBuilder padded = new StringBuilder(line);
          while (padded.length() < INCLUDE_COMMENT_COLUMN - 1) {
            padded.append(' ');
          }
          line = padded + "// " + inc.reason() + "\n";
        }
        o.append(line);
      }
      if (current.isPresent()) {
        o.append("#endif\n");
      }
    }
    o.append(output);
    if (o.length() > 0 && o.charAt(o.length() - 1) != '\n') {
      o.append('\n');
    }
    out.append(o);
    String checksum =
        outputChecksum.isPresent() && includes.isEmpty() && o.length() == output.length()
            ? outputChecksum.get()
            : Checksums.of(o.toString());
    out.append("/*[")
        .append(dslName)
        .append(" end generated code: output=")
        .append(checksum)
        .append(" input=")
        .append(Checksums.of(input))
        .append("]*/\n");
  }
}
