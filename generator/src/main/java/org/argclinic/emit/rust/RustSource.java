package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.argclinic.scan.Checksums;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Segment;

/**
 * Rewrites a Rust source: each function block gets its impl signature as output and a fresh end
 * marker; the glue goes to {@code clinic/<basename>.rs} (the layout Argument Clinic uses for C).
 * A stand-in for the assembler's Rust destination until that is wired.
 */
public final class RustSource {
  private RustSource() {}

  /** What a block declares: the function, or nothing (module lines, directives). */
  @FunctionalInterface
  public interface BlockReader {
    Optional<org.argclinic.model.Function> function(Segment.Block block);
  }

  /**
   * @param source the new source text
   * @param clinicFile the text of {@code clinic/<basename>.rs}
   * @param skipped functions without Rust glue, with reasons
   */
  public record Result(String source, String clinicFile, ImmutableList<RustEmitter.Skipped> skipped) {}

  public static Result generate(ScannedFile file, String baseName, BlockReader reader, RustEmitter emitter) {
    Map<Segment.Block, org.argclinic.model.Function> functions = new LinkedHashMap<>();
    for (Segment.Block b : file.blocks()) {
      if (b.dslName().equals("clinic")) {
        reader.function(b).ifPresent(f -> functions.put(b, f));
      }
    }
    RustEmitter.FileOutput out = emitter.emitFile(baseName, new ArrayList<>(functions.values()));
    StringBuilder text = new StringBuilder();
    for (Segment s : file.segments()) {
      if (!(s instanceof Segment.Block b) || !b.dslName().equals("clinic")) {
        text.append(s.text());
        continue;
      }
      String output = "";
      org.argclinic.model.Function f = functions.get(b);
      if (f != null) {
        output = out.implSignature(f.fullName()).map(sig -> sig + "\n").orElse("");
      }
      text.append(b.startMarker()).append(b.input()).append(b.stopMarker());
      if (!b.stopMarker().endsWith("\n")) {
        text.append("\n");
      }
      text.append(output);
      text.append("/*[clinic end generated code: output=")
          .append(Checksums.of(output))
          .append(" input=")
          .append(Checksums.of(b.input()))
          .append("]*/\n");
    }
    return new Result(text.toString(), out.text(), out.skipped());
  }
}
