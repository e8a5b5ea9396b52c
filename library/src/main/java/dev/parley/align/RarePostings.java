package dev.parley.align;

import dev.parley.internal.primitive.LongIntMap;
import dev.parley.text.TermStatistics;
import java.util.Arrays;

/**
 * The right units by their rarer words: for each word a list of the units that hold it, ascending,
 * the lists one after another in one array.
 */
final class RarePostings {
  /** Per word, its list's number plus one. */
  private final LongIntMap lists = new LongIntMap(1024);

  /** Where each list begins in {@link #units}, and where the last ends. */
  final int[] start;

  final int[] units;

  /** Per list, its word's inverse document frequency (at least 1); 0 until first asked for. */
  private final double[] idfs;

  private final TermStatistics statistics;

  /**
   * The postings of {@code rightUnits} right units, whose rarer words {@code rare} gives (each
   * unit's distinct, sorted).
   */
  RarePostings(
      int rightUnits, java.util.function.IntFunction<long[]> rare, TermStatistics statistics) {
    this.statistics = statistics;
    int[] count = new int[64];
    int postings = 0;
    for (int j = 0; j < rightUnits; j++) {
      for (long w : rare.apply(j)) {
        int list = lists.get(w) - 1;
        if (list < 0) {
          list = lists.size();
          lists.put(w, list + 1);
          if (list == count.length) {
            count = Arrays.copyOf(count, 2 * list);
          }
        }
        count[list]++;
        postings++;
      }
    }
    start = new int[lists.size() + 1];
    idfs = new double[lists.size()];
    for (int list = 0; list < lists.size(); list++) {
      start[list + 1] = start[list] + count[list];
    }
    units = new int[postings];
    int[] filled = Arrays.copyOf(start, lists.size());
    for (int j = 0; j < rightUnits; j++) {
      for (long w : rare.apply(j)) { // a unit's rarer words are distinct
        units[filled[lists.get(w) - 1]++] = j;
      }
    }
  }

  /** The number of {@code word}'s list, or -1 if no right unit holds it. */
  int list(long word) {
    return lists.get(word) - 1;
  }

  /** The number of units in list {@code list}. */
  int size(int list) {
    return start[list + 1] - start[list];
  }

  /** The inverse document frequency of {@code word}, whose list is {@code list}. */
  double idf(int list, long word) {
    if (idfs[list] == 0) {
      idfs[list] = statistics.inverseDocumentFrequencyOf(word);
    }
    return idfs[list];
  }
}
