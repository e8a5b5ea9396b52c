package dev.parley.similarity;

import dev.parley.internal.primitive.LongIntMap;
import dev.parley.text.WordSequence;

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
    // Words by id: 1 seen on the left, 2 on the right only, 3 on both and counted.
    LongIntMap seen = new LongIntMap(left.size() + right.size());
    for (int i = 0; i < left.size(); i++) {
      seen.put(left.id(i), 1);
    }
    int union = seen.size();
    int shared = 0;
    for (int j = 0; j < right.size(); j++) {
      long id = right.id(j);
      int was = seen.get(id);
      if (was == 0) {
        seen.put(id, 2);
        union++;
      } else if (was == 1) {
        seen.put(id, 3);
        shared++;
      }
    }
    return shared / (double) union;
  }
}
