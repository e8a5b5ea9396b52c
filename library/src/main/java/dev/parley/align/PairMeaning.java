package dev.parley.align;

import dev.parley.similarity.SentenceEncoder;
import dev.parley.text.WordSequence;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * The meaning signal: how much closer in meaning two units are than each is to the other
 * statement's units on the whole, {@code cos(a, b) - (mean cos(a, ·) + mean cos(·, b)) / 2}. Two
 * paragraphs of one delegation's speeches are all somewhat alike (the same voice, the same themes);
 * what sets a pair apart is how far it stands above that. Worked out for every pair where the two
 * sides hold up to a million pairs, else for the pairs sharing words.
 */
final class PairMeaning {
  private static final long ALL_PAIRS = 1_000_000;

  private final int[][] pairs;
  private final double[][] relative;
  private final int[] closestOfLeft;
  private final int[] closestOfRight;

  PairMeaning(float[][] a, float[][] b, int[][] sharingWords) {
    int n = a.length;
    int m = b.length;
    boolean all = (long) n * m <= ALL_PAIRS;
    double[] meanOfRight = mean(b, a.length > 0 ? a[0].length : 0);
    double[] meanOfLeft = mean(a, b.length > 0 ? b[0].length : 0);
    double[] rowMean = new double[n];
    double[] colMean = new double[m];
    for (int i = 0; i < n; i++) {
      rowMean[i] = dot(a[i], meanOfRight);
    }
    for (int j = 0; j < m; j++) {
      colMean[j] = dot(b[j], meanOfLeft);
    }
    pairs = new int[n][];
    relative = new double[n][];
    closestOfLeft = new int[n];
    closestOfRight = new int[m];
    double[] bestOfRight = new double[m];
    Arrays.fill(closestOfLeft, -1);
    Arrays.fill(closestOfRight, -1);
    Arrays.fill(bestOfRight, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      int[] row = all ? ascending(m) : sharingWords[i];
      pairs[i] = row;
      relative[i] = new double[row.length];
      double best = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < row.length; k++) {
        int j = row[k];
        double r = dot(a[i], b[j]) - (rowMean[i] + colMean[j]) / 2;
        relative[i][k] = r;
        if (r > best) {
          best = r;
          closestOfLeft[i] = j;
        }
        if (r > bestOfRight[j]) {
          bestOfRight[j] = r;
          closestOfRight[j] = i;
        }
      }
    }
  }

  /**
   * The meaning of each of {@code units} by {@code encoder}, encoded once and kept with its words
   * under {@code key}: those not yet encoded are encoded side by side on the common pool, each
   * alone, so that no vector depends on what else was encoded or how many threads ran.
   */
  static <T> float[][] encoded(
      List<T> units,
      Function<T, WordSequence> words,
      Function<T, String> text,
      Object key,
      SentenceEncoder encoder) {
    float[][] out = new float[units.size()][];
    IntStream.range(0, out.length)
        .parallel()
        .forEach(
            k -> {
              T unit = units.get(k);
              out[k] =
                  words.apply(unit).computeIfAbsent(key, w -> encoder.encode(text.apply(unit)));
            });
    return out;
  }

  double relative(int i, int j) {
    int k = Arrays.binarySearch(pairs[i], j);
    return k < 0 ? 0 : relative[i][k];
  }

  boolean closestEachOther(int i, int j) {
    return closestOfLeft[i] == j && closestOfRight[j] == i;
  }

  private static int[] ascending(int m) {
    int[] out = new int[m];
    Arrays.setAll(out, j -> j);
    return out;
  }

  private static double[] mean(float[][] vectors, int dimensions) {
    int d = vectors.length > 0 ? vectors[0].length : dimensions;
    double[] out = new double[d];
    for (float[] v : vectors) {
      for (int k = 0; k < d; k++) {
        out[k] += v[k];
      }
    }
    for (int k = 0; k < d; k++) {
      out[k] /= Math.max(1, vectors.length);
    }
    return out;
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += (double) a[k] * b[k];
    }
    return s;
  }

  private static double dot(float[] a, double[] b) {
    double s = 0;
    for (int k = 0; k < a.length; k++) {
      s += a[k] * b[k];
    }
    return s;
  }
}
