package dev.parley.similarity;

import dev.parley.text.WordSequence;

/**
 * A similarity of two word sequences: in [0, 1], higher is closer, 1 for identical sequences. Each
 * implementation documents whether it is symmetric and how two empty sequences score.
 */
@FunctionalInterface
public interface TokenSimilarity {

  /**
   * Returns the similarity of {@code left} and {@code right}, in [0, 1].
   *
   * @throws NullPointerException if either is null
   */
  double similarity(WordSequence left, WordSequence right);
}
