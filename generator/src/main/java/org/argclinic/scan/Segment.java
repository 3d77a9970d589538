package org.argclinic.scan;

import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * A piece of a scanned source file. Concatenating {@link #text()} of every segment of a file gives
 * back its exact original text.
 */
public sealed interface Segment permits Segment.Verbatim, Segment.Block {

  /** The exact original text of this segment. */
  String text();

  /** Ordinary source text outside any block. */
  record Verbatim(String text, int startLine) implements Segment {}

  /**
   * A {@code /*[clinic input]} or {@code /*[python input]} block with whatever output follows it.
   *
   * @param dslName the word between the brackets of the start line: {@code clinic} or {@code
   *     python}
   * @param startLine 1-based line of the start marker
   * @param startMarker the start marker line as written, with its line end
   * @param input the DSL text between the markers, each line with its line end; the input checksum
   *     covers exactly this text
   * @param stopMarker the stop marker line as written, with its line end (may lack one at EOF)
   * @param output the generated text between the stop marker and the end marker; empty when the
   *     block has no end marker yet
   * @param endMarker the end marker line as written, if any
   * @param endArguments the {@code name=value} pairs of the end marker ({@code output}, {@code
   *     input}, or the legacy {@code checksum})
   * @param endMarkerLine 1-based line of the end marker, or 0 when there is none
   */
  record Block(
      String dslName,
      int startLine,
      String startMarker,
      String input,
      String stopMarker,
      String output,
      Optional<String> endMarker,
      ImmutableMap<String, String> endArguments,
      int endMarkerLine)
      implements Segment {

    @Override
    public String text() {
      return startMarker + input + stopMarker + output + endMarker.orElse("");
    }

    /** 1-based line number of the first DSL line. */
    public int inputStartLine() {
      return startLine + 1;
    }

    /** 1-based line number of the stop marker. */
    public int stopLine() {
      return startLine + 1 + Lines.count(input);
    }

    public boolean hasEndMarker() {
      return endMarker.isPresent();
    }

    // Explicit, so a cold run does not bootstrap the record's generated methods (the assembler
    // looks blocks up in a hash map).
    @Override
    public boolean equals(Object o) {
      return o instanceof Block b
          && startLine == b.startLine
          && endMarkerLine == b.endMarkerLine
          && dslName.equals(b.dslName)
          && startMarker.equals(b.startMarker)
          && input.equals(b.input)
          && stopMarker.equals(b.stopMarker)
          && output.equals(b.output)
          && endMarker.equals(b.endMarker)
          && endArguments.equals(b.endArguments);
    }

    @Override
    public int hashCode() {
      int h = dslName.hashCode();
      h = 31 * h + startLine;
      h = 31 * h + startMarker.hashCode();
      h = 31 * h + input.hashCode();
      h = 31 * h + stopMarker.hashCode();
      h = 31 * h + output.hashCode();
      h = 31 * h + endMarker.hashCode();
      h = 31 * h + endArguments.hashCode();
      return 31 * h + endMarkerLine;
    }
  }
}
