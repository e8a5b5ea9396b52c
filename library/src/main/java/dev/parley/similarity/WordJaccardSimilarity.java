package dev.parley.similarity;

import dev.parley.text.WordSequence;
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
    double empty = Vectors.emptyCase(left, right);
    if (empty >= 0) {
      return empty;
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
