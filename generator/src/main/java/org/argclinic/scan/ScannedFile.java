package org.argclinic.scan;

import com.google.common.collect.ImmutableList;
import java.util.stream.Collectors;

/** A source file split into verbatim text and blocks; {@link #text()} gives back the original. */
public record ScannedFile(String path, SourceLanguage language, ImmutableList<Segment> segments) {

  public String text() {
    return segments.stream().map(Segment::text).collect(Collectors.joining());
  }

  public ImmutableList<Segment.Block> blocks() {
    return segments.stream()
        .filter(s -> s instanceof Segment.Block)
        .map(s -> (Segment.Block) s)
        .collect(ImmutableList.toImmutableList());
  }

  public boolean hasBlocks() {
    return segments.stream().anyMatch(s -> s instanceof Segment.Block);
  }
}
