package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * How alike two texts are phrased, and why.
 *
 * @param similarity the {@link PhrasingSimilarity}, in [0, 1]
 * @param measures every measure behind it and beside it, by name, each in [0, 1], in a fixed order:
 *     {@code phrasing}, {@code contentWordCosine}, {@code shingleJaccard2}, {@code tfIdfCosine},
 *     {@code shingleJaccard3}, {@code shingleContainment3}, {@code wordJaccard}, {@code lcsRatio},
 *     {@code tokenEdit}
 * @param sharedPhrases the phrases both texts hold, in the left text's order
 * @param restatements where a meaning model was used, the paragraphs that say the same in other
 *     words, by left paragraph; empty otherwise
 */
public record PhrasingScore(
    double similarity,
    Map<String, Double> measures,
    List<SharedPhrase> sharedPhrases,
    List<Restatement> restatements) {

  /** A score without restatements (no meaning model). */
  public PhrasingScore(
      double similarity, Map<String, Double> measures, List<SharedPhrase> sharedPhrases) {
    this(similarity, measures, sharedPhrases, List.of());
  }

  /** This score with {@code restatements}. */
  public PhrasingScore withRestatements(List<Restatement> restatements) {
    return new PhrasingScore(similarity, measures, sharedPhrases, restatements);
  }

  /**
   * Checks the score and copies the collections.
   *
   * @throws IllegalArgumentException if the similarity is outside [0, 1]
   */
  public PhrasingScore {
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity " + similarity + " is outside [0, 1]");
    }
    measures =
        java.util.Collections.unmodifiableMap(
            new java.util.LinkedHashMap<>(requireNonNull(measures, "measures")));
    sharedPhrases = List.copyOf(sharedPhrases);
    restatements = List.copyOf(restatements);
  }
}
