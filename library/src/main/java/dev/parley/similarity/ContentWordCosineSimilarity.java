package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.TermStatistics;
import java.util.HashMap;
import java.util.Map;

/**
 * The cosine of two texts' content-word vectors: only words rare enough to be evidence (in fewer
 * than a fifth of the documents counted, three letters or more, not numbers) count; each weighs its
 * raw frequency times its inverse document frequency, and a capitalised occurrence (a proper noun,
 * mostly: a leader, a place, an institution) counts three times.
 *
 * <p>Why these choices: on the UN General Debate corpus, telling a delegation's speeches in
 * consecutive years from two delegations' speeches of the same year, plain tf-idf cosine with
 * sublinear frequency reaches a ROC AUC of 0.91; keeping content words only, 0.95; raw frequency (a
 * delegation names itself and its own concerns again and again), 0.98; weighing proper nouns, 0.984
 * to 0.989 over three samples of 400 pairs a class ({@code SimilarityEvaluation}). Symmetric; two
 * texts without content words score 1 if both are empty and 0 otherwise.
 *
 * <p>Immutable and thread-safe.
 */
public final class ContentWordCosineSimilarity implements TokenSimilarity {

  /** How much more a capitalised occurrence counts. */
  static final double PROPER_NOUN_WEIGHT = 3.0;

  private final TermStatistics statistics;
  private final ContentWords contentWords;

  private ContentWordCosineSimilarity(TermStatistics statistics) {
    this.statistics = statistics;
    this.contentWords = new ContentWords(statistics, ContentWords.DISTINCTIVE_SHARE);
  }

  /** Returns the measure with document frequencies from {@code statistics}. */
  public static ContentWordCosineSimilarity of(TermStatistics statistics) {
    return new ContentWordCosineSimilarity(requireNonNull(statistics, "statistics"));
  }

  @Override
  public double similarity(WordSequence left, WordSequence right) {
    double empty = Vectors.emptyCase(left, right);
    if (empty >= 0) {
      return empty;
    }
    Map<String, Double> a = vector(left);
    Map<String, Double> b = vector(right);
    return cosine(left, a, Vectors.norm(a), right, b, Vectors.norm(b));
  }

  /** The cosine of two vectors made by {@link #vector}, with their norms. */
  static double cosine(
      WordSequence left,
      Map<String, Double> a,
      double normA,
      WordSequence right,
      Map<String, Double> b,
      double normB) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty() && left.words().equals(right.words()) ? 1.0 : 0.0;
    }
    return Vectors.cosine(a, normA, b, normB);
  }

  Map<String, Double> vector(WordSequence words) {
    Map<String, Double> frequency = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.word(i);
      if (contentWords.isContent(w)) {
        frequency.merge(w, isCapitalised(words.display(i)) ? PROPER_NOUN_WEIGHT : 1.0, Double::sum);
      }
    }
    frequency.replaceAll((w, f) -> f * statistics.inverseDocumentFrequency(w));
    return frequency;
  }

  private static boolean isCapitalised(String display) {
    return display.length() > 1
        && Character.isUpperCase(display.charAt(0))
        && Character.isLowerCase(display.charAt(1));
  }
}
