package dev.parley.similarity;

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
    double norms = a.norm * b.norm;
    return norms == 0 ? 0 : Math.min(1.0, dot / norms);
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
