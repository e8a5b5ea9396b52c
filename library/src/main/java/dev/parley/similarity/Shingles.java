package dev.parley.similarity;

import dev.parley.internal.primitive.Fingerprints;
import dev.parley.text.WordSequence;
import java.util.HashMap;
import java.util.Map;

/** Word n-grams (shingles) of a sequence, each as a 64-bit hash, with their counts. */
final class Shingles {

  private Shingles() {}

  /**
   * Returns the distinct shingles of length {@code n} of {@code words} with their counts; a
   * sequence shorter than {@code n} (but not empty) is one shingle of itself.
   */
  static Map<Long, Integer> of(WordSequence words, int n) {
    int size = words.size();
    Map<Long, Integer> shingles = new HashMap<>(Math.max(16, size * 2));
    if (size == 0) {
      return shingles;
    }
    int width = Math.min(n, size);
    for (int i = 0; i + width <= size; i++) {
      shingles.merge(shingle(words, i, width), 1, Integer::sum);
    }
    return shingles;
  }

  /** The hash of the {@code width} words from word {@code from}. */
  static long shingle(WordSequence words, int from, int width) {
    long h = SEED;
    for (int k = 0; k < width; k++) {
      h = step(h, words.id(from + k));
    }
    return h == 0 ? 1 : h;
  }

  /** The hash of two words by their ids: {@link #shingle} of a text of the two, width 2. */
  static long pair(long first, long second) {
    long h = step(step(SEED, first), second);
    return h == 0 ? 1 : h;
  }

  private static final long SEED = 0x9E3779B97F4A7C15L;

  private static long step(long h, long id) {
    return Long.rotateLeft((h ^ id) * 0xBF58476D1CE4E5B9L, 31);
  }

  /**
   * Returns the distinct shingles of length {@code n} of {@code words} in ascending order; a
   * sequence shorter than {@code n} (but not empty) is one shingle of itself.
   */
  static long[] distinct(WordSequence words, int n) {
    int size = words.size();
    if (size == 0) {
      return new long[0];
    }
    int width = Math.min(n, size);
    long[] all = new long[size - width + 1];
    for (int i = 0; i < all.length; i++) {
      all[i] = shingle(words, i, width);
    }
    return unique(all);
  }

  /** Returns the distinct values of {@code hashes}, ascending (the array may be reordered). */
  static long[] unique(long[] hashes) {
    return Fingerprints.sortedDistinct(hashes);
  }

  /** Returns the distinct values of two ascending arrays of distinct values, ascending. */
  static long[] union(long[] a, long[] b) {
    long[] out = new long[a.length + b.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.length && j < b.length) {
      long x = a[i];
      long y = b[j];
      out[k++] = x <= y ? x : y;
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    while (i < a.length) {
      out[k++] = a[i++];
    }
    while (j < b.length) {
      out[k++] = b[j++];
    }
    return k == out.length ? out : java.util.Arrays.copyOf(out, k);
  }

  /**
   * Returns the distinct values of ascending arrays of distinct values, ascending: {@link
   * #union(long[], long[])} of them all. A few arrays are merged one after another; more (a
   * statement's paragraphs) are sorted together by {@link Fingerprints}, a few passes over the
   * values however many arrays there are, where merging them two by two, level by level, passes
   * over them once a level.
   */
  static long[] union(java.util.List<long[]> parts) {
    if (parts.size() > MERGED_PARTS_MAX) {
      return Fingerprints.sortedDistinct(parts);
    }
    long[] union = new long[0];
    for (long[] p : parts) {
      union = union(union, p);
    }
    return union;
  }

  /**
   * Up to this many arrays (two paragraphs and the pairs between them, for a split or a merge) are
   * merged one after another, sooner than dealt into buckets.
   */
  private static final int MERGED_PARTS_MAX = 4;

  /**
   * Returns the number of values two ascending arrays of distinct values share. Fingerprints spread
   * evenly over the 64-bit range, so the arrays are cut at the same three values into four quarters
   * and the quarters merged side by side: four merges whose steps do not wait on each other, where
   * one merge waits at every step on the comparison before it.
   */
  static int shared(long[] a, long[] b) {
    if (a.length < LANE_MIN_LENGTH || b.length < LANE_MIN_LENGTH) {
      return shared(a, 0, a.length, b, 0, b.length);
    }
    int a1 = lowerBound(a, -QUARTER);
    int a2 = lowerBound(a, 0);
    int a3 = lowerBound(a, QUARTER);
    int b1 = lowerBound(b, -QUARTER);
    int b2 = lowerBound(b, 0);
    int b3 = lowerBound(b, QUARTER);
    int i0 = 0;
    int j0 = 0;
    int i1 = a1;
    int j1 = b1;
    int i2 = a2;
    int j2 = b2;
    int i3 = a3;
    int j3 = b3;
    int shared = 0;
    while (i0 < a1
        && j0 < b1
        && i1 < a2
        && j1 < b2
        && i2 < a3
        && j2 < b3
        && i3 < a.length
        && j3 < b.length) {
      long x0 = a[i0];
      long y0 = b[j0];
      long x1 = a[i1];
      long y1 = b[j1];
      long x2 = a[i2];
      long y2 = b[j2];
      long x3 = a[i3];
      long y3 = b[j3];
      shared += (x0 == y0 ? 1 : 0) + (x1 == y1 ? 1 : 0) + (x2 == y2 ? 1 : 0) + (x3 == y3 ? 1 : 0);
      i0 += x0 <= y0 ? 1 : 0;
      j0 += y0 <= x0 ? 1 : 0;
      i1 += x1 <= y1 ? 1 : 0;
      j1 += y1 <= x1 ? 1 : 0;
      i2 += x2 <= y2 ? 1 : 0;
      j2 += y2 <= x2 ? 1 : 0;
      i3 += x3 <= y3 ? 1 : 0;
      j3 += y3 <= x3 ? 1 : 0;
    }
    return shared
        + shared(a, i0, a1, b, j0, b1)
        + shared(a, i1, a2, b, j1, b2)
        + shared(a, i2, a3, b, j2, b3)
        + shared(a, i3, a.length, b, j3, b.length);
  }

  /** Arrays shorter than this are merged in one run: cutting them costs more than it saves. */
  static final int LANE_MIN_LENGTH = 32;

  /** Where the second quarter of the 64-bit range begins above its middle. */
  private static final long QUARTER = 1L << 62;

  /** The index of the first value of ascending {@code a} not below {@code value}. */
  private static int lowerBound(long[] a, long value) {
    int at = java.util.Arrays.binarySearch(a, value);
    return at >= 0 ? at : -at - 1;
  }

  /** The number of values {@code a[i, n)} and {@code b[j, m)} share, both ascending. */
  private static int shared(long[] a, int i, int n, long[] b, int j, int m) {
    int shared = 0;
    while (i < n && j < m) {
      long x = a[i];
      long y = b[j];
      // branch-free steps: the order of random fingerprints is unpredictable
      shared += x == y ? 1 : 0;
      i += x <= y ? 1 : 0;
      j += y <= x ? 1 : 0;
    }
    return shared;
  }

  /** Returns the number of distinct shingles the two sets share. */
  static int shared(Map<Long, Integer> a, Map<Long, Integer> b) {
    Map<Long, Integer> small = a.size() <= b.size() ? a : b;
    Map<Long, Integer> large = small == a ? b : a;
    int shared = 0;
    for (Long h : small.keySet()) {
      if (large.containsKey(h)) {
        shared++;
      }
    }
    return shared;
  }

  static void checkN(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("shingle length must be at least 1: " + n);
    }
  }
}
