package dev.parley.similarity;

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
    long[] hashes = new long[size];
    for (int i = 0; i < size; i++) {
      hashes[i] = mix(words.word(i).hashCode());
    }
    int width = Math.min(n, size);
    for (int i = 0; i + width <= size; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int k = 0; k < width; k++) {
        h = (h ^ hashes[i + k]) * 0xBF58476D1CE4E5B9L;
        h = Long.rotateLeft(h, 31);
      }
      shingles.merge(h, 1, Integer::sum);
    }
    return shingles;
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

  static long mix(long x) {
    x = (x ^ (x >>> 30)) * 0xBF58476D1CE4E5B9L;
    x = (x ^ (x >>> 27)) * 0x94D049BB133111EBL;
    return x ^ (x >>> 31);
  }

  static void checkN(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("shingle length must be at least 1: " + n);
    }
  }
}
