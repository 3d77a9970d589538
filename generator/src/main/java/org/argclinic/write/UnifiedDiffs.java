package org.argclinic.write;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.List;

/** Unified diffs of what generate would change, with java-diff-utils. */
public final class UnifiedDiffs {
  private static final int CONTEXT = 3;

  private UnifiedDiffs() {}

  /** A unified diff from {@code a/<name>} to {@code b/<name>}; empty when the texts are equal. */
  public static String diff(String name, String oldText, String newText) {
    if (oldText.equals(newText)) {
      return "";
    }
    List<String> oldLines = lines(oldText);
    List<String> newLines = lines(newText);
    Patch<String> patch = DiffUtils.diff(oldLines, newLines);
    // git's a/ b/ prefixes; an absolute path keeps a single slash.
    String rel = name.startsWith("/") ? name.substring(1) : name;
    List<String> out =
        UnifiedDiffUtils.generateUnifiedDiff("a/" + rel, "b/" + rel, oldLines, patch, CONTEXT);
    StringBuilder sb = new StringBuilder();
    for (String l : out) {
      sb.append(l).append('\n');
    }
    return sb.toString();
  }

  /** 1-based lines of the old text where each changed region begins. */
  public static ImmutableList<Integer> changedLines(String oldText, String newText) {
    Patch<String> patch = DiffUtils.diff(lines(oldText), lines(newText));
    ImmutableList.Builder<Integer> out = ImmutableList.builder();
    for (AbstractDelta<String> d : patch.getDeltas()) {
      out.add(d.getSource().getPosition() + 1);
    }
    return out.build();
  }

  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    return Arrays.asList(text.split("\n", -1));
  }
}
