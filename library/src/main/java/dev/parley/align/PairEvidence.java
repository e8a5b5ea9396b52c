package dev.parley.align;

import static dev.parley.align.PairTerms.count;
import static dev.parley.align.PairTerms.dot;
import static dev.parley.align.PairTerms.stem;
import static dev.parley.align.PairTerms.terms;
import static dev.parley.align.PairTerms.weights;

import dev.parley.align.PairTerms.Terms;
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
 * paragraphs of both statements (at least 3: two one-paragraph statements are no background) and n
 * the number holding it. Two speeches of one delegation repeat its name, its leaders' titles and
 * its standing themes in many paragraphs, and those words weigh little; a name, figure or term that
 * two paragraphs alone hold weighs much. On the real year-to-year pairs people linked, this
 * background put the links where the readers put them better than a corpus-wide one did (F1 0.75
 * against 0.64 on the words alone).
 */
final class PairEvidence implements PairGate {

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
  private final @Nullable PairMeaning meaning;

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
    WordScores s = WordScores.of(termsLeft, termsRight, weightsLeft, weightsRight, unitsHolding);
    this.partners = s.partners();
    this.scores = s.scores();
    this.bestOfLeft = s.bestOfLeft();
    this.bestOfRight = s.bestOfRight();
    this.meaning =
        meaningLeft == null || meaningRight == null
            ? null
            : new PairMeaning(meaningLeft, meaningRight, partners);
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
    boolean belowFloor = meaning != null && meaning.relative(i, j) < bars.meaningFloor();
    if (belowFloor && bars.floorBarsStrongWords()) {
      return null;
    }
    if (s >= bars.strongWords()) {
      return LinkEvidence.Rule.SHARED_WORDS;
    }
    if (belowFloor) {
      return null;
    }
    if (meaning != null
        && s >= bars.meaningWords()
        && meaning.relative(i, j) >= bars.sameMeaning()
        && meaning.closestEachOther(i, j)
        && (!bars.meaningNeedsWordsPartner() || bestForLeft(i, j) || bestForRight(i, j))) {
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
   * Link.Type#PARTIAL partial} link): a second link needs more than a first. By meaning, each is
   * the other's closest already. On words, each must be the other's closest partner, unless the
   * second link stands next to the first ({@code besideFirst}: a point split over two neighbouring
   * paragraphs, a sentence of one translation spread over two of the other's), where one side's
   * closest partner suffices for words that alone would link the two. Far from the first, a pair
   * close on one side only is most often a formula slot (the closing thanks to a President, next
   * year's opening congratulations), which shares words with the other formulas without being their
   * version.
   */
  boolean secondLink(int i, int j, boolean besideFirst) {
    LinkEvidence.Rule rule = rule(i, j);
    if (rule == null) {
      return false;
    }
    if (rule == LinkEvidence.Rule.SAME_MEANING || bestForLeft(i, j) && bestForRight(i, j)) {
      return true;
    }
    return besideFirst
        && rule != LinkEvidence.Rule.CLOSEST_PARTNER
        && (bestForLeft(i, j) || bestForRight(i, j));
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
}
