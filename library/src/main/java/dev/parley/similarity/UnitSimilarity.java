package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.WordSequence;
import java.util.List;

/**
 * A similarity the aligner can score many units with: each text prepared once, then any two
 * prepared texts scored, parts of a text joined (for splits and merges) from what is already
 * prepared, and all pairs of two lists scored at once. {@link PhrasingSimilarity}, Parley's own
 * measure, does each of these over primitive arrays; any other {@link TokenSimilarity} is made one
 * by {@link #of(TokenSimilarity)}, whose prepared form is the words themselves.
 *
 * <pre>{@code
 * Aligner aligner = Aligner.of(WordJaccardSimilarity.instance(), TermStatistics.defaults());
 * UnitSimilarity jaccard = UnitSimilarity.of(WordJaccardSimilarity.instance());
 * }</pre>
 *
 * <p>A prepared text belongs to the measure that prepared it: handing it to another measure is an
 * error. Implementations are immutable and thread-safe.
 */
public interface UnitSimilarity extends TokenSimilarity {

  /** What a measure needs of one text, computed once by {@link #prepare}. */
  interface Prepared {
    /** Returns the words this was prepared from. */
    WordSequence words();
  }

  /**
   * Prepares {@code words} for repeated scoring.
   *
   * @throws NullPointerException if {@code words} is null
   */
  Prepared prepare(WordSequence words);

  /**
   * Returns what {@link #prepare} gives for the texts of {@code parts} read one after another. By
   * default the parts' words are joined and prepared again.
   *
   * @throws IllegalArgumentException if {@code parts} is empty or a part was prepared by another
   *     measure
   */
  default Prepared concat(List<? extends Prepared> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("nothing to join");
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return prepare(WordSequence.concat(parts.stream().map(Prepared::words).toList()));
  }

  /**
   * Returns the similarity of two prepared texts: the same as {@link #similarity(WordSequence,
   * WordSequence)} of their words. By default it is that.
   *
   * @throws IllegalArgumentException if either was prepared by another measure
   */
  default double similarity(Prepared left, Prepared right) {
    return similarity(left.words(), right.words());
  }

  /**
   * Returns {@link #similarity(Prepared, Prepared)} of every left text with every right text,
   * {@code [i][j]} for left {@code i} and right {@code j}. By default pair by pair.
   *
   * @throws IllegalArgumentException if a text was prepared by another measure
   */
  default double[][] similarities(List<? extends Prepared> left, List<? extends Prepared> right) {
    double[][] out = new double[left.size()][right.size()];
    for (int i = 0; i < left.size(); i++) {
      for (int j = 0; j < right.size(); j++) {
        out[i][j] = similarity(left.get(i), right.get(j));
      }
    }
    return out;
  }

  /**
   * Returns {@link #similarity(Prepared, Prepared)} of each left text with the right texts chosen
   * for it: {@code [i][k]} for left {@code i} and right {@code chosen[i][k]}. By default pair by
   * pair; a measure that scores many pairs at once for less (as {@link PhrasingSimilarity} does)
   * scores them so, with the same scores.
   *
   * @throws IllegalArgumentException if {@code chosen} has not one row per left text, names a right
   *     text that is not there, or a text was prepared by another measure
   */
  default double[][] similarities(
      List<? extends Prepared> left, List<? extends Prepared> right, int[][] chosen) {
    Vectors.checkChosen(left.size(), right.size(), chosen);
    double[][] out = new double[left.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new double[chosen[i].length];
      for (int k = 0; k < chosen[i].length; k++) {
        out[i][k] = similarity(left.get(i), right.get(chosen[i][k]));
      }
    }
    return out;
  }

  /**
   * Returns {@code measure} as a unit similarity: itself if it is one, else one that prepares a
   * text by keeping its words and scores with {@code measure}.
   *
   * @throws NullPointerException if {@code measure} is null
   */
  static UnitSimilarity of(TokenSimilarity measure) {
    requireNonNull(measure, "measure");
    if (measure instanceof UnitSimilarity unit) {
      return unit;
    }
    return new UnitSimilarity() {
      @Override
      public double similarity(WordSequence left, WordSequence right) {
        return measure.similarity(left, right);
      }

      @Override
      public Prepared prepare(WordSequence words) {
        requireNonNull(words, "words");
        return () -> words;
      }

      @Override
      public String toString() {
        return "UnitSimilarity.of(" + measure + ")";
      }
    };
  }
}
