package dev.parley.align;

import dev.parley.internal.primitive.Fingerprints;
import dev.parley.internal.primitive.LongDoubleMap;
import dev.parley.similarity.UnitSimilarity;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The first stage of {@link UnitAligner}: which pairs of units are worth scoring, and their
 * similarities, computed once each; the combined similarities of splits and merges worked out as
 * later stages ask for them; each unit's rarer words.
 *
 * <p>Only pairs that share a rare word are candidates (an inverted index finds them, and each unit
 * keeps its best-sharing partners), so the work grows with the number of units, not its square.
 * Where the two sides hold few units, every pair is a candidate.
 */
final class Candidates {

  /**
   * One left unit's candidates: right units and their scores, ascending by unit, the order every
   * stage goes through them and which decides their ties.
   */
  static final class Row {
    private final int[] units;
    private final double[] scores;

    private Row(int[] units, double[] scores) {
      this.units = units;
      this.scores = scores;
    }

    /** The number of candidates. */
    int size() {
      return units.length;
    }

    /** The right unit of candidate {@code k}. */
    int unit(int k) {
      return units[k];
    }

    /** The score of candidate {@code k}. */
    double score(int k) {
      return scores[k];
    }
  }

  private static final int CANDIDATES_PER_UNIT = 24;

  final UnitSimilarity similarity;
  private final TermStatistics statistics;

  final List<WordSequence> left;
  final List<WordSequence> right;
  private final Row[] rows;

  /** Every pair's score, when every pair is a candidate; else null. */
  private final double @Nullable [][] every;

  /** Else the candidates' scores by pair ({@code i << 32 | j}). */
  private final @Nullable LongDoubleMap scored;

  /** The combined similarities of splits and merges worked out so far; made on first use. */
  private @Nullable LongDoubleMap combined;

  final List<UnitSimilarity.Prepared> preparedLeft;
  final List<UnitSimilarity.Prepared> preparedRight;
  private final long[][] rareLeft;
  private final long[][] rareRight;
  private final RareWords rareKey;

  /** Which pairs may be linked at all; every pair until {@link #gate} says otherwise. */
  private PairGate gate = PairGate.ANY;

  /** Candidates among {@code left} and {@code right}, each prepared here for {@code similarity}. */
  Candidates(
      UnitSimilarity similarity,
      TermStatistics statistics,
      List<WordSequence> left,
      List<WordSequence> right) {
    this(
        similarity,
        statistics,
        left,
        right,
        prepare(similarity, left),
        prepare(similarity, right),
        false);
  }

  /** Each of {@code units} prepared for {@code similarity}, in order. */
  private static List<UnitSimilarity.Prepared> prepare(
      UnitSimilarity similarity, List<WordSequence> units) {
    List<UnitSimilarity.Prepared> out = new ArrayList<>(units.size());
    for (WordSequence u : units) {
      out.add(similarity.prepare(u));
    }
    return out;
  }

