package dev.parley.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The stage of {@link UnitAligner} that links units in order: dynamic programming with 1:1, 1:2,
 * 2:1, 1:3, 3:1, 1:0 and 0:1 steps over the candidates' sparse matrix, run on one band (the units
 * between two anchors). A 1:1 step earns its similarity less the threshold; a split or merge earns
 * its combined similarity less the match threshold, for each unit it joins, when every part is
 * alike on its own and the whole beats its best part; a unit left out costs nothing.
 */
final class MonotonePath {

  private MonotonePath() {}

  /** Bands with more cells than this are worked on a strip around the diagonal. */
  static final long MAX_BAND_CELLS = 4_000_000L;

  private static final int[][] STEPS = {{1, 1}, {1, 2}, {2, 1}, {1, 3}, {3, 1}, {1, 0}, {0, 1}};

  /**
   * Aligns left units {@code [i0, i1)} with right units {@code [j0, j1)}: a 1:1 step needs {@code
   * threshold} (the match threshold, or the lower one of a low-overlap pass), other steps the match
   * threshold of {@code t}.
   */
  static List<Link> band(
      Candidates c, Thresholds t, int i0, int i1, int j0, int j1, double threshold) {
    int p = i1 - i0;
    int q = j1 - j0;
    List<Link> links = new ArrayList<>();
    if (p == 0 || q == 0) {
      for (int i = i0; i < i1; i++) {
        links.add(Link.unpaired(Link.Type.DELETE, List.of(i), List.of()));
      }
      for (int j = j0; j < j1; j++) {
        links.add(Link.unpaired(Link.Type.INSERT, List.of(), List.of(j)));
      }
      return links;
    }
    // Each row keeps the cells within w of the diagonal: every cell for bands of ordinary size,
    // a strip around it for very large ones (where no anchor splits a long text), so that the
    // work stays bounded.
    int w =
        (long) (p + 1) * (q + 1) <= MAX_BAND_CELLS
            ? q
            : (int) Math.max(Math.abs(p - q) + 3, MAX_BAND_CELLS / (p + 1) / 2);
    int[] lo = new int[p + 1];
    double[][] best = new double[p + 1][];
    byte[][] step = new byte[p + 1][];
    for (int a = 0; a <= p; a++) {
      int center = (int) Math.round((double) a * q / p);
      lo[a] = Math.max(0, center - w);
      int hi = Math.min(q, center + w);
      best[a] = new double[hi - lo[a] + 1];
      step[a] = new byte[hi - lo[a] + 1];
      Arrays.fill(best[a], Double.NEGATIVE_INFINITY);
    }
    best[0][0] = 0;
    for (int a = 0; a <= p; a++) {
      for (int b = lo[a]; b < lo[a] + best[a].length; b++) {
        if (a == 0 && b == 0) {
          continue;
        }
        for (byte s = 0; s < STEPS.length; s++) {
          int da = STEPS[s][0];
          int db = STEPS[s][1];
          if (a < da || b < db) {
            continue;
          }
          double before = cell(best, lo, a - da, b - db);
          if (before == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double gain = gain(c, t, i0 + a - da, da, j0 + b - db, db, threshold);
          if (gain == Double.NEGATIVE_INFINITY) {
            continue;
          }
          double total = before + gain;
          if (total > best[a][b - lo[a]] + 1e-12) {
            best[a][b - lo[a]] = total;
            step[a][b - lo[a]] = s;
          }
        }
      }
    }
    List<Link> reversed = new ArrayList<>();
    int a = p;
    int b = q;
    while (a > 0 || b > 0) {
      int da = STEPS[step[a][b - lo[a]]][0];
      int db = STEPS[step[a][b - lo[a]]][1];
      int i = i0 + a - da;
      int j = j0 + b - db;
      reversed.add(link(c, i, da, j, db));
      a -= da;
      b -= db;
    }
    Collections.reverse(reversed);
    return reversed;
  }

  private static double cell(double[][] best, int[] lo, int a, int b) {
    int k = b - lo[a];
    return k < 0 || k >= best[a].length ? Double.NEGATIVE_INFINITY : best[a][k];
  }

  /** The gain of a step; negative infinity where the step is not allowed. */
  private static double gain(
      Candidates c, Thresholds t, int i, int da, int j, int db, double threshold) {
    if (da == 0 || db == 0) {
      return 0;
    }
    if (da == 1 && db == 1) {
      if (!c.has(i, j) || !c.accepts(i, j)) {
        return Double.NEGATIVE_INFINITY;
      }
      double s = c.get(i, j);
      // Below the usual threshold a pair must be one side's best partner to link.
      if (s < t.match() && c.bestRightOf(i) != j && c.bestLeftOf(j) != i) {
        return Double.NEGATIVE_INFINITY;
      }
      return s - threshold;
    }
    // A split or merge: every part must be alike on its own, and the whole must beat its best part.
    double bestPart = 0;
    for (int k = 0; k < Math.max(da, db); k++) {
      double part = da == 1 ? c.get(i, j + k) : c.get(i + k, j);
      if (part < Thresholds.PART || !(da == 1 ? c.accepts(i, j + k) : c.accepts(i + k, j))) {
        return Double.NEGATIVE_INFINITY;
      }
      bestPart = Math.max(bestPart, part);
    }
    double whole = c.combined(i, da, j, db);
    if (whole <= bestPart || whole < Thresholds.SPLIT) {
      return Double.NEGATIVE_INFINITY;
    }
    return (whole - t.match()) * (da + db) / 2.0;
  }

  private static Link link(Candidates c, int i, int da, int j, int db) {
    if (db == 0) {
      return Link.unpaired(Link.Type.DELETE, List.of(i), List.of());
    }
    if (da == 0) {
      return Link.unpaired(Link.Type.INSERT, List.of(), List.of(j));
    }
    List<Integer> lefts = Link.range(i, da);
    List<Integer> rights = Link.range(j, db);
    if (da == 1 && db == 1) {
      return Link.of(Link.Type.MATCH, lefts, rights, c.get(i, j));
    }
    return Link.of(
        da == 1 ? Link.Type.SPLIT : Link.Type.MERGE, lefts, rights, c.combined(i, da, j, db));
  }
}
