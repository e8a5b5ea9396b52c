package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;

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
    return cosine(left, vector(left), right, vector(right));
  }

  /** The cosine of two vectors made by {@link #vector}. */
  static double cosine(WordSequence left, SparseVector a, WordSequence right, SparseVector b) {
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() && b.isEmpty() && Vectors.sameWords(left, right) ? 1.0 : 0.0;
    }
    return SparseVector.cosine(a, b);
  }

  SparseVector vector(WordSequence words) {
    SparseVector.Accumulator frequency = new SparseVector.Accumulator(words.size() / 2);
    for (int i = 0; i < words.size(); i++) {
      if (contentWords.isContent(words, i)) {
        frequency.add(words.id(i), words.isCapitalised(i) ? PROPER_NOUN_WEIGHT : 1.0);
      }
    }
    return frequency.build(statistics::inverseDocumentFrequencyOf);
  }
}