  /**
   * Candidates among units already prepared. With {@code copiesAlone}, a unit kept word for word,
   * the only one of its words on either side, has its copy as its one candidate: versions of a
   * text, where it can only be the copy's partner (a draft's many unchanged paragraphs are then not
   * scored against every other). Not for related links between delegations or for moved sentences,
   * which look beyond the copy.
   */
  Candidates(
      UnitSimilarity similarity,
      TermStatistics statistics,
      List<WordSequence> left,
      List<WordSequence> right,
      List<UnitSimilarity.Prepared> preparedLeft,
      List<UnitSimilarity.Prepared> preparedRight,
      boolean copiesAlone) {
    this.similarity = similarity;
    this.statistics = statistics;
    this.rareKey = new RareWords(statistics);
    this.left = left;
    this.right = right;
    this.rows = new Row[left.size()];
    this.preparedLeft = preparedLeft;
    this.preparedRight = preparedRight;
    this.rareLeft = new long[left.size()][];
    this.rareRight = new long[right.size()][];
    if ((long) left.size() * right.size() <= 2_500) {
      // Few pairs: every one is a candidate.
      this.every = similarity.similarities(preparedLeft, preparedRight);
      this.scored = null;
      int[] ascending = new int[right.size()];
      Arrays.setAll(ascending, j -> j);
      for (int i = 0; i < left.size(); i++) {
        rows[i] = new Row(ascending, every[i]);
      }
      return;
    }
    this.every = null;
    this.scored = new LongDoubleMap(left.size() * 8);
    RarePostings index = new RarePostings(right.size(), j -> rare(false, j), statistics);
    // Exact copies are candidates whatever their words (a salutation, a repeated paragraph):
    // of many copies, those nearest the unit's place on the diagonal.
    Map<Long, List<Integer>> copies = new HashMap<>();
    for (int j = 0; j < right.size(); j++) {
      copies.computeIfAbsent(fingerprint(right.get(j)), k -> new ArrayList<>()).add(j);
    }
    Map<Long, Integer> leftCopies = new HashMap<>();
    if (copiesAlone) {
      for (WordSequence w : left) {
        leftCopies.merge(fingerprint(w), 1, Integer::sum);
      }
    }
    // A word in more than 64 units tells nothing about which of them is the partner.
    int common = 64;
    int[] stamp = new int[right.size()];
    double[] sharedIdf = new double[right.size()];
    int[] touched = new int[right.size()];
    int[] inRow = new int[right.size()];
    // The candidates first, all scored at once after: the measure may score many pairs for less.
    int[][] chosen = new int[left.size()][];
    for (int i = 0; i < left.size(); i++) {
      if (copiesAlone && isOnlyCopy(left.get(i), leftCopies, copies)) {
        chosen[i] = new int[] {copies.get(fingerprint(left.get(i))).get(0)};
      } else {
        WordSequence words = left.get(i);
        int touchedCount = 0;
        for (long w : rare(true, i)) {
          int list = index.list(w);
          if (list >= 0 && index.size(list) <= common) {
            double idf = index.idf(list, w);
            for (int p = index.start[list]; p < index.start[list + 1]; p++) {
              int j = index.units[p];
              if (stamp[j] != i + 1) {
                stamp[j] = i + 1;
                sharedIdf[j] = idf;
                touched[touchedCount++] = j;
              } else {
                sharedIdf[j] += idf;
              }
            }
          }
        }
        // The candidates sharing most; of those sharing as much, the nearest the unit's place on
        // the diagonal, then the first.
        long place = (long) i * right.size() / Math.max(1, left.size());
        byNearness(touched, touchedCount, place);
        int take = mostShared(touched, touchedCount, sharedIdf, CANDIDATES_PER_UNIT);
        // Then its copies; the row in ascending order, as when every pair is a candidate.
        List<Integer> copiesNear =
            nearest(copies.getOrDefault(fingerprint(words), List.of()), place);
        int[] units = Arrays.copyOf(touched, take + copiesNear.size());
        for (int k = 0; k < take; k++) {
          inRow[units[k]] = i + 1;
        }
        int n = take;
        for (int j : copiesNear) {
          if (inRow[j] != i + 1) {
            inRow[j] = i + 1;
            units[n++] = j;
          }
        }
        Arrays.sort(units, 0, n);
        chosen[i] = n == units.length ? units : Arrays.copyOf(units, n);
      }
    }
    double[][] scores = similarity.similarities(preparedLeft, preparedRight, chosen);
    for (int i = 0; i < left.size(); i++) {
      for (int k = 0; k < chosen[i].length; k++) {
        scored.put(pair(i, chosen[i][k]), scores[i][k]);
      }
      rows[i] = new Row(chosen[i], scores[i]);
    }
  }

  /**
   * Puts {@code units[0, count)} in order of their distance from {@code place}, then ascending: the
   * order in which {@link #mostShared} takes units that share as much.
   */
  static void byNearness(int[] units, int count, long place) {
    long[] keys = new long[count];
    for (int t = 0; t < count; t++) {
      keys[t] = Math.abs(units[t] - place) << 32 | units[t];
    }
    Arrays.sort(keys);
    for (int t = 0; t < count; t++) {
      units[t] = (int) keys[t];
    }
  }

