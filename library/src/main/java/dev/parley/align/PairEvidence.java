package dev.parley.align;

import dev.parley.internal.primitive.LongIntMap;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The evidence for linking each pair of two statements' paragraphs, worked out once for an
 * alignment: the words signal of {@link LinkEvidence} for every pair that shares a word, the
 * meaning signal where a model gave each paragraph's meaning, each paragraph's closest partner, and
 * which pairs may be linked at all ({@link #accepts}): those a rule of {@link LinkEvidence.Rule}
 * lets through at the mode's {@link LinkEvidence.Bars bars}.
 *
 * <p>The background is the pair itself: a word weighs {@code log(N / n)}, where N is the number of
 * paragraphs of both statements and n the number holding it. Two speeches of one delegation repeat
 * its name, its leaders' titles and its standing themes in many paragraphs, and those words weigh
 * little; a name, figure or term that two paragraphs alone hold weighs much. On the real
 * year-to-year pairs people linked, this background put the links where the readers put them better
 * than a corpus-wide one did (F1 0.75 against 0.64 on the words alone).
 */
final class PairEvidence implements PairGate {

  /**
   * A word in more units than this is not followed to find which pairs share words (it is still
   * counted in their score): it says little about which of them belong together.
   */
  private static final int COMMON_UNITS = 64;

  private final List<WordSequence> left;
  private final List<WordSequence> right;
  private final Terms[] termsLeft;
  private final Terms[] termsRight;

  /** Words in this share of the corpus's statements or more are not named as shared terms. */
  static final double COMMON_SHARE = 0.5;

  /** The corpus statistics that tell which shared words are worth naming. */
  private final TermStatistics statistics;

  /** Each unit's terms' weights, in the order of its terms. */
  private final double[][] weightsLeft;

  private final double[][] weightsRight;

  /** How many units of both sides hold each term. */
  private final LongIntMap unitsHolding;

  /** Each left unit's scored partners, ascending, and their scores. */
  private final int[][] partners;

  private final double[][] scores;
  private final double[] bestOfLeft;
  private final double[] bestOfRight;

  /** The bars each rule holds the signals to. */
  private final LinkEvidence.Bars bars;

  /** The meaning signal, where a model gave each unit's meaning. */
  private final @Nullable Meaning meaning;

  private PairEvidence(
      List<WordSequence> left,
      List<WordSequence> right,
      float @Nullable [][] meaningLeft,
      float @Nullable [][] meaningRight,
      LinkEvidence.Bars bars,
      TermStatistics statistics) {
    this.bars = bars;
    this.statistics = statistics;
    this.left = left;
    this.right = right;
    termsLeft = new Terms[left.size()];
    termsRight = new Terms[right.size()];
    this.unitsHolding = new LongIntMap(1024);
    for (int i = 0; i < left.size(); i++) {
      termsLeft[i] = terms(left.get(i));
      count(termsLeft[i], unitsHolding);
    }
    for (int j = 0; j < right.size(); j++) {
      termsRight[j] = terms(right.get(j));
      count(termsRight[j], unitsHolding);
    }
    int all = left.size() + right.size();
    this.weightsLeft = new double[left.size()][];
    this.weightsRight = new double[right.size()][];
    for (int i = 0; i < left.size(); i++) {
      weightsLeft[i] = weights(termsLeft[i], unitsHolding, all);
    }
    for (int j = 0; j < right.size(); j++) {
      weightsRight[j] = weights(termsRight[j], unitsHolding, all);
    }
    this.partners = new int[left.size()][];
    this.scores = new double[left.size()][];
    this.bestOfLeft = new double[left.size()];
    this.bestOfRight = new double[right.size()];
    score(weightsLeft, weightsRight, unitsHolding);
    this.meaning =
        meaningLeft == null || meaningRight == null
            ? null
            : new Meaning(meaningLeft, meaningRight, partners);
  }

  /**
   * The evidence between {@code left} and {@code right}, with the meaning of each unit where a
   * meaning model gave it (else null).
   */
  static PairEvidence of(
      List<WordSequence> left,
      List<WordSequence> right,
      float @Nullable [][] meaningLeft,
      float @Nullable [][] meaningRight,
      LinkEvidence.Bars bars,
      TermStatistics statistics) {
    return new PairEvidence(left, right, meaningLeft, meaningRight, bars, statistics);
  }

  // ------------------------------------------------------------------ terms

  /**
   * A unit's terms: the light stems of its words (a compound's parts), distinct and ascending, and
   * how often each occurs; kept with its words.
   */
  record Terms(long[] ids, int[] counts, long[] ofWords) {}

  /** What a unit's terms are kept with its words by. */
  private static final Object TERMS = new Object();

  static Terms terms(WordSequence words) {
    return words.computeIfAbsent(TERMS, PairEvidence::readTerms);
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

  /** Each term's tf-idf weight, the vector of a unit normalised to length 1. */
  static double[] weights(Terms t, LongIntMap unitsHolding, int all) {
    double[] w = new double[t.ids().length];
    double norm = 0;
    for (int k = 0; k < w.length; k++) {
      w[k] = t.counts()[k] * Math.log((double) all / unitsHolding.get(t.ids()[k]));
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

  // ------------------------------------------------------------------ scores

  /**
   * Below this a pair's words signal is not worked out exactly (it is 0 for every rule): no rule
   * reads words under {@link LinkEvidence.Bars#meaningWords}, and a pair's rare terms with a bound
   * on its common ones tell which pairs cannot reach it.
   */
  private static final double NEGLIGIBLE = 0.05;

  /**
   * Scores every pair that shares a term held by at most {@link #COMMON_UNITS} units (a telling
   * term) and may reach {@link #NEGLIGIBLE}: the telling terms' products are summed as their
   * holders are visited, the common terms' bounded by the product of their norms (Cauchy and
   * Schwarz) and summed exactly only where the bound leaves the pair a chance.
   */
  private void score(double[][] weightsLeft, double[][] weightsRight, LongIntMap unitsHolding) {
    // Every term numbered; for each unit, its telling terms and its common ones apart.
    LongIntMap number = new LongIntMap(1024);
    Split[] ofRight = new Split[right.size()];
    for (int j = 0; j < right.size(); j++) {
      ofRight[j] = split(termsRight[j].ids(), weightsRight[j], unitsHolding, number);
    }
    Split[] ofLeft = new Split[left.size()];
    for (int i = 0; i < left.size(); i++) {
      ofLeft[i] = split(termsLeft[i].ids(), weightsLeft[i], unitsHolding, number);
    }
    int terms = number.size();
    // The right units holding each telling term, and their weights, one list a term.
    int[] size = new int[terms];
    for (Split r : ofRight) {
      for (int t : r.telling()) {
        size[t]++;
      }
    }
    int[] start = new int[terms + 1];
    for (int t = 0; t < terms; t++) {
      start[t + 1] = start[t] + size[t];
    }
    int[] holders = new int[start[terms]];
    double[] holderWeights = new double[start[terms]];
    int[] filled = Arrays.copyOf(start, terms);
    for (int j = 0; j < right.size(); j++) {
      Split r = ofRight[j];
      for (int k = 0; k < r.telling().length; k++) {
        int at = filled[r.telling()[k]]++;
        holders[at] = j;
        holderWeights[at] = r.tellingWeights()[k];
      }
    }
    double[] laidOut = new double[terms];
    double[] sum = new double[right.size()];
    int[] stamp = new int[right.size()];
    int[] touched = new int[right.size()];
    int[] row = new int[right.size()];
    double[] rowScores = new double[right.size()];
    for (int i = 0; i < left.size(); i++) {
      Split own = ofLeft[i];
      int count = 0;
      for (int k = 0; k < own.telling().length; k++) {
        int t = own.telling()[k];
        double w = own.tellingWeights()[k];
        for (int p = start[t]; p < start[t + 1]; p++) {
          int j = holders[p];
          if (stamp[j] != i + 1) {
            stamp[j] = i + 1;
            touched[count++] = j;
            sum[j] = 0;
          }
          sum[j] += w * holderWeights[p];
        }
      }
      for (int k = 0; k < own.common().length; k++) {
        laidOut[own.common()[k]] = own.commonWeights()[k];
      }
      int kept = 0;
      for (int c = 0; c < count; c++) {
        int j = touched[c];
        Split r = ofRight[j];
        double total = sum[j];
        if (total + own.commonNorm() * r.commonNorm() < NEGLIGIBLE) {
          continue;
        }
        for (int k = 0; k < r.common().length; k++) {
          total += r.commonWeights()[k] * laidOut[r.common()[k]];
        }
        total = Math.min(1, total);
        if (total < NEGLIGIBLE) {
          continue;
        }
        row[kept] = j;
        rowScores[kept++] = total;
        bestOfLeft[i] = Math.max(bestOfLeft[i], total);
        bestOfRight[j] = Math.max(bestOfRight[j], total);
      }
      for (int t : own.common()) {
        laidOut[t] = 0;
      }
      // The row ascending by right unit, its scores beside.
      long[] order = new long[kept];
      for (int c = 0; c < kept; c++) {
        order[c] = ((long) row[c] << 32) | c;
      }
      Arrays.sort(order);
      partners[i] = new int[kept];
      scores[i] = new double[kept];
      for (int c = 0; c < kept; c++) {
        partners[i][c] = (int) (order[c] >>> 32);
        scores[i][c] = rowScores[(int) order[c]];
      }
    }
  }

  /**
   * A unit's terms by number, telling ones (held by few units) and common ones apart, each with its
   * weight, and the norm of the common ones' weights.
   */
  private record Split(
      int[] telling,
      double[] tellingWeights,
      int[] common,
      double[] commonWeights,
      double commonNorm) {}

  private static Split split(
      long[] ids, double[] weights, LongIntMap unitsHolding, LongIntMap number) {
    int[] numbers = numbered(ids, number);
    int tellingCount = 0;
    for (long id : ids) {
      if (unitsHolding.get(id) <= COMMON_UNITS) {
        tellingCount++;
      }
    }
    int[] telling = new int[tellingCount];
    double[] tellingWeights = new double[tellingCount];
    int[] common = new int[ids.length - tellingCount];
    double[] commonWeights = new double[ids.length - tellingCount];
    double norm = 0;
    int t = 0;
    int c = 0;
    for (int k = 0; k < ids.length; k++) {
      if (unitsHolding.get(ids[k]) <= COMMON_UNITS) {
        telling[t] = numbers[k];
        tellingWeights[t++] = weights[k];
      } else {
        common[c] = numbers[k];
        commonWeights[c++] = weights[k];
        norm += weights[k] * weights[k];
      }
    }
    return new Split(telling, tellingWeights, common, commonWeights, Math.sqrt(norm));
  }

  /** The number of each of {@code ids}, numbering those not yet numbered. */
  private static int[] numbered(long[] ids, LongIntMap number) {
    int[] out = new int[ids.length];
    for (int k = 0; k < ids.length; k++) {
      int n = number.get(ids[k]) - 1;
      if (n < 0) {
        n = number.size();
        number.put(ids[k], n + 1);
      }
      out[k] = n;
    }
    return out;
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

  /**
   * The words signal of left unit {@code i} and right unit {@code j}; 0 if they share no term, 1
   * for a copy (however common its words: a paragraph kept word for word in two statements made of
   * nothing else has words every paragraph holds, which weigh nothing).
   */
  double words(int i, int j) {
    int k = Arrays.binarySearch(partners[i], j);
    double s = k < 0 ? 0 : scores[i][k];
    return s < 1 && isCopy(i, j) ? 1 : s;
  }

  /** Whether left unit {@code i} and right unit {@code j} hold the same words, in order. */
  private boolean isCopy(int i, int j) {
    WordSequence a = left.get(i);
    WordSequence b = right.get(j);
    return !a.isEmpty()
        && a.size() == b.size()
        && Candidates.fingerprint(a).equals(Candidates.fingerprint(b));
  }

  /** Whether {@code j} is (within the margin) the closest partner of left unit {@code i}. */
  boolean bestForLeft(int i, int j) {
    double s = words(i, j);
    return s > 0 && s >= bestOfLeft[i] - bars.partnerMargin();
  }

  /** Whether {@code i} is (within the margin) the closest partner of right unit {@code j}. */
  boolean bestForRight(int i, int j) {
    double s = words(i, j);
    return s > 0 && s >= bestOfRight[j] - bars.partnerMargin();
  }

  @Override
  public boolean accepts(int i, int j) {
    return rule(i, j) != null;
  }

  /** The strongest rule that lets {@code i, j} be linked, or null if none does. */
  LinkEvidence.@Nullable Rule rule(int i, int j) {
    double s = words(i, j);
    if (s == 1 && isCopy(i, j)) {
      return LinkEvidence.Rule.SHARED_WORDS;
    }
    if (meaning != null && meaning.relative(i, j) < bars.meaningFloor()) {
      return null;
    }
    if (s >= bars.strongWords()) {
      return LinkEvidence.Rule.SHARED_WORDS;
    }
    if (meaning != null
        && s >= bars.meaningWords()
        && meaning.relative(i, j) >= bars.sameMeaning()
        && meaning.closestEachOther(i, j)) {
      return LinkEvidence.Rule.SAME_MEANING;
    }
    double partner = meaning == null ? bars.partnerWords() : bars.partnerWordsWithMeaning();
    if (s >= partner && (bestForLeft(i, j) || bestForRight(i, j))) {
      return LinkEvidence.Rule.CLOSEST_PARTNER;
    }
    return null;
  }

  /**
   * The words signal of left unit {@code i} and right unit {@code j} worked out exactly, however
   * small (where {@link #words} may say 0 of a pair that cannot reach any rule).
   */
  double exactWords(int i, int j) {
    return isCopy(i, j)
        ? 1
        : Math.min(
            1, dot(termsLeft[i].ids(), weightsLeft[i], termsRight[j].ids(), weightsRight[j]));
  }

  /**
   * Whether {@code i, j}, accepted, may be linked beside a link one of them has already (a {@link
   * Link.Type#PARTIAL partial} link): a second link needs more than a first. The one must be the
   * other's closest partner, by words or (each the other's) by meaning: two paragraphs kept word
   * for word on the same subject are each their copy's partner, not each other's. And a closest
   * partner by words alone must be so both ways.
   */
  boolean secondLink(int i, int j) {
    LinkEvidence.Rule rule = rule(i, j);
    if (rule == null) {
      return false;
    }
    boolean byWords =
        rule == LinkEvidence.Rule.CLOSEST_PARTNER
            ? bestForLeft(i, j) && bestForRight(i, j)
            : bestForLeft(i, j) || bestForRight(i, j);
    return byWords || rule == LinkEvidence.Rule.SAME_MEANING;
  }

  /** The meaning signal of {@code i, j}; empty without a meaning model. */
  OptionalDouble meaning(int i, int j) {
    return meaning == null ? OptionalDouble.empty() : OptionalDouble.of(meaning.relative(i, j));
  }

  /** The accepted pairs, {left, right}, strongest first (ties by left, then right unit). */
  List<int[]> accepted() {
    List<double[]> found = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      for (int k = 0; k < partners[i].length; k++) {
        if (accepts(i, partners[i][k])) {
          found.add(new double[] {scores[i][k], i, partners[i][k]});
        }
      }
    }
    found.sort(
        (x, y) ->
            x[0] != y[0]
                ? Double.compare(y[0], x[0])
                : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
    List<int[]> out = new ArrayList<>(found.size());
    for (double[] f : found) {
      out.add(new int[] {(int) f[1], (int) f[2]});
    }
    return out;
  }

  // ------------------------------------------------------------------ explanations

  /**
   * The evidence of a link joining left units {@code ls} and right units {@code rs} by {@code
   * rule}: for one unit a side, the pair's own signal; for several, the best pair's, its terms
   * those all the link's pairs share.
   */
  LinkEvidence explain(List<Integer> ls, List<Integer> rs, LinkEvidence.Rule rule) {
    int bi = ls.get(0);
    int bj = rs.get(0);
    for (int i : ls) {
      for (int j : rs) {
        if (words(i, j) > words(bi, bj)) {
          bi = i;
          bj = j;
        }
      }
    }
    Set<String> terms = new LinkedHashSet<>();
    for (int i : ls) {
      for (int j : rs) {
        terms.addAll(sharedTerms(i, j));
      }
    }
    List<String> named = new ArrayList<>(terms);
    return new LinkEvidence(
        rule,
        words(bi, bj),
        meaning(bi, bj),
        bestForLeft(bi, bj),
        bestForRight(bi, bj),
        named.subList(0, Math.min(LinkEvidence.MAX_TERMS, named.size())));
  }

  /**
   * The terms left unit {@code i} and right unit {@code j} share, those that weigh most in their
   * words signal first, as the left unit writes them; the words most statements of the corpus use
   * ("no", "clear") count in the signal but are not named.
   */
  List<String> sharedTerms(int i, int j) {
    long[] a = termsLeft[i].ids();
    long[] b = termsRight[j].ids();
    // The shared terms that weigh most, kept in order of weight: twice as many as are named, as
    // some are the words most statements use and are not named.
    int room = 2 * LinkEvidence.MAX_TERMS;
    long[] top = new long[room];
    double[] topWeight = new double[room];
    int kept = 0;
    for (int x = 0, y = 0; x < a.length && y < b.length; ) {
      if (a[x] == b[y]) {
        double weight = weightsLeft[i][x] * weightsRight[j][y];
        if (kept < room || weight > topWeight[kept - 1]) {
          int at = kept < room ? kept++ : kept - 1;
          while (at > 0 && topWeight[at - 1] < weight) {
            top[at] = top[at - 1];
            topWeight[at] = topWeight[at - 1];
            at--;
          }
          top[at] = a[x];
          topWeight[at] = weight;
        }
        x++;
        y++;
      } else if (a[x] < b[y]) {
        x++;
      } else {
        y++;
      }
    }
    if (kept == 0) {
      return List.of();
    }
    // The left unit's words read once for how it writes each of them.
    WordSequence w = left.get(i);
    long[] ofWords = terms(w).ofWords();
    String[] written = new String[kept];
    boolean[] seen = new boolean[kept];
    int documents = Math.max(1, statistics.documentCount());
    for (int k = 0; k < w.size(); k++) {
      if (ofWords[k] != 0) {
        int r = indexOf(top, kept, ofWords[k]);
        if (r >= 0 && !seen[r]) {
          seen[r] = true;
          // The words most statements use ("no", "clear") count, but say nothing to a reader.
          if (statistics.documentFrequencyOf(w.id(k)) < COMMON_SHARE * documents) {
            written[r] = w.display(k);
          }
        }
      } else {
        for (String part : w.display(k).split("[-\\u2010\\u2011]")) {
          if (part.isEmpty()) {
            continue;
          }
          String match = dev.parley.text.Tokenizer.matchForm(part);
          int r = indexOf(top, kept, WordSequence.idOf(stem(match)));
          if (r >= 0 && !seen[r]) {
            seen[r] = true;
            if (statistics.documentFrequency(match) < COMMON_SHARE * documents) {
              written[r] = part;
            }
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    for (int r = 0; r < kept && out.size() < LinkEvidence.MAX_TERMS; r++) {
      if (written[r] != null && !out.contains(written[r])) {
        out.add(written[r]);
      }
    }
    return out;
  }

  private static int indexOf(long[] values, int count, long value) {
    for (int k = 0; k < count; k++) {
      if (values[k] == value) {
        return k;
      }
    }
    return -1;
  }

  // ------------------------------------------------------------------ meaning

  /**
   * The meaning signal: how much closer in meaning two units are than each is to the other
   * statement's units on the whole, {@code cos(a, b) - (mean cos(a, ·) + mean cos(·, b)) / 2}. Two
   * paragraphs of one delegation's speeches are all somewhat alike (the same voice, the same
   * themes); what sets a pair apart is how far it stands above that. Worked out for every pair
   * where the two sides hold up to a million pairs, else for the pairs sharing words.
   */
  private static final class Meaning {
    private static final long ALL_PAIRS = 1_000_000;

    private final int[][] pairs;
    private final double[][] relative;
    private final int[] closestOfLeft;
    private final int[] closestOfRight;

    Meaning(float[][] a, float[][] b, int[][] sharingWords) {
      int n = a.length;
      int m = b.length;
      boolean all = (long) n * m <= ALL_PAIRS;
      double[] meanOfRight = mean(b, a.length > 0 ? a[0].length : 0);
      double[] meanOfLeft = mean(a, b.length > 0 ? b[0].length : 0);
      double[] rowMean = new double[n];
      double[] colMean = new double[m];
      for (int i = 0; i < n; i++) {
        rowMean[i] = dot(a[i], meanOfRight);
      }
      for (int j = 0; j < m; j++) {
        colMean[j] = dot(b[j], meanOfLeft);
      }
      pairs = new int[n][];
      relative = new double[n][];
      closestOfLeft = new int[n];
      closestOfRight = new int[m];
      double[] bestOfRight = new double[m];
      Arrays.fill(closestOfLeft, -1);
      Arrays.fill(closestOfRight, -1);
      Arrays.fill(bestOfRight, Double.NEGATIVE_INFINITY);
      for (int i = 0; i < n; i++) {
        int[] row = all ? ascending(m) : sharingWords[i];
        pairs[i] = row;
        relative[i] = new double[row.length];
        double best = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < row.length; k++) {
          int j = row[k];
          double r = dot(a[i], b[j]) - (rowMean[i] + colMean[j]) / 2;
          relative[i][k] = r;
          if (r > best) {
            best = r;
            closestOfLeft[i] = j;
          }
          if (r > bestOfRight[j]) {
            bestOfRight[j] = r;
            closestOfRight[j] = i;
          }
        }
      }
    }

    double relative(int i, int j) {
      int k = Arrays.binarySearch(pairs[i], j);
      return k < 0 ? 0 : relative[i][k];
    }

    boolean closestEachOther(int i, int j) {
      return closestOfLeft[i] == j && closestOfRight[j] == i;
    }

    private static int[] ascending(int m) {
      int[] out = new int[m];
      Arrays.setAll(out, j -> j);
      return out;
    }

    private static double[] mean(float[][] vectors, int dimensions) {
      int d = vectors.length > 0 ? vectors[0].length : dimensions;
      double[] out = new double[d];
      for (float[] v : vectors) {
        for (int k = 0; k < d; k++) {
          out[k] += v[k];
        }
      }
      for (int k = 0; k < d; k++) {
        out[k] /= Math.max(1, vectors.length);
      }
      return out;
    }

    private static double dot(float[] a, float[] b) {
      double s = 0;
      for (int k = 0; k < a.length; k++) {
        s += (double) a[k] * b[k];
      }
      return s;
    }

    private static double dot(float[] a, double[] b) {
      double s = 0;
      for (int k = 0; k < a.length; k++) {
        s += a[k] * b[k];
      }
      return s;
    }
  }
}
