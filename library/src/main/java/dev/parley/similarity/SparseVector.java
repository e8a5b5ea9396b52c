package dev.parley.similarity;

import dev.parley.internal.primitive.Fingerprints;
import dev.parley.internal.primitive.LongDoubleMap;
import java.util.Arrays;

/**
 * A sparse vector over word ids: the ids in ascending order with their weights, and its norm. Two
 * vectors meet by a merge of the sorted ids, with no hashing and no boxing.
 */
final class SparseVector {

  static final SparseVector EMPTY = new SparseVector(new long[0], new double[0]);

  final long[] ids;
  final double[] weights;
  final double norm;

  SparseVector(long[] ids, double[] weights) {
    this.ids = ids;
    this.weights = weights;
    double sum = 0;
    for (double w : weights) {
      sum += w * w;
    }
    this.norm = Math.sqrt(sum);
  }

  int size() {
    return ids.length;
  }

  boolean isEmpty() {
    return ids.length == 0;
  }

  /** The cosine of two non-empty vectors, at most 1. */
  static double cosine(SparseVector a, SparseVector b) {
    return cosine(a, b, dot(a, b));
  }

  /** The cosine of two non-empty vectors whose {@link #dot} product is {@code dot}, at most 1. */
  static double cosine(SparseVector a, SparseVector b, double dot) {
    double norms = a.norm * b.norm;
    return norms == 0 ? 0 : Math.min(1.0, dot / norms);
  }

