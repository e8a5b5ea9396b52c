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
    List<String> kept = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      double score = products.get(i) * background(words.get(i));
      if (score > 0) {
        kept.add(words.get(i));
        scores.add(score);
      }
    }
    return best(kept, scores);
  }

  /**
   * How much more telling a word is for being rare in the UN General Debate: {@code ln(N/df)} over
   * its speeches, 0 for a word in more than a fifth of them. {@link #pick} ranks a shared word by
   * the product of its weights times this.
   */
  public static double background(String word) {
    TermStatistics statistics = Background.STATISTICS;
    double n = Math.max(1, statistics.documentCount());
    long df = statistics.documentFrequency(word);
    return df > BACKGROUND_SHARE * n ? 0 : Math.log(n / Math.max(1, df));
  }

  /**
   * Up to {@link Neighbour#SHARED} of {@code words}, ranked by {@code scores} (each a product of
   * weights times {@link #background}, positive), highest first, ties by the word; a possessive
   * ("kazakhstan's") is folded into its word and names nothing more.
   *
   * @throws IllegalArgumentException if the two lists differ in length
   */
  public static List<String> best(List<String> words, List<Double> scores) {
    if (words.size() != scores.size()) {
      throw new IllegalArgumentException("one score a word");
    }
    // A word has at most three forms (x, x's, x’s): the best 3 × SHARED hold SHARED words. They
    // are picked in one pass, without sorting the rest.
    int room = 3 * Neighbour.SHARED;
    Comparator<Integer> better =
        Comparator.comparing((Integer i) -> -scores.get(i)).thenComparing(words::get);
    List<Integer> top = new ArrayList<>(room + 1);
    for (int i = 0; i < words.size(); i++) {
      if (top.size() == room && better.compare(i, top.get(room - 1)) >= 0) {
        continue;
      }
      int at = top.size();
      while (at > 0 && better.compare(i, top.get(at - 1)) < 0) {
        at--;
      }
      top.add(at, i);
      if (top.size() > room) {
        top.remove(room);
      }
    }
    List<String> out = new ArrayList<>(Neighbour.SHARED);
    for (int i = 0; i < top.size() && out.size() < Neighbour.SHARED; i++) {
      String word = words.get(top.get(i));
      // "kazakhstan's" beside "kazakhstan" names nothing more.
      String base = word.replaceFirst("['\u2019]s$", "");
      if (!out.contains(base)) {
        out.add(base);
      }
    }
    return out;
  }
}
