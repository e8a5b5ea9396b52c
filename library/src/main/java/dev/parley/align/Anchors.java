package dev.parley.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stage of {@link UnitAligner} that fixes the surest pairs first: unique near-identical pairs,
 * each the other's best by a clear margin, reduced to the longest chain in order on both sides. The
 * monotone path ({@link MonotonePath}) then runs band by band between them, so a long text costs
 * many small bands, not one large one.
 */
final class Anchors {

  private Anchors() {}

  /** How far behind the best a second partner must stay for the best to anchor. */
  static final double MARGIN = 0.1;

  /** The anchors of {@code c}: {left unit, right unit} pairs, ascending on both sides. */
  static int[][] of(Candidates c) {
    int n = c.left.size();
    int m = c.right.size();
    int[] bestForRight = new int[m]; // right -> its best left, or -1
    int[] nearTies = new int[m]; // ... and how many others come within the margin of it
    double[] bestRightScore = new double[m];
    Arrays.fill(bestForRight, -1);
    List<int[]> pairs = new ArrayList<>();
    int[] bestLeftTo = new int[n];
    Arrays.fill(bestLeftTo, -1);
    for (int i = 0; i < n; i++) {
      double best = -1;
      double second = -1;
      int bestJ = -1;
      Candidates.Row row = c.row(i);
      for (int k = 0; k < row.size(); k++) {
        int j = row.unit(k);
        double s = row.score(k);
        if (s > best) {
          second = best;
          best = s;
          bestJ = j;
        } else if (s > second) {
          second = s;
        }
        if (bestForRight[j] < 0 || s > bestRightScore[j]) {
          bestRightScore[j] = s;
          bestForRight[j] = i;
          nearTies[j] = 0;
        } else if (s > bestRightScore[j] - MARGIN) {
          nearTies[j]++;
        }
      }
      if (best >= Thresholds.ANCHOR && second < best - MARGIN) {
        bestLeftTo[i] = bestJ;
      }
    }
    for (int i = 0; i < n; i++) {
      int j = bestLeftTo[i];
      if (j >= 0 && bestForRight[j] == i && nearTies[j] == 0 && c.accepts(i, j)) {
        pairs.add(new int[] {i, j});
      }
    }
    return longestIncreasingChain(pairs);
  }

  /** Pairs come sorted by left index; keeps the longest chain increasing on the right too. */
  static int[][] longestIncreasingChain(List<int[]> pairs) {
    int n = pairs.size();
    int[] tails = new int[n];
    int[] previous = new int[n];
    int length = 0;
    for (int k = 0; k < n; k++) {
      int j = pairs.get(k)[1];
      int lo = 0;
      int hi = length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (pairs.get(tails[mid])[1] < j) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      previous[k] = lo > 0 ? tails[lo - 1] : -1;
      tails[lo] = k;
      if (lo == length) {
        length++;
      }
    }
    int[][] chain = new int[length][];
    int k = length > 0 ? tails[length - 1] : -1;
    for (int pos = length - 1; pos >= 0; pos--) {
      chain[pos] = pairs.get(k);
      k = previous[k];
    }
    return chain;
  }
}
