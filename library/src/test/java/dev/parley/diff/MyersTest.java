package dev.parley.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link Myers} finds a shortest edit script, checked against the textbook dynamic programme. */
final class MyersTest {

  static IntStream seeds() {
    return IntStream.range(0, 200);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void findsAShortestScriptThatTurnsOneSequenceIntoTheOther(int seed) {
    Random random = new Random(seed);
    long[] a = random(random, random.nextInt(40));
    long[] b = edit(a, random);
    int from = a.length == 0 ? 0 : random.nextInt(Math.min(3, a.length + 1));
    byte[] script = Myers.script(a, from, a.length, b, 0, b.length, 1_000);
    assertThat(script).isNotNull();
    // Replaying the script on a[from, …) gives b.
    int x = from;
    int y = 0;
    int changes = 0;
    for (byte step : script) {
      switch (step) {
        case Myers.EQUAL -> {
          assertThat(a[x]).isEqualTo(b[y]);
          x++;
          y++;
        }
        case Myers.DELETE -> {
          x++;
          changes++;
        }
        default -> {
          y++;
          changes++;
        }
      }
    }
    assertThat(x).isEqualTo(a.length);
    assertThat(y).isEqualTo(b.length);
    int lcs = lcs(a, from, b);
    assertThat(changes).isEqualTo((a.length - from) + b.length - 2 * lcs);
  }

  /**
   * Which of the shortest scripts is chosen decides where a diff's changes fall, so it must stay
   * the one the paper's search chooses: each round's furthest points kept as a copy of V, the walk
   * back choosing down where V[k + 1] reaches further than V[k - 1].
   */
  @ParameterizedTest
  @MethodSource("seeds")
  void choosesTheScriptThePapersSearchChooses(int seed) {
    Random random = new Random(seed);
    long[] a = random(random, random.nextInt(seed < 100 ? 40 : 400));
    long[] b = edit(a, random);
    if (random.nextBoolean()) {
      b = edit(b, random);
    }
    int from = a.length == 0 ? 0 : random.nextInt(Math.min(3, a.length + 1));
    int bFrom = Math.min(1, b.length);
    int max = random.nextInt(4) == 0 ? random.nextInt(60) : 3_000;
    assertThat(Myers.script(a, from, a.length, b, bFrom, b.length, max))
        .isEqualTo(papersScript(a, from, a.length, b, bFrom, b.length, max));
  }

  /** The search as the paper gives it, with a copy of V kept for every round. */
  private static byte[] papersScript(
      long[] a, int aFrom, int aTo, long[] b, int bFrom, int bTo, int max) {
    int n = aTo - aFrom;
    int m = bTo - bFrom;
    if (Math.abs(n - m) > max) {
      return null;
    }
    int bound = Math.min(n + m, max);
    int offset = bound + 1;
    int[] v = new int[2 * bound + 3];
    java.util.List<int[]> trace = new java.util.ArrayList<>();
    int end = -1;
    for (int d = 0; d <= bound && end < 0; d++) {
      for (int k = -d; k <= d; k += 2) {
        int x;
        if (d == 0) {
          x = 0;
        } else if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1])) {
          x = v[offset + k + 1];
        } else {
          x = v[offset + k - 1] + 1;
        }
        int y = x - k;
        while (x < n && y < m && a[aFrom + x] == b[bFrom + y]) {
          x++;
          y++;
        }
        v[offset + k] = x;
        if (x >= n && y >= m) {
          end = d;
          break;
        }
      }
      trace.add(java.util.Arrays.copyOfRange(v, offset - d, offset + d + 1));
    }
    if (end < 0) {
      return null;
    }
    byte[] script = new byte[(n + m + end) / 2];
    int at = script.length;
    int x = n;
    int y = m;
    for (int d = end; d > 0; d--) {
      int[] previous = trace.get(d - 1);
      int k = x - y;
      boolean down = k == -d || (k != d && previous[k - 1 + d - 1] < previous[k + 1 + d - 1]);
      int previousK = down ? k + 1 : k - 1;
      int previousX = previous[previousK + d - 1];
      int previousY = previousX - previousK;
      while (x > previousX && y > previousY && (down ? y > previousY + 1 : x > previousX + 1)) {
        script[--at] = Myers.EQUAL;
        x--;
        y--;
      }
      script[--at] = down ? Myers.INSERT : Myers.DELETE;
      x = previousX;
      y = previousY;
    }
    while (x > 0 && y > 0) {
      script[--at] = Myers.EQUAL;
      x--;
      y--;
    }
    return script;
  }

  @Test
  void givesUpBeyondTheBound() {
    long[] a = new long[50];
    long[] b = new long[50];
    for (int i = 0; i < 50; i++) {
      a[i] = i + 1;
      b[i] = -i - 1;
    }
    assertThat(Myers.script(a, 0, 50, b, 0, 50, 99)).isNull();
    assertThat(Myers.script(a, 0, 50, b, 0, 50, 100)).hasSize(100);
    assertThat(Myers.script(a, 0, 0, b, 0, 0, 0)).isEmpty();
  }

  private static long[] random(Random random, int n) {
    long[] out = new long[n];
    for (int i = 0; i < n; i++) {
      out[i] = 1 + random.nextInt(6); // few symbols: many equal-cost choices
    }
    return out;
  }

  private static long[] edit(long[] a, Random random) {
    java.util.List<Long> out = new java.util.ArrayList<>();
    for (long v : a) {
      int r = random.nextInt(10);
      if (r == 0) {
        continue;
      }
      if (r == 1) {
        out.add((long) 1 + random.nextInt(6));
      }
      out.add(v);
    }
    if (random.nextInt(5) == 0) {
      out.add(7L);
    }
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  private static int lcs(long[] a, int from, long[] b) {
    int n = a.length - from;
    int[][] t = new int[n + 1][b.length + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        t[i][j] = a[from + i] == b[j] ? t[i + 1][j + 1] + 1 : Math.max(t[i + 1][j], t[i][j + 1]);
      }
    }
    return t[0][0];
  }
}
