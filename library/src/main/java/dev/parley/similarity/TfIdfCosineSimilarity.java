package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.TermStatistics;
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
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    if (left.isEmpty() || right.isEmpty()) {
      return left.isEmpty() && right.isEmpty() ? 1.0 : 0.0;
    }
    Map<String, Double> a = vector(left);
    Map<String, Double> b = vector(right);
    double dot = 0;
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    double norms = norm(a) * norm(b);
    return norms == 0 ? 0 : Math.min(1.0, dot / norms);
  }

  private Map<String, Double> vector(WordSequence words) {
    Map<String, Integer> tf = new HashMap<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      tf.merge(words.word(i), 1, Integer::sum);
    }
    Map<String, Double> v = new HashMap<>(tf.size() * 2);
    tf.forEach((w, n) -> v.put(w, (1 + Math.log(n)) * statistics.inverseDocumentFrequency(w)));
    return v;
  }

  private static double norm(Map<String, Double> v) {
    double sum = 0;
    for (double x : v.values()) {
      sum += x * x;
    }
    return Math.sqrt(sum);
  }
}
