package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * A soft similarity that credits words of like meaning, not only the same words: each content word
 * of one text is matched to the word of the other text whose {@link WordVectors vector} is closest
 * (the same word scores 1; a different word its cosine, counted only from {@value #FLOOR} up and
 * rescaled so that the floor is 0), the matches weighted by inverse document frequency, in both
 * directions, and the two directions' averages combined by their harmonic mean (as BERTScore does
 * with contextual vectors; here static vectors trained on the corpus). "The technology can bring
 * many benefits to humanity" and "the technology will have positive impacts on the society" share
 * one content word but several close ones.
 *
 * <p>Symmetric; two texts without content words score 1 if both are empty and 0 otherwise. Costs
 * the product of the two texts' content-word counts: meant for sentences and short paragraphs.
 * Immutable and thread-safe.
 */
public final class AlignedWordSimilarity implements TokenSimilarity {

  /** Cosines below this are chance likeness in a space of this size, and count nothing. */
  static final double FLOOR = 0.35;

  private final WordVectors vectors;
  private final TermStatistics statistics;
  private final ContentWords contentWords;

  private AlignedWordSimilarity(WordVectors vectors, TermStatistics statistics) {
    this.vectors = vectors;
    this.statistics = statistics;
    this.contentWords = new ContentWords(statistics, ContentWords.PHRASE_SHARE);
  }

  /** The measure over {@code vectors}, with content words and weights from {@code statistics}. */
  public static AlignedWordSimilarity of(WordVectors vectors, TermStatistics statistics) {
    return new AlignedWordSimilarity(
        requireNonNull(vectors, "vectors"), requireNonNull(statistics, "statistics"));
  }

  /** One text's content words: ids, vector rows (or -1) and weights. */
  record Words(long[] ids, int[] rows, double[] weights, double total) {}

  /** Prepares a text once for many comparisons. */
  Words prepare(WordSequence text) {
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      if (contentWords.isContent(text, i)) {
        at.add(i);
      }
    }
    long[] ids = new long[at.size()];
    int[] rows = new int[at.size()];
    double[] weights = new double[at.size()];
    double total = 0;
    for (int k = 0; k < ids.length; k++) {
      ids[k] = text.id(at.get(k));
      rows[k] = vectors.row(ids[k]);
      weights[k] = statistics.inverseDocumentFrequencyOf(ids[k]);
      total += weights[k];
    }
    return new Words(ids, rows, weights, total);
  }

  @Override
  public double similarity(WordSequence left, WordSequence right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    return similarity(prepare(left), prepare(right));
  }

  double similarity(Words a, Words b) {
    if (a.ids().length == 0 || b.ids().length == 0) {
      return a.ids().length == 0 && b.ids().length == 0 ? 1 : 0;
    }
    double[] bestA = new double[a.ids().length];
    double[] bestB = new double[b.ids().length];
    for (int i = 0; i < bestA.length; i++) {
      for (int j = 0; j < bestB.length; j++) {
        double s = match(a, i, b, j);
        bestA[i] = Math.max(bestA[i], s);
        bestB[j] = Math.max(bestB[j], s);
      }
    }
    double recallA = weighted(a, bestA);
    double recallB = weighted(b, bestB);
    return recallA + recallB == 0 ? 0 : 2 * recallA * recallB / (recallA + recallB);
  }

  private double match(Words a, int i, Words b, int j) {
    if (a.ids()[i] == b.ids()[j]) {
      return 1;
    }
    if (a.rows()[i] < 0 || b.rows()[j] < 0) {
      return 0;
    }
    double cosine = vectors.rowSimilarity(a.rows()[i], b.rows()[j]);
    return cosine <= FLOOR ? 0 : (cosine - FLOOR) / (1 - FLOOR);
  }

  private static double weighted(Words w, double[] best) {
    double sum = 0;
    for (int i = 0; i < best.length; i++) {
      sum += w.weights()[i] * best[i];
    }
    return w.total() == 0 ? 0 : sum / w.total();
  }
}
