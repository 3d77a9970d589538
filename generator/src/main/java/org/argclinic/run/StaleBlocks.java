package org.argclinic.run;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argclinic.diag.DiagnosticException;
import org.argclinic.scan.LineEndings;
import org.argclinic.scan.Lines;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Scanner;
import org.argclinic.scan.Segment;
import org.argclinic.scan.SourceLanguage;

/**
 * Names what is stale block by block: a reader wants "the block at spam.c:12 ({@code spam.add})"
 * rather than every line a diff hunk starts on. Front ends (Maven plugin, {@code check --format
 * github}) print these.
 */
public final class StaleBlocks {
  private StaleBlocks() {}

  /**
   * A stale place.
   *
   * @param line 1-based line of the block's start marker, or of the change when it lies outside
   *     every block
   * @param label the block's first DSL line ({@code spam.add}, {@code preserve}), or empty
   */
  public record Location(int line, String label) {}

  /** The stale places of a {@link FileOutcome.Status#STALE} outcome, reading its current text. */
  public static ImmutableList<Location> of(FileOutcome f) {
    String old = "";
    try {
      if (Files.isRegularFile(f.path())) {
        old = LineEndings.toLf(Files.readString(f.path(), StandardCharsets.UTF_8));
      }
    } catch (IOException | RuntimeException e) {
      // Not readable now: fall back to the bare lines.
    }
    return of(f.path(), old, f.staleLines());
  }

  /**
   * Maps each changed line of {@code oldText} to the block containing it, once per block, in order;
   * a file that no longer exists (empty text) is stale at line 1.
   */
  public static ImmutableList<Location> of(Path path, String oldText, List<Integer> staleLines) {
    List<Integer> lines = staleLines.isEmpty() ? List.of(1) : staleLines;
    ImmutableList<Segment.Block> blocks;
    try {
      SourceLanguage lang =
          SourceLanguage.of(path.getFileName().toString()).orElse(SourceLanguage.C);
      ScannedFile scanned = Scanner.scan(path.toString(), lang, oldText);
      blocks = scanned.blocks();
    } catch (DiagnosticException e) {
      blocks = ImmutableList.of();
    }
    Map<Integer, Location> out = new LinkedHashMap<>();
    for (int line : lines) {
      Location loc = new Location(line, "");
      for (Segment.Block b : blocks) {
        if (line >= b.startLine() && line <= lastLine(b)) {
          loc = new Location(b.startLine(), label(b));
          break;
        }
      }
      out.putIfAbsent(loc.line(), loc);
    }
    return ImmutableList.copyOf(out.values());
  }

  /**
   * The last line a change of this block's output can start on: its end marker, or, for a block not
   * generated yet, the line after its stop line, where the output will go.
   */
  private static int lastLine(Segment.Block b) {
    if (b.endMarkerLine() > 0) {
      return b.endMarkerLine();
    }
    return b.startLine() + Lines.splitKeepEnds(b.input()).size() + 2;
  }

  private static String label(Segment.Block b) {
    return Lines.splitKeepEnds(b.input()).stream()
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .findFirst()
        .orElse("");
  }
}
