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
