package org.argclinic.emit.rust;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.argclinic.bind.FileBinding;
import org.argclinic.model.BlockModel;
import org.argclinic.model.FileModel;
import org.argclinic.model.Function;
import org.argclinic.scan.Checksums;
import org.argclinic.scan.ScannedFile;
import org.argclinic.scan.Segment;

/**
 * Rewrites a Rust source: each function block gets its impl signature as output and a fresh end
 * marker; the glue goes to {@code clinic/<basename>.rs} (the layout Argument Clinic uses for C).
 * Rust has this one layout: {@code output} directives and destinations are C-only.
 */
public final class RustSource {
  private RustSource() {}

  /** What a block declares: its functions (none for module lines and directives). */
  @FunctionalInterface
  public interface BlockReader {
    List<Function> functions(Segment.Block block);
  }

  /** The blocks of a parsed file. */
  public static Result generate(FileModel model, String baseName, RustEmitter emitter) {
    Map<Segment.Block, List<Function>> byBlock = new IdentityHashMap<>();
    for (BlockModel b : model.blocks()) {
      byBlock.put(b.block(), b.functions());
    }
    return generate(
        model.source(),
        baseName,
        b -> byBlock.getOrDefault(b, List.of()),
        emitter,
        FileBinding.of(model, emitter.templates()));
  }

  /**
   * @param source the new source text
   * @param clinicFile the text of {@code clinic/<basename>.rs}
   * @param skipped functions without Rust glue, with reasons
   */
  public record Result(
      String source, String clinicFile, ImmutableList<RustEmitter.Skipped> skipped) {}

  public static Result generate(
      ScannedFile file,
      String baseName,
      BlockReader reader,
      RustEmitter emitter,
      FileBinding binding) {
    Map<Segment.Block, List<Function>> functions = new IdentityHashMap<>();
    List<Function> all = new ArrayList<>();
    for (Segment.Block b : file.blocks()) {
      if (b.dslName().equals("clinic")) {
        List<Function> fs = reader.functions(b);
        functions.put(b, fs);
        all.addAll(fs);
      }
    }
    RustEmitter.FileOutput out = emitter.emitFile(baseName, all, binding);
    StringBuilder text = new StringBuilder();
    for (Segment s : file.segments()) {
      if (!(s instanceof Segment.Block b) || !b.dslName().equals("clinic")) {
        text.append(s.text());
        continue;
      }
      StringBuilder outputs = new StringBuilder();
      for (Function f : functions.getOrDefault(b, List.of())) {
        out.implSignature(f).ifPresent(sig -> outputs.append(sig).append("\n"));
      }
      String output = outputs.toString();
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
