package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.internal.primitive.LongDoubleMap;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;

/**
 * The cosine of the two sequences' tf-idf vectors, with sublinear term frequency: a word weighs
 * {@code (1 + ln tf) × idf}, where idf comes from {@link TermStatistics}, so that rare words count
 * for more than "the United Nations". Symmetric; two empty sequences score 1, one empty sequence 0.
 *
 * <pre>{@code
 * TfIdfCosineSimilarity.of(TermStatistics.defaults()).similarity(a, b);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class TfIdfCosineSimilarity implements TokenSimilarity {

  private final TermStatistics statistics;

  private TfIdfCosineSimilarity(TermStatistics statistics) {
    this.statistics = statistics;
  }

  /** Returns the measure with document frequencies from {@code statistics}. */
  public static TfIdfCosineSimilarity of(TermStatistics statistics) {
    return new TfIdfCosineSimilarity(requireNonNull(statistics, "statistics"));
  }

  @Override
  public double similarity(WordSequence left, WordSequence right) {
    double empty = Vectors.emptyCase(left, right);
    if (empty >= 0) {
      return empty;
    }
    return SparseVector.cosine(vector(left), vector(right));
  }

  /** The tf-idf vector over word ids. */
  private SparseVector vector(WordSequence words) {
    LongDoubleMap tf = new LongDoubleMap(words.size());
    for (int i = 0; i < words.size(); i++) {
      tf.add(words.id(i), 1);
    }
    long[] ids = tf.sortedKeys();
    double[] weights = new double[ids.length];
    for (int k = 0; k < ids.length; k++) {
      weights[k] =
          (1 + Math.log(tf.get(ids[k], 0))) * statistics.inverseDocumentFrequencyOf(ids[k]);
    }
    return new SparseVector(ids, weights);
  }
}
