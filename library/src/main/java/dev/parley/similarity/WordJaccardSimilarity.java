package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.Set;

/**
 * The Jaccard index of the two sequences' sets of words: a plain baseline that ignores order,
 * frequency and rarity. Symmetric; two empty sequences score 1, one empty sequence 0.
 *
 * <p>Stateless and thread-safe.
 */
public final class WordJaccardSimilarity implements TokenSimilarity {

  private static final WordJaccardSimilarity INSTANCE = new WordJaccardSimilarity();

  private WordJaccardSimilarity() {}

  /** Returns the measure. */
  public static WordJaccardSimilarity instance() {
    return INSTANCE;
  }

  @Override
  public double similarity(WordSequence left, WordSequence right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    if (left.isEmpty() || right.isEmpty()) {
      return left.isEmpty() && right.isEmpty() ? 1.0 : 0.0;
    }
    Set<String> a = new HashSet<>(left.words());
    Set<String> b = new HashSet<>(right.words());
    int union = a.size();
    int shared = 0;
    for (String w : b) {
      if (a.contains(w)) {
        shared++;
      } else {
        union++;
      }
    }
    return shared / (double) union;
  }
}
