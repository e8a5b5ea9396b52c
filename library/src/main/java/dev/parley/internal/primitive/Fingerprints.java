package dev.parley.internal.primitive;

import java.util.Arrays;
import java.util.List;

/**
 * Sorting 64-bit fingerprints (word ids, hashes of word pairs): they spread evenly over the range,
 * so they are dealt by their leading bits into about as many buckets as there are values, and each
 * bucket, a value or two, is sorted by insertion. That takes a few passes over the values, with few
 * of the mispredicted comparisons a comparison sort makes. Values crowded together (not
 * fingerprints) fill a bucket, which is then sorted by {@link Arrays#sort}.
 */
public final class Fingerprints {

  private Fingerprints() {}

  /** Buckets, or arrays, longer than this are sorted by {@link Arrays#sort}, not by insertion. */
  private static final int INSERTION_MAX = 24;

  /**
   * Returns the distinct values of {@code values[0, length)}, ascending: {@code values} itself,
   * reordered, or a new array.
   */
  public static long[] sortedDistinct(long[] values, int length) {
    if (length > INSERTION_MAX) {
      return sortedDistinct(List.of(values), length);
    }
    insertionSort(values, 0, length);
    int k = distinct(values, 0, length, values, 0);
    return k == values.length ? values : Arrays.copyOf(values, k);
  }

  /** Returns the distinct values of all of {@code parts}, ascending, in a new array. */
  public static long[] sortedDistinct(List<long[]> parts) {
    int total = 0;
    for (long[] p : parts) {
      total += p.length;
    }
    return sortedDistinct(parts, total);
  }

  /** The distinct values of the first {@code total} values of {@code parts}, one after another. */
  private static long[] sortedDistinct(List<long[]> parts, int total) {
    int bits = Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(1, total)));
    int shift = 64 - bits;
    int buckets = 1 << bits;
    int[] start = new int[buckets + 1];
    int left = total;
    for (long[] p : parts) {
      for (int i = 0; i < p.length && i < left; i++) {
        start[bucket(p[i], shift) + 1]++;
      }
      left -= Math.min(left, p.length);
    }
    for (int b = 0; b < buckets; b++) {
      start[b + 1] += start[b];
    }
    int[] at = Arrays.copyOf(start, buckets);
    long[] out = new long[total];
    left = total;
    for (long[] p : parts) {
      for (int i = 0; i < p.length && i < left; i++) {
        out[at[bucket(p[i], shift)]++] = p[i];
      }
      left -= Math.min(left, p.length);
    }
    int k = 0;
    for (int b = 0; b < buckets; b++) {
      int from = start[b];
      int to = start[b + 1];
      if (to - from > INSERTION_MAX) {
        Arrays.sort(out, from, to);
      } else {
        insertionSort(out, from, to);
      }
      k = distinct(out, from, to, out, k);
    }
    return k == total ? out : Arrays.copyOf(out, k);
  }

  /** Copies the distinct values of ascending {@code a[from, to)} to {@code out} from {@code k}. */
  private static int distinct(long[] a, int from, int to, long[] out, int k) {
    for (int i = from; i < to; i++) {
      if (i == from || a[i] != a[i - 1]) {
        out[k++] = a[i];
      }
    }
    return k;
  }

  /** Sorts {@code a[from, to)} by insertion. */
  private static void insertionSort(long[] a, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      long v = a[i];
      int j = i - 1;
      while (j >= from && a[j] > v) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = v;
    }
  }

  /**
   * The bucket of {@code value} among {@code 1 << (64 - shift)}, by its leading bits, in the order
   * of signed values.
   */
  public static int bucket(long value, int shift) {
    return (int) ((value ^ Long.MIN_VALUE) >>> shift);
  }
}
