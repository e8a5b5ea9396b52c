package dev.parley.corpus;

import dev.parley.text.TermStatistics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which of the words two statements share say what matter they share: the names, places, treaties
 * and bodies, not the words every speech has. A word qualifies when few statements of the corpus
 * searched hold it (at most a fifth, as the search's index) and few speeches of the UN General
 * Debate do (at most a fifth of them: "effort", "meet", "thanks" are left out whatever the corpus);
 * the qualifying words are ranked by their weight in the two statements' similarity (the product of
 * their weights), raised by how rare they are in the General Debate, so that "aral" or
 * "semipalatinsk" comes before "chemical". The same rule names the shared words of {@code parley
 * corpus similar} and of its Spark counterpart.
 */
public final class SharedWords {

  /** A word in more than this share of the General Debate's speeches names no matter. */
  public static final double BACKGROUND_SHARE = 0.2;

  private SharedWords() {}

  private static final class Background {
    static final TermStatistics STATISTICS = TermStatistics.defaults();
  }

  /**
   * Up to {@link Neighbour#SHARED} of {@code words} (shared words, as the index keeps them, each
   * already found in no more than a fifth of the corpus searched), by the product of their weights
   * {@code products} (in the same order), most telling first; ties by the word.
   *
   * @throws IllegalArgumentException if the two lists differ in length
   */
  public static List<String> pick(List<String> words, List<Double> products) {
    if (words.size() != products.size()) {
      throw new IllegalArgumentException("one product a word");
    }
    TermStatistics background = Background.STATISTICS;
    double n = Math.max(1, background.documentCount());
    List<Object[]> kept = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      long df = background.documentFrequency(words.get(i));
      if (df > BACKGROUND_SHARE * n) {
        continue;
      }
      double score = products.get(i) * Math.log(n / Math.max(1, df));
      if (score > 0) {
        kept.add(new Object[] {score, words.get(i)});
      }
    }
    kept.sort(
        Comparator.comparing((Object[] x) -> -(Double) x[0]).thenComparing(x -> (String) x[1]));
    List<String> out = new ArrayList<>(Neighbour.SHARED);
    for (int i = 0; i < kept.size() && out.size() < Neighbour.SHARED; i++) {
      String word = (String) kept.get(i)[1];
      // "kazakhstan's" beside "kazakhstan" names nothing more.
      String base = word.replaceFirst("['\u2019]s$", "");
      if (!out.contains(base)) {
        out.add(base);
      }
    }
    return out;
  }
}
