package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.WordSequence;
import java.util.Map;

/** What the measures share: the checks on empty texts, and sparse word vectors. */
final class Vectors {

  private Vectors() {}

  /**
   * Checks the arguments and returns the score of a pair in which a text is empty (1 for two empty
   * texts, 0 for one), or a negative number when neither is.
   *
   * @throws NullPointerException if a text is null
   */
  static double emptyCase(WordSequence left, WordSequence right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    if (left.isEmpty() || right.isEmpty()) {
      return left.isEmpty() && right.isEmpty() ? 1.0 : 0.0;
    }
    return -1;
  }

  /** The Euclidean norm of a sparse vector. */
  static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double x : v.values()) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }

  /** The cosine of two non-empty sparse vectors with their norms, at most 1. */
  static double cosine(Map<String, Double> a, double normA, Map<String, Double> b, double normB) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    double norms = normA * normB;
    return norms == 0 ? 0 : Math.min(1.0, dot / norms);
  }
}
