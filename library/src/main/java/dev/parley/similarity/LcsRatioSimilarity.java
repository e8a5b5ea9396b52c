package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.WordSequence;
import org.apache.commons.text.similarity.LongestCommonSubsequence;

/**
 * The longest common subsequence of words, as a share of both texts: {@code 2 × |LCS| / (|a| +
 * |b|)}. Rewards wording kept in the same order, however far apart. Runs Commons Text's {@link
 * LongestCommonSubsequence} over words (linear memory, time the product of the lengths). Symmetric;
 * two empty sequences score 1.
 *
 * <p>Stateless and thread-safe.
 */
public final class LcsRatioSimilarity implements TokenSimilarity {

  private static final LcsRatioSimilarity INSTANCE = new LcsRatioSimilarity();
  private static final LongestCommonSubsequence LCS = new LongestCommonSubsequence();

  private LcsRatioSimilarity() {}

  /** Returns the measure. */
  public static LcsRatioSimilarity instance() {
    return INSTANCE;
  }

  @Override
  public double similarity(WordSequence left, WordSequence right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    int total = left.size() + right.size();
    if (total == 0) {
      return 1.0;
    }
    String[] coded = TokenCodes.encode(left, right);
    return 2.0 * LCS.apply(coded[0], coded[1]) / total;
  }
}