  /**
   * Moves the {@code most} units of {@code units[0, count)} that share most ({@code shared} by
   * unit) to the front, most first, ties in their order (as a stable sort would), and returns how
   * many were moved; what follows them in the array is not kept. Finds the cut by sorting the
   * scores, where picking the greatest of the rest once for each place cost as many passes as
   * places.
   */
  static int mostShared(int[] units, int count, double[] shared, int most) {
    int take = Math.min(most, count);
    if (take < count) {
      // The take-th greatest score: every unit above it is taken, and of those at it the first.
      double[] scores = new double[count];
      for (int t = 0; t < count; t++) {
        scores[t] = shared[units[t]];
      }
      Arrays.sort(scores);
      double cut = scores[count - take];
      int above = 0;
      for (int t = 0; t < count; t++) {
        above += shared[units[t]] > cut ? 1 : 0;
      }
      int atCut = take - above;
      int kept = 0;
      for (int t = 0; t < count; t++) {
        double score = shared[units[t]];
        if (score > cut || (score == cut && atCut-- > 0)) {
          units[kept++] = units[t];
        }
      }
    }
    // Those taken, most first, by insertion (stable: a unit passes only those sharing less).
    for (int t = 1; t < take; t++) {
      int unit = units[t];
      double score = shared[unit];
      int at = t;
      while (at > 0 && shared[units[at - 1]] < score) {
        units[at] = units[at - 1];
        at--;
      }
      units[at] = unit;
    }
    return take;
  }

  /** Sets which pairs may be linked at all (before any stage reads these candidates). */
  void gate(PairGate gate) {
    this.gate = gate;
  }

  /** Whether left unit {@code i} and right unit {@code j} may be linked at all. */
  boolean accepts(int i, int j) {
    return gate.accepts(i, j);
  }

  /** Left unit {@code i}'s candidates. */
  Row row(int i) {
    return rows[i];
  }

  private static long pair(int i, int j) {
    return ((long) i << 32) | j;
  }

  /** The distinct rarer words of unit {@code unit} of the left or the right side, sorted. */
  long[] rare(boolean onLeft, int unit) {
    long[][] cache = onLeft ? rareLeft : rareRight;
    if (cache[unit] == null) {
      cache[unit] =
          (onLeft ? left : right)
              .get(unit)
              .computeIfAbsent(rareKey, w -> distinctRare(w, statistics));
    }
    return cache[unit];
  }

  /**
   * Whether {@code unit}'s words are found in it alone on the left and in one unit on the right.
   */
  private static boolean isOnlyCopy(
      WordSequence unit, Map<Long, Integer> leftCopies, Map<Long, List<Integer>> copies) {
    Long words = fingerprint(unit);
    return !unit.isEmpty()
        && leftCopies.get(words) == 1
        && copies.getOrDefault(words, List.of()).size() == 1;
  }

  private int[] bestRight;
  private int[] bestLeft;

  /** The right unit most alike left unit {@code i}, or -1. */
  int bestRightOf(int i) {
    findBest();
    return bestRight[i];
  }

  /** The left unit most alike right unit {@code j}, or -1. */
  int bestLeftOf(int j) {
    findBest();
    return bestLeft[j];
  }

  private void findBest() {
    if (bestRight != null) {
      return;
    }
    bestRight = new int[left.size()];
    bestLeft = new int[right.size()];
    double[] leftScore = new double[left.size()];
    double[] rightScore = new double[right.size()];
    Arrays.fill(bestRight, -1);
    Arrays.fill(bestLeft, -1);
    for (int i = 0; i < rows.length; i++) {
      Row row = rows[i];
      for (int k = 0; k < row.size(); k++) {
        int j = row.unit(k);
        double s = row.score(k);
        if (s > leftScore[i]) {
          leftScore[i] = s;
          bestRight[i] = j;
        }
        if (s > rightScore[j]) {
          rightScore[j] = s;
          bestLeft[j] = i;
        }
      }
    }
  }

