package dev.parley.similarity;

import dev.parley.text.WordSequence;
import java.util.Map;

/**
 * How much of the shorter text's phrasing the longer one contains: the distinct word n-grams
 * (shingles) the two sequences share over the distinct shingles of the one with fewer. Finds a
 * passage reused inside a longer statement, where Jaccard would be diluted. Symmetric; two empty
 * sequences score 1, one empty sequence 0.
 *
 * <p>Immutable and thread-safe.
 */
public final class ShingleContainmentSimilarity implements TokenSimilarity {

  private final int n;

  private ShingleContainmentSimilarity(int n) {
    this.n = n;
  }

  /**
   * Returns the measure over shingles of {@code n} words.
   *
   * @throws IllegalArgumentException if {@code n < 1}
   */
  public static ShingleContainmentSimilarity of(int n) {
    Shingles.checkN(n);
    return new ShingleContainmentSimilarity(n);
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
    return Shingles.shared(a, b) / (double) Math.min(a.size(), b.size());
  }
}
