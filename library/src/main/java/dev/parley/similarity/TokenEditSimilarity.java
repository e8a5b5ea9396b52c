package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.WordSequence;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * One minus the Levenshtein distance between the two word sequences (words inserted, deleted or
 * replaced) over the length of the longer: 1 for identical wording, 0 when no word stands where it
 * stood. Runs Commons Text's {@link LevenshteinDistance} over words, not characters, so that long
 * statements stay affordable (time grows with the product of the lengths, memory with the shorter).
 * Symmetric; two empty sequences score 1.
 *
 * <p>Stateless and thread-safe.
 */
public final class TokenEditSimilarity implements TokenSimilarity {

  private static final TokenEditSimilarity INSTANCE = new TokenEditSimilarity();

  private TokenEditSimilarity() {}

  /** Returns the measure. */
  public static TokenEditSimilarity instance() {
    return INSTANCE;
  }

  @Override
  public double similarity(WordSequence left, WordSequence right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    int longer = Math.max(left.size(), right.size());
    if (longer == 0) {
      return 1.0;
    }
    String[] coded = TokenCodes.encode(left, right);
    int distance = LevenshteinDistance.getDefaultInstance().apply(coded[0], coded[1]);
    return 1.0 - distance / (double) longer;
  }
}
