package dev.parley.align;

import dev.parley.internal.primitive.LongIntMap;
import dev.parley.text.WordSequence;
import java.util.Arrays;

/**
 * The terms the words signal of {@link PairEvidence} counts: each unit's words by light stem (a
 * compound by its parts), how often each occurs, and their tf-idf weights against the units of both
 * statements; kept with the unit's words, so that a statement compared again is not read again.
 */
final class PairTerms {

  private PairTerms() {}

  /**
   * A unit's terms: the light stems of its words (a compound's parts), distinct and ascending, and
   * how often each occurs; kept with its words.
   */
  record Terms(long[] ids, int[] counts, long[] ofWords) {}

  /** What a unit's terms are kept with its words by. */
  private static final Object TERMS = new Object();

  static Terms terms(WordSequence words) {
    return words.computeIfAbsent(TERMS, PairTerms::readTerms);
  }

  private static Terms readTerms(WordSequence w) {
    long[] ids = new long[w.size() + 8];
    long[] ofWords = new long[w.size()];
    int n = 0;
    for (int k = 0; k < w.size(); k++) {
      long id = termId(w, k);
      ofWords[k] = id;
      if (id != 0) {
        ids = grown(ids, n + 1);
        ids[n++] = id;
      } else {
        // A compound counts as its parts: "peace-building" meets "building peace".
        for (String part : w.word(k).split("-")) {
          if (!part.isEmpty()) {
            ids = grown(ids, n + 1);
            ids[n++] = WordSequence.idOf(stem(part));
          }
        }
      }
    }
    long[] sorted = Arrays.copyOf(ids, n);
    Arrays.sort(sorted);
    // Distinct and counted in one pass over the sorted ids.
    int distinctCount = 0;
    for (int k = 0; k < n; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        distinctCount++;
      }
    }
    long[] distinct = new long[distinctCount];
    int[] counts = new int[distinctCount];
    int at = -1;
    for (int k = 0; k < n; k++) {
      if (k == 0 || sorted[k] != sorted[k - 1]) {
        distinct[++at] = sorted[k];
      }
      counts[at]++;
    }
    return new Terms(distinct, counts, ofWords);
  }

  private static long[] grown(long[] a, int size) {
    return size <= a.length ? a : Arrays.copyOf(a, 2 * size);
  }

  /**
   * The id of word {@code k}'s light stem: its own id but for a plural's or a possessive's ending;
   * 0 for a compound, which counts as its parts.
   */
  static long termId(WordSequence w, int k) {
    if (w.letterLength(k) < 4) {
      return w.id(k);
    }
    if (w.isCompound(k)) {
      return 0;
    }
    char last = w.lastChar(k);
    if (last != 's' && last != 'S' && last != '\'' && last != '\u2019') {
      return w.id(k); // no plural or possessive ending: the word is its own stem
    }
    String form = w.word(k);
    String stem = stem(form);
    return stem == form ? w.id(k) : WordSequence.idOf(stem);
  }

  /**
   * The light stem of a match form: a possessive's and a plural's ending taken off ({@code
   * countries} → {@code country}, {@code taxes} → {@code tax}, {@code nation's} → {@code nation}),
   * nothing else; {@code word} itself where it has no such ending ({@code crisis}, {@code status},
   * {@code access}).
   */
  static String stem(String word) {
    int n = word.length();
    if (n > 2 && word.charAt(n - 2) == '\'' && word.charAt(n - 1) == 's') {
      return stem(word.substring(0, n - 2));
    }
    if (n > 1 && word.charAt(n - 1) == '\'') {
      return stem(word.substring(0, n - 1));
    }
    if (n < 4 || word.charAt(n - 1) != 's') {
      return word;
    }
    if (n > 4 && word.endsWith("ies")) {
      return word.substring(0, n - 3) + 'y';
    }
    if (n > 4 && word.endsWith("es") && "sxz".indexOf(word.charAt(n - 3)) >= 0) {
      return word.substring(0, n - 2);
    }
    if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) {
      return word;
    }
    return word.substring(0, n - 1);
  }

  static void count(Terms t, LongIntMap unitsHolding) {
    for (long id : t.ids()) {
      unitsHolding.add(id, 1);
    }
  }

  /**
   * How rare a term held by {@code holding} of {@code all} units is: {@code log(N / n)}, with N at
   * least 3. Two texts alone, one a side (two one-paragraph drafts), are no background: every word
   * they share is in all of them and would weigh nothing, leaving the two nothing in common; they
   * are weighed as if a third text held none of their words.
   */
  static double rarity(int holding, int all) {
    return Math.log((double) Math.max(all, MIN_BACKGROUND) / holding);
  }

  /** The fewest texts a background counts. */
  static final int MIN_BACKGROUND = 3;

  /** Each term's tf-idf weight, the vector of a unit normalised to length 1. */
  static double[] weights(Terms t, LongIntMap unitsHolding, int all) {
    double[] w = new double[t.ids().length];
    double norm = 0;
    for (int k = 0; k < w.length; k++) {
      w[k] = t.counts()[k] * rarity(unitsHolding.get(t.ids()[k]), all);
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

  static double dot(long[] a, double[] wa, long[] b, double[] wb) {
    double sum = 0;
    int x = 0;
    int y = 0;
    while (x < a.length && y < b.length) {
      if (a[x] == b[y]) {
        sum += wa[x++] * wb[y++];
      } else if (a[x] < b[y]) {
        x++;
      } else {
        y++;
      }
    }
    return Math.min(1, sum);
  }
}
