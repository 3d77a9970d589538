package org.argclinic.diag;

import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for a misspelt name: the closest of the known names, if one is close enough to be
 * a typo (a letter missing, extra, wrong or two letters swapped; more for long names).
 */
public final class Suggestions {
  private Suggestions() {}

  /** The known name closest to {@code typed}, if it is within typo distance. */
  public static Optional<String> closest(String typed, Iterable<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    String t = typed.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, (typed.length() + 2) / 4);
    for (String k : known) {
      if (k.equals(typed)) {
        continue;
      }
      // A difference of case alone is the closest miss of all.
      int d = 2 * distance(t, k.toLowerCase(Locale.ROOT)) + (k.equalsIgnoreCase(typed) ? 1 : 0);
      if (d <= 2 * limit + 1 && d < bestDistance) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code "; did you mean 'x'?"} for the closest name, or an empty string. */
  public static String didYouMean(String typed, Iterable<String> known) {
    return closest(typed, known).map(k -> "; did you mean '" + k + "'?").orElse("");
  }

  /**
   * Edit distance counting an insertion, a deletion, a substitution and a swap of two adjacent
   * characters as one each (optimal string alignment).
   */
  static int distance(String a, String b) {
    int n = a.length();
    int m = b.length();
    int[][] d = new int[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[n][m];
  }
}