  /**
   * Up to {@link #CANDIDATES_PER_UNIT} of the ascending {@code positions} nearest {@code place}.
   */
  private static List<Integer> nearest(List<Integer> positions, long place) {
    if (positions.size() <= CANDIDATES_PER_UNIT) {
      return positions;
    }
    int at = Collections.binarySearch(positions, (int) place);
    int center = at >= 0 ? at : -at - 1;
    int from =
        Math.max(
            0, Math.min(center - CANDIDATES_PER_UNIT / 2, positions.size() - CANDIDATES_PER_UNIT));
    return positions.subList(from, from + CANDIDATES_PER_UNIT);
  }

  /** The score of candidate pair {@code i, j}, or 0 if it is none. */
  double get(int i, int j) {
    if (every != null) {
      return every[i][j];
    }
    return scored.get(pair(i, j), 0.0);
  }

  /** The similarity of left {@code i} and right {@code j}, a candidate or not. */
  double score(int i, int j) {
    return has(i, j) ? get(i, j) : similarity.similarity(preparedLeft.get(i), preparedRight.get(j));
  }

  boolean has(int i, int j) {
    return every != null || scored.containsKey(pair(i, j));
  }

  /**
   * The similarity of left units {@code [i, i + da)} and right units {@code [j, j + db)}, one side
   * a single unit, worked out once.
   */
  double combined(int i, int da, int j, int db) {
    if (combined == null) {
      combined = new LongDoubleMap(16);
    }
    long key = ((long) i * 1_000_003L + j) * 16 + da * 4 + db;
    double cached = combined.get(key, Double.NaN);
    if (Double.isNaN(cached)) {
      cached = da == 1 ? combinedRight(i, j, db) : combinedLeft(i, da, j);
      combined.put(key, cached);
    }
    return cached;
  }

  double combinedRight(int i, int j, int count) {
    return similarity.similarity(
        preparedLeft.get(i), similarity.concat(preparedRight.subList(j, j + count)));
  }

  double combinedLeft(int i, int count, int j) {
    return similarity.similarity(
        similarity.concat(preparedLeft.subList(i, i + count)), preparedRight.get(j));
  }

  /** What a unit's rarer words are kept with its words by: they depend on the statistics. */
  private record RareWords(TermStatistics statistics) {}

  /** What a unit's fingerprint is kept with its words by. */
  private static final Object FINGERPRINT = new Object();

  /**
   * A fingerprint of a unit's match forms in order: two units with the same words have the same one
   * (and two with different words another, but for a chance of about one in 10<sup>19</sup>).
   */
  static Long fingerprint(WordSequence words) {
    return words.computeIfAbsent(
        FINGERPRINT,
        w -> {
          long h = 0x9E3779B97F4A7C15L;
          for (int k = 0; k < w.size(); k++) {
            h = (h ^ w.id(k)) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 29;
          }
          return h ^ w.size();
        });
  }

  /** The unit's words, each once; all of them for a unit too short to have rare words. */
  private static long[] distinctRare(WordSequence words, TermStatistics statistics) {
    long[] out = new long[words.size()];
    int n = 0;
    int documents = Math.max(1, statistics.documentCount());
    for (int k = 0; k < words.size(); k++) {
      long w = words.id(k);
      if (words.size() <= 4 || statistics.documentFrequencyOf(w) < 0.7 * documents) {
        out[n++] = w;
      }
    }
    return Fingerprints.sortedDistinct(n == out.length ? out : Arrays.copyOf(out, n));
  }

  /**
   * The share of distinct rarer words {@code part} has that {@code whole} has too (both sorted).
   */
  static double contained(long[] part, long[] whole) {
    if (part.length == 0) {
      return 0;
    }
    int found = 0;
    for (long x : part) {
      if (Arrays.binarySearch(whole, x) >= 0) {
        found++;
      }
    }
    return found / (double) part.length;
  }
}