  /**
   * The dot product of two vectors, the products summed in ascending order of id: a sum in that
   * order gives the same bits however the shared ids are found.
   */
  static double dot(SparseVector a, SparseVector b) {
    double dot = 0;
    long[] x = a.ids;
    long[] y = b.ids;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      long p = x[i];
      long q = y[j];
      if (p == q) {
        dot += a.weights[i++] * b.weights[j++];
      } else if (p < q) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** The sum of vectors. */
  static SparseVector sum(SparseVector a, SparseVector b) {
    long[] ids = new long[a.ids.length + b.ids.length];
    double[] weights = new double[ids.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < a.ids.length || j < b.ids.length) {
      if (j == b.ids.length || (i < a.ids.length && a.ids[i] < b.ids[j])) {
        ids[k] = a.ids[i];
        weights[k++] = a.weights[i++];
      } else if (i == a.ids.length || b.ids[j] < a.ids[i]) {
        ids[k] = b.ids[j];
        weights[k++] = b.weights[j++];
      } else {
        ids[k] = a.ids[i];
        weights[k++] = a.weights[i++] + b.weights[j++];
      }
    }
    return new SparseVector(Arrays.copyOf(ids, k), Arrays.copyOf(weights, k));
  }

  /**
   * The sum of {@code parts}, to the last bit what summing them two by two, level by level gives
   * ({@code ((p0 + p1) + (p2 + p3)) + …}, the last of an odd level carried up): each id's weight is
   * the sum of its weights in that order. The ids are dealt by their leading bits into about as
   * many buckets as there are entries, so the work is a few passes over the entries however many
   * parts there are, where summing level by level passes over them once a level.
   */
  static SparseVector sum(java.util.List<SparseVector> parts) {
    int n = parts.size();
    if (n <= LEVEL_BY_LEVEL_MAX) {
      return sumLevelByLevel(parts);
    }
    Fingerprints.Buckets buckets = Fingerprints.Buckets.of(parts.stream().map(p -> p.ids).toList());
    int total = buckets.total();
    int[] at = buckets.starts();
    long[] ids = new long[total];
    int[] part = new int[total];
    double[] weights = new double[total];
    for (int q = 0; q < n; q++) {
      SparseVector p = parts.get(q);
      for (int k = 0; k < p.ids.length; k++) {
        int to = at[buckets.of(p.ids[k])]++;
        ids[to] = p.ids[k];
        part[to] = q;
        weights[to] = p.weights[k];
      }
    }
    int size = Integer.highestOneBit(n - 1) << 1; // the blocks of the levels: powers of two
    long[] outIds = new long[total];
    double[] outWeights = new double[total];
    int out = 0;
    long moves = 0;
    long budget = MAX_MOVES_PER_ENTRY * (long) total;
    for (int b = 0; b < buckets.count(); b++) {
      int from = buckets.start(b);
      int to = buckets.start(b + 1);
      // By id, stably: an id's entries stay in the order of their parts. Fingerprints leave a
      // value or two to a bucket, and an id's repeats do not move; ids crowded together would
      // make many moves, and are summed level by level instead.
      for (int i = from + 1; i < to; i++) {
        long id = ids[i];
        int q = part[i];
        double w = weights[i];
        int j = i - 1;
        while (j >= from && ids[j] > id) {
          if (++moves > budget) {
            return sumLevelByLevel(parts);
          }
          ids[j + 1] = ids[j];
          part[j + 1] = part[j];
          weights[j + 1] = weights[j];
          j--;
        }
        ids[j + 1] = id;
        part[j + 1] = q;
        weights[j + 1] = w;
      }
      for (int i = from; i < to; ) {
        int end = i + 1;
        while (end < to && ids[end] == ids[i]) {
          end++;
        }
        outIds[out] = ids[i];
        outWeights[out++] = blockSum(part, weights, i, end, 0, size);
        i = end;
      }
    }
    return new SparseVector(Arrays.copyOf(outIds, out), Arrays.copyOf(outWeights, out));
  }

  /** Up to this many parts (a split or a merge) are summed level by level, sooner than dealt. */
  private static final int LEVEL_BY_LEVEL_MAX = 4;

  /**
   * Beyond this many moves an entry on average, sorting the buckets gives way to level by level.
   */
  private static final int MAX_MOVES_PER_ENTRY = 8;

  /**
   * The sum of the weights {@code [from, to)} (of one id, in ascending parts) that fall in the
   * block of parts {@code [lo, lo + size)}: its two halves summed, a half with none left out, as
   * summing two by two does.
   */
  private static double blockSum(int[] part, double[] weights, int from, int to, int lo, int size) {
    if (to - from == 1) {
      return weights[from];
    }
    int mid = lo + size / 2;
    int split = from;
    while (split < to && part[split] < mid) {
      split++;
    }
    if (split == from) {
      return blockSum(part, weights, from, to, mid, size / 2);
    }
    if (split == to) {
      return blockSum(part, weights, from, to, lo, size / 2);
    }
    return blockSum(part, weights, from, split, lo, size / 2)
        + blockSum(part, weights, split, to, mid, size / 2);
  }

  /** Sums two by two, level by level. */
  static SparseVector sumLevelByLevel(java.util.List<SparseVector> parts) {
    java.util.List<SparseVector> level = parts;
    while (level.size() > 1) {
      java.util.List<SparseVector> next = new java.util.ArrayList<>((level.size() + 1) / 2);
      for (int k = 0; k < level.size(); k += 2) {
        next.add(k + 1 < level.size() ? sum(level.get(k), level.get(k + 1)) : level.get(k));
      }
      level = next;
    }
    return level.isEmpty() ? EMPTY : level.get(0);
  }

  /**
   * Gathers weights by id: {@link #add} each occurrence, then {@link #build} the vector, each id's
   * weight the sum of its occurrences' weights times {@code factor(id)}.
   */
  static final class Accumulator {
    private final LongDoubleMap sums;

    Accumulator(int expected) {
      sums = new LongDoubleMap(expected);
    }

    /** Adds {@code weight} to id {@code id}. */
    void add(long id, double weight) {
      sums.add(id, weight);
    }

    SparseVector build(java.util.function.LongToDoubleFunction factor) {
      if (sums.size() == 0) {
        return EMPTY;
      }
      long[] ids = sums.sortedKeys();
      double[] weights = new double[ids.length];
      for (int n = 0; n < ids.length; n++) {
        weights[n] = sums.get(ids[n], 0) * factor.applyAsDouble(ids[n]);
      }
      return new SparseVector(ids, weights);
    }
  }
}
