package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.HashMap;
import java.util.Map;

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
    Map<String, Double> a = vector(left);
    Map<String, Double> b = vector(right);
    return Vectors.cosine(a, Vectors.norm(a), b, Vectors.norm(b));
  }

  private Map<String, Double> vector(WordSequence words) {
    Map<String, Integer> tf = new HashMap<>(words.size());
    for (String w : words.words()) {
      tf.merge(w, 1, Integer::sum);
    }
    Map<String, Double> v = new HashMap<>(tf.size() * 2);
    tf.forEach((w, n) -> v.put(w, (1 + Math.log(n)) * statistics.inverseDocumentFrequency(w)));
    return v;
  }
}
