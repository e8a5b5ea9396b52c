package dev.parley.diff;

import java.util.Arrays;

/**
 * Myers' difference algorithm ("An O(ND) Difference Algorithm and Its Variations", 1986) over two
 * arrays of fingerprints: the greedy forward search, keeping each round's furthest points, then the
 * walk back from the end, as in the paper. Memory grows with the square of the differences, which
 * callers bound.
 */
final class Myers {

  static final byte EQUAL = 0;
  static final byte DELETE = 1;
  static final byte INSERT = 2;

  private Myers() {}

  /**
   * Returns the shortest edit script turning {@code a[aFrom, aTo)} into {@code b[bFrom, bTo)}, one
   * of {@link #EQUAL}, {@link #DELETE} and {@link #INSERT} per step, or null when it takes more
   * than {@code max} deletions and insertions.
   */
  static byte[] script(long[] a, int aFrom, int aTo, long[] b, int bFrom, int bTo, int max) {
    int n = aTo - aFrom;
    int m = bTo - bFrom;
    if (Math.abs(n - m) > max) {
      return null;
    }
    int bound = Math.min(n + m, max);
    // Round d's furthest point on diagonal k (k = -d, -d + 2, ..., d) is x at index (k + d) / 2 of
    // trace[d]; round d reads round d - 1's, where diagonals k - 1 and k + 1 are at r - 1 and r.
    int[][] trace = new int[Math.min(bound + 1, 32)][];
    int end = -1;
    for (int d = 0; d <= bound && end < 0; d++) {
      int[] round = new int[d + 1];
      if (d == trace.length) {
        trace = Arrays.copyOf(trace, Math.min(bound + 1, 2 * d));
      }
      int[] previous = d == 0 ? null : trace[d - 1];
      trace[d] = round;
      for (int k = -d, r = 0; k <= d; k += 2, r++) {
        // Down from diagonal k + 1 where it reaches further than k - 1 does, else right from
        // k - 1: the further of the two, since down wins only where it is at least one further.
        // At the edges, the one neighbour there is.
        int x =
            d == 0
                ? 0
                : r == 0
                    ? previous[0]
                    : r == d ? previous[d - 1] + 1 : Math.max(previous[r - 1] + 1, previous[r]);
        int y = x - k;
        if (x < n && y < m && a[aFrom + x] == b[bFrom + y]) {
          // The snake: most end where they begin, so the first step is tested on its own.
          int limit = Math.min(n - x, m - y);
          int ax = aFrom + x;
          int by = bFrom + y;
          int step = 1;
          while (step < limit && a[ax + step] == b[by + step]) {
            step++;
          }
          x += step;
          y += step;
        }
        round[r] = x;
        if (x >= n && y >= m) {
          end = d;
          break;
        }
      }
    }
    if (end < 0) {
      return null;
    }
    byte[] script = new byte[(n + m + end) / 2];
    int at = script.length;
    int x = n;
    int y = m;
    for (int d = end; d > 0; d--) {
      int[] previous = trace[d - 1]; // diagonal k of round d - 1 at (k + d - 1) / 2
      int k = x - y;
      int s = (k + d) >> 1; // diagonals k - 1 and k + 1 of round d - 1 are at s - 1 and s
      boolean down = k == -d || (k != d && previous[s - 1] < previous[s]);
      int previousK = down ? k + 1 : k - 1;
      int previousX = previous[down ? s : s - 1];
      int previousY = previousX - previousK;
      while (x > previousX && y > previousY && (down ? y > previousY + 1 : x > previousX + 1)) {
        script[--at] = EQUAL;
        x--;
        y--;
      }
      script[--at] = down ? INSERT : DELETE;
      x = previousX;
      y = previousY;
    }
    while (x > 0 && y > 0) {
      script[--at] = EQUAL;
      x--;
      y--;
    }
    return script;
  }
}
