package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.WordSequence;

/**
 * What the measures share: the checks on empty texts, on texts of the same words and on the pairs
 * chosen for scoring.
 */
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

  /** Whether two texts have the same words in the same order. */
  static boolean sameWords(WordSequence left, WordSequence right) {
    if (left == right) {
      return true;
    }
    if (left.size() != right.size()) {
      return false;
    }
    for (int i = left.size() - 1; i >= 0; i--) { // from the end: most sentences start alike
      if (left.id(i) != right.id(i)) {
        return false;
      }
    }
    return true;
  }

  /** Checks that {@code chosen} has a row per left text and names right texts that are there. */
  static void checkChosen(int left, int right, int[][] chosen) {
    requireNonNull(chosen, "chosen");
    if (chosen.length != left) {
      throw new IllegalArgumentException(
          "chosen has " + chosen.length + " rows for " + left + " left texts");
    }
    for (int[] row : chosen) {
      for (int j : row) {
        if (j < 0 || j >= right) {
          throw new IllegalArgumentException(
              "chosen names right text " + j + " of " + right + " texts");
        }
      }
    }
  }
}
