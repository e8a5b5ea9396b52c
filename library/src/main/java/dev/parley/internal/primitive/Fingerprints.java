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

  /** The offset basis of 64-bit FNV-1a, where a fingerprint of characters starts. */
  public static final long FNV_OFFSET = 0xCBF29CE484222325L;

  /** The prime of 64-bit FNV-1a: each character is folded in as {@code (h ^ c) * FNV_PRIME}. */
  public static final long FNV_PRIME = 0x100000001B3L;

  /**
   * Returns {@code h} mixed so that every bit of it moves every bit of the result (the finaliser of
   * SplitMix64): an FNV-1a hash made a fingerprint that spreads evenly over the range.
   */
  public static long mix(long h) {
    h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
    h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
    return h ^ (h >>> 31);
  }

  /**
   * Arrays longer than this are dealt into buckets; buckets longer than this are sorted by {@link
   * Arrays#sort}, not by insertion.
   */
  private static final int INSERTION_MAX = 24;

  /**
   * Returns the distinct values of {@code values}, ascending: {@code values} itself, reordered, or
   * a new array.
   */
  public static long[] sortedDistinct(long[] values) {
    if (values.length > INSERTION_MAX) {
      return sortedDistinct(List.of(values));
    }
    insertionSort(values, 0, values.length);
    int k = distinct(values, 0, values.length, values, 0);
    return k == values.length ? values : Arrays.copyOf(values, k);
  }

  /** Returns the distinct values of all of {@code parts}, ascending, in a new array. */
  public static long[] sortedDistinct(List<long[]> parts) {
    Buckets buckets = Buckets.of(parts);
    int[] at = buckets.starts();
    long[] out = new long[buckets.total()];
    for (long[] p : parts) {
      for (long v : p) {
        out[at[buckets.of(v)]++] = v;
      }
    }
    int k = 0;
    for (int b = 0; b < buckets.count(); b++) {
      int from = buckets.start(b);
      int to = buckets.start(b + 1);
      if (to - from > INSERTION_MAX) {
        Arrays.sort(out, from, to);
      } else {
        insertionSort(out, from, to);
      }
      k = distinct(out, from, to, out, k);
    }
    return k == out.length ? out : Arrays.copyOf(out, k);
  }

  /**
   * Where the values of some arrays go when dealt by their leading bits: about as many buckets as
   * there are values, and where each bucket begins in an array of them all, bucket by bucket.
   */
  public static final class Buckets {
    private final int shift;
    private final int[] start;

    private Buckets(int shift, int[] start) {
      this.shift = shift;
      this.start = start;
    }

    /** The buckets of the values of {@code parts}, counted. */
    public static Buckets of(List<long[]> parts) {
      int total = 0;
      for (long[] p : parts) {
        total += p.length;
      }
      int bits = Math.max(1, 31 - Integer.numberOfLeadingZeros(Math.max(1, total)));
      int shift = 64 - bits;
      int[] start = new int[(1 << bits) + 1];
      for (long[] p : parts) {
        for (long v : p) {
          start[bucket(v, shift) + 1]++;
        }
      }
      for (int b = 0; b + 1 < start.length; b++) {
        start[b + 1] += start[b];
      }
      return new Buckets(shift, start);
    }

    /** The bucket of {@code value}, in the order of signed values. */
    public int of(long value) {
      return bucket(value, shift);
    }

    /** The number of buckets. */
    public int count() {
      return start.length - 1;
    }

    /** Where bucket {@code b} begins ({@code b == count()}: where the last ends). */
    public int start(int b) {
      return start[b];
    }

    /** The number of values. */
    public int total() {
      return start[start.length - 1];
    }

    /** Where each bucket begins, a new array to deal into: each entry moves on as it is filled. */
    public int[] starts() {
      return Arrays.copyOf(start, count());
    }

    private static int bucket(long value, int shift) {
      return (int) ((value ^ Long.MIN_VALUE) >>> shift);
    }
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
}
