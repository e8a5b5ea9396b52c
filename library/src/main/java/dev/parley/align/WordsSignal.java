package dev.parley.align;

import static java.util.Objects.requireNonNull;

import dev.parley.internal.primitive.LongIntMap;
import dev.parley.text.WordSequence;
import java.util.List;

/**
 * The words signal of {@link LinkEvidence} for any two texts of a set: the cosine of their words
 * (light stems), each weighed by how rare it is among the set's texts ({@code log(N / n)}). The set
 * is the background: the paragraphs of a series of versions, the sentences of two statements. What
 * the set says everywhere (a delegation's name, its leaders' titles) weighs little; what two of its
 * texts alone share weighs much.
 *
 * <pre>{@code
 * WordsSignal signal = WordsSignal.over(allParagraphs);
 * double words = signal.between(first, second); // in [0, 1]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WordsSignal {

  private final LongIntMap unitsHolding = new LongIntMap(1024);
  private final int units;

  private WordsSignal(List<WordSequence> texts) {
    for (WordSequence t : texts) {
      PairTerms.count(PairTerms.terms(t), unitsHolding);
    }
    this.units = texts.size();
  }

  /**
   * Returns the signal against the background of {@code texts}.
   *
   * @throws NullPointerException if the list or a text is null
   */
  public static WordsSignal over(List<WordSequence> texts) {
    requireNonNull(texts, "texts");
    texts.forEach(t -> requireNonNull(t, "text"));
    return new WordsSignal(texts);
  }

  /**
   * Returns the words signal of {@code x} and {@code y} against this background, in [0, 1]; their
   * words not in the background count as held by one text.
   *
   * @throws NullPointerException if either is null
   */
  public double between(WordSequence x, WordSequence y) {
    PairTerms.Terms a = PairTerms.terms(requireNonNull(x, "x"));
    PairTerms.Terms b = PairTerms.terms(requireNonNull(y, "y"));
    int all = Math.max(units, 1);
    return PairTerms.dot(a.ids(), weights(a, all), b.ids(), weights(b, all));
  }

  private double[] weights(PairTerms.Terms t, int all) {
    double[] w = new double[t.ids().length];
    double norm = 0;
    for (int k = 0; k < w.length; k++) {
      int holding = Math.max(1, Math.min(all, unitsHolding.get(t.ids()[k])));
      w[k] = t.counts()[k] * PairTerms.rarity(holding, all);
      norm += w[k] * w[k];
    }
    if (norm > 0) {
      double scale = 1 / Math.sqrt(norm);
      for (int k = 0; k < w.length; k++) {
        w[k] *= scale;
      }
    }
    return w;
  }
}
