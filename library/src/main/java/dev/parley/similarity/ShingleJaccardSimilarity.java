package dev.parley.similarity;

import dev.parley.text.WordSequence;
import java.util.Map;

/**
 * The Jaccard index of the sets of word n-grams (shingles) of two sequences: shared shingles over
 * all distinct shingles. Symmetric; two empty sequences score 1, one empty sequence 0. A sequence
 * shorter than n counts as one shingle of itself.
 *
 * <pre>{@code
 * ShingleJaccardSimilarity.of(3).similarity(WordSequence.of("a b c d"), WordSequence.of("a b c e")); // 1/3
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ShingleJaccardSimilarity implements TokenSimilarity {

  private final int n;

  private ShingleJaccardSimilarity(int n) {
    this.n = n;
  }

  /**
   * Returns the measure over shingles of {@code n} words.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public static ShingleJaccardSimilarity of(int n) {
    Shingles.checkN(n);
    return new ShingleJaccardSimilarity(n);
  }

  /** Returns the shingle length. */
  public int n() {
    return n;
  }

  @Override
  public double similarity(WordSequence left, WordSequence right) {
    double empty = Vectors.emptyCase(left, right);
    if (empty >= 0) {
      return empty;
    }
    Map<Long, Integer> a = Shingles.of(left, n);
    Map<Long, Integer> b = Shingles.of(right, n);
    int shared = Shingles.shared(a, b);
    return shared / (double) (a.size() + b.size() - shared);
  }
}
