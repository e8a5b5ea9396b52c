package dev.parley.align;

import dev.parley.similarity.CommonPhrases;
import dev.parley.similarity.LcsRatioSimilarity;
import dev.parley.similarity.SharedPhrase;
import dev.parley.similarity.SharedPhrases;
import dev.parley.similarity.UnitSimilarity;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Delegations mode: two delegations' statements on the same item, whose body paragraphs are linked
 * as {@link Link.Type#RELATED related}, in any order and any number, where one holds a sentence
 * echoed in the other (alike in phrasing and keeping most of its words, and half its content words,
 * in the same order, however many were replaced), where the two are alike as wholes, or where they
 * share a phrase of four content words or more and are somewhat alike. What many statements say
 * ({@link CommonPhrases}) is no evidence, and two courtesies (paragraphs mostly congratulating,
 * thanking or paying tribute to an office holder, or welcoming new Members) are never related to
 * each other, however alike.
 */
final class Delegations {

  private final UnitAligner units;
  private final SharedPhrases evidence;
  private final CommonPhrases common;
  private final double relatedThreshold;
  private final Function<List<Paragraph>, float @Nullable [][]> meanings;
  private final TermStatistics statistics;

  Delegations(
      UnitAligner units,
      SharedPhrases evidence,
      CommonPhrases common,
      double relatedThreshold,
      Function<List<Paragraph>, float @Nullable [][]> meanings,
      TermStatistics statistics) {
    this.meanings = meanings;
    this.statistics = statistics;
    this.units = units;
    this.evidence = evidence;
    this.common = common;
    this.relatedThreshold = relatedThreshold;
  }

  private CommonPhrases commonPhrases() {
    return common;
  }

  /** The related links, and where there are none, the pairs that came closest. */
  record Result(List<Link> links, List<NearMiss> closest) {}

  /**
   * The related links between {@code left} and {@code right}, their paragraphs already prepared
   * (all of them, by paragraph index), ordered by left paragraph, then right; each with the
   * sentence of each paragraph that most says the matter they share, where one does.
   */
  Result align(
      Statement left,
      Statement right,
      List<UnitSimilarity.Prepared> preparedLeft,
      List<UnitSimilarity.Prepared> preparedRight) {
    List<Paragraph> lb = left.bodyParagraphs();
    List<Paragraph> rb = right.bodyParagraphs();
    List<WordSequence> a = UnitAligner.each(lb, WordSequence::of);
    List<WordSequence> b = UnitAligner.each(rb, WordSequence::of);
    Candidates candidates =
        units.candidates(
            a,
            b,
            lb.stream().map(p -> preparedLeft.get(p.index())).toList(),
            rb.stream().map(p -> preparedRight.get(p.index())).toList());
    PairEvidence pairs =
        PairEvidence.of(
            withoutCourtesies(lb),
            withoutCourtesies(rb),
            meanings.apply(lb),
            meanings.apply(rb),
            LinkEvidence.Bars.DELEGATIONS,
            statistics);
    Map<Long, Double> echoes = echoes(lb, rb);
    boolean[] courtesyLeft = courtesies(lb);
    boolean[] courtesyRight = courtesies(rb);
    // Each related pair and the strongest rule that relates it.
    Map<Long, LinkEvidence.Rule> related = new java.util.TreeMap<>();
    for (long key : echoes.keySet()) {
      related.put(key, LinkEvidence.Rule.ECHO);
    }
    for (int i = 0; i < a.size(); i++) {
      Candidates.Row row = candidates.row(i);
      for (int k = 0; k < row.size(); k++) {
        int j = row.unit(k);
        if (row.score(k) >= relatedThreshold
            && !saysOnlyCommonPhrases(a.get(i), b.get(j), evidence.find(a.get(i), b.get(j)))) {
          related.merge(pair(i, j), LinkEvidence.Rule.ALIKE, Delegations::stronger);
        }
      }
    }
    for (int[] p : pairs.accepted()) {
      if (!mostlyCommonPhrases(a.get(p[0]), b.get(p[1]))) {
        related.merge(pair(p[0], p[1]), pairs.rule(p[0], p[1]), Delegations::stronger);
      }
    }
    WordsSignal sentences = sentenceBackground(lb, rb);
    List<Link> links = new ArrayList<>();
    for (Map.Entry<Long, LinkEvidence.Rule> e : related.entrySet()) {
      int i = (int) (e.getKey() >>> 32);
      int j = (int) (long) e.getKey();
      if (courtesyLeft[i] && courtesyRight[j]) {
        continue;
      }
      links.add(
          Link.of(
                  Link.Type.RELATED,
                  List.of(lb.get(i).index()),
                  List.of(rb.get(j).index()),
                  candidates.score(i, j))
              .withSharedPhrases(evidence.find(a.get(i), b.get(j)))
              .withInside(sideBySide(lb.get(i), rb.get(j), sentences), List.of())
              .withEvidence(pairs.explain(List.of(i), List.of(j), e.getValue())));
    }
    List<NearMiss> closest =
        links.isEmpty() ? nearMisses(lb, rb, a, b, pairs, courtesyLeft, courtesyRight) : List.of();
    return new Result(links, closest);
  }

  /** A sentence pair needs this words signal to stand side by side as the matter both take up. */
  static final double SIDE_BY_SIDE_WORDS = 0.15;

  private static WordsSignal sentenceBackground(List<Paragraph> lb, List<Paragraph> rb) {
    List<WordSequence> all = new ArrayList<>();
    for (List<Paragraph> side : List.of(lb, rb)) {
      for (Paragraph p : side) {
        for (Sentence s : p.sentences()) {
          all.add(s.words());
        }
      }
    }
    return WordsSignal.over(all);
  }

  /**
   * The sentence of each paragraph that most says what the two share, as a one-sentence link
   * (sentences counted in each paragraph from 0): where both take a position on a matter, the two
   * positions side by side. None where no sentence pair shares enough ({@link
   * #SIDE_BY_SIDE_WORDS}).
   */
  private List<Link> sideBySide(Paragraph p, Paragraph q, WordsSignal background) {
    int bestX = -1;
    int bestY = -1;
    double best = SIDE_BY_SIDE_WORDS;
    for (int x = 0; x < p.sentences().size(); x++) {
      Sentence s = p.sentences().get(x);
      if (isCourtesy(s)) {
        continue;
      }
      for (int y = 0; y < q.sentences().size(); y++) {
        Sentence t = q.sentences().get(y);
        if (isCourtesy(t)) {
          continue;
        }
        double w = background.between(s.words(), t.words());
        if (w > best) {
          best = w;
          bestX = x;
          bestY = y;
        }
      }
    }
    if (bestX < 0) {
      return List.of();
    }
    double score =
        units
            .similarity()
            .similarity(p.sentences().get(bestX).words(), q.sentences().get(bestY).words());
    return List.of(
        Link.of(Link.Type.MATCH, List.of(bestX), List.of(bestY), Math.max(0, Math.min(1, score))));
  }

  /**
   * Where no paragraphs are related, the pairs with the most words in common, each with why it is
   * no link.
   */
  private List<NearMiss> nearMisses(
      List<Paragraph> lb,
      List<Paragraph> rb,
      List<WordSequence> a,
      List<WordSequence> b,
      PairEvidence pairs,
      boolean[] courtesyLeft,
      boolean[] courtesyRight) {
    List<double[]> all = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        double w = pairs.exactWords(i, j);
        if (w > 0) {
          all.add(new double[] {w, i, j});
        }
      }
    }
    all.sort((x, y) -> Double.compare(y[0], x[0]));
    LinkEvidence.Bars bars = LinkEvidence.Bars.DELEGATIONS;
    List<NearMiss> out = new ArrayList<>();
    for (double[] c : all.subList(0, Math.min(Alignment.CLOSEST, all.size()))) {
      int i = (int) c[1];
      int j = (int) c[2];
      double w = c[0];
      java.util.OptionalDouble m = pairs.meaning(i, j);
      double partner = m.isPresent() ? bars.partnerWordsWithMeaning() : bars.partnerWords();
      String why;
      if (courtesyLeft[i] && courtesyRight[j]) {
        why = "both are courtesies to office holders";
      } else if (mostlyCommonPhrases(a.get(i), b.get(j))) {
        why = "what they share is mostly what many statements say";
      } else if (m.isPresent() && m.getAsDouble() < bars.meaningFloor()) {
        why =
            String.format(
                java.util.Locale.ROOT,
                "meaning %.2f, below the %.2f a link by words needs",
                m.getAsDouble(),
                bars.meaningFloor());
      } else if (w < partner) {
        why =
            String.format(
                java.util.Locale.ROOT,
                "words %.2f, below the %.2f a closest partner needs",
                w,
                partner);
      } else {
        why =
            String.format(
                java.util.Locale.ROOT,
                "words %.2f, below the %.2f that links on its own, and neither is the other's"
                    + " closest partner",
                w,
                bars.strongWords());
      }
      out.add(
          new NearMiss(lb.get(i).index(), rb.get(j).index(), w, m, pairs.sharedTerms(i, j), why));
    }
    return out;
  }

  /**
   * Each paragraph's words but those of its courtesies (sentences congratulating, thanking or
   * paying tribute to an office holder): two delegations' courtesies name the same people in the
   * same formulas, which say nothing of a matter the two share.
   */
  private static List<WordSequence> withoutCourtesies(List<Paragraph> paragraphs) {
    List<WordSequence> out = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      List<WordSequence> kept = new ArrayList<>();
      boolean all = true;
      for (Sentence s : p.sentences()) {
        if (isCourtesy(s)) {
          all = false;
        } else {
          kept.add(s.words());
        }
      }
      out.add(
          all
              ? WordSequence.of(p)
              : kept.isEmpty() ? WordSequence.of("") : WordSequence.concat(kept));
    }
    return out;
  }

  private static boolean isCourtesy(Sentence s) {
    return COURTESY.matcher(s.text()).find() && OFFICE.matcher(s.text()).find();
  }

  private static long pair(int i, int j) {
    return ((long) i << 32) | j;
  }

  private static LinkEvidence.Rule stronger(LinkEvidence.Rule x, LinkEvidence.Rule y) {
    return x.compareTo(y) <= 0 ? x : y;
  }

  /** A sentence of courtesy has one of these words ... */
  private static final Pattern COURTESY =
      Pattern.compile(
          "(?i)\\b(congratulat|felicitat|tribute|commend|appreciation|gratitude|thank|welcome)");

  /** ... and one of these. */
  private static final Pattern OFFICE =
      Pattern.compile(
          "(?i)\\b(president|presidency|election|elected|predecessor|secretary-general|new members?)\\b");

  /**
   * Which paragraphs are courtesies: most of their words in sentences that congratulate, thank or
   * pay tribute to an office holder (the President on the election, the predecessor, the
   * Secretary-General) or welcome new Members. Two delegations' courtesies of one year name the
   * same people in the same formulas; they are no echo of each other.
   */
  private static boolean[] courtesies(List<Paragraph> paragraphs) {
    boolean[] out = new boolean[paragraphs.size()];
    for (int i = 0; i < out.length; i++) {
      int courteous = 0;
      int all = 0;
      for (Sentence s : paragraphs.get(i).sentences()) {
        int n = s.words().size();
        all += n;
        if (isCourtesy(s)) {
          courteous += n;
        }
      }
      out[i] = all > 0 && 2 * courteous >= all;
    }
    return out;
  }

  private static Link related(
      List<Paragraph> lb,
      List<Paragraph> rb,
      int i,
      int j,
      double score,
      List<SharedPhrase> phrases) {
    return Link.of(Link.Type.RELATED, List.of(lb.get(i).index()), List.of(rb.get(j).index()), score)
        .withSharedPhrases(phrases);
  }

  /**
   * Paragraphs with no echoed sentence are also related when they share a phrase of this many
   * content words that is not a common phrase ("the stabilization and reconstruction of
   * Afghanistan", not "the Treaty on the Non-Proliferation of Nuclear Weapons") ...
   */
  static final int RELATED_PHRASE_WORDS = 4;

  /** ... and are at least this alike as wholes. */
  static final double RELATED_PHRASE_SCORE = 0.08;

  /** An echoed sentence pair must be at least this alike in phrasing... */
  static final double ECHO_SCORE = 0.1;

  /** ... and keep at least this share of its words in the same order (LCS ratio)... */
  static final double ECHO_ORDER_SHARE = 0.55;

  /** Sentences shorter than this (in words) are not followed as echoes. */
  static final int ECHO_MIN_WORDS = 6;

  /**
   * Paragraph pairs {left body index, right body index} holding one sentence echoed in the other: a
   * pair of sentences alike in phrasing that keeps most of its words in the same order, however
   * many were replaced; with the best such sentence score. Two delegations' speeches of one year
   * share formulas (congratulating the same President, quoting the session's theme) whose sentences
   * are alike in words but not in order, and so are no echo.
   */
  private Map<Long, Double> echoes(List<Paragraph> left, List<Paragraph> right) {
    List<WordSequence> ls = new ArrayList<>();
    List<Integer> lp = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      for (Sentence x : left.get(i).sentences()) {
        ls.add(x.words());
        lp.add(i);
      }
    }
    List<WordSequence> rs = new ArrayList<>();
    List<Integer> rp = new ArrayList<>();
    for (int j = 0; j < right.size(); j++) {
      for (Sentence x : right.get(j).sentences()) {
        rs.add(x.words());
        rp.add(j);
      }
    }
    Map<Long, Double> out = new HashMap<>();
    if (ls.isEmpty() || rs.isEmpty()) {
      return out;
    }
    Candidates c = units.candidates(ls, rs);
    for (int k = 0; k < ls.size(); k++) {
      if (ls.get(k).size() < ECHO_MIN_WORDS) {
        continue;
      }
      Candidates.Row row = c.row(k);
      for (int n = 0; n < row.size(); n++) {
        WordSequence x = ls.get(k);
        WordSequence y = rs.get(row.unit(n));
        if (row.score(n) >= ECHO_SCORE
            && y.size() >= ECHO_MIN_WORDS
            && echoOrder(x, y)
            && keepsContent(x, y)
            && !saysOnlyCommonPhrases(x, y, evidence.find(x, y))) {
          out.merge(((long) lp.get(k) << 32) | rp.get(row.unit(n)), row.score(n), Math::max);
        }
      }
    }
    return out;
  }

  /**
   * ... or, where one sentence is the longer (an echo that lost its full stop runs on into the next
   * sentence of the paragraph it was woven into), keep at least this share of the shorter one's
   * words in the same order...
   */
  static final double ECHO_CONTAINED_SHARE = 0.7;

  /** ... the shorter holding at least this many words. */
  static final int ECHO_CONTAINED_MIN_WORDS = 8;

  /**
   * Whether two sentences share only what many statements say: the phrases they share, at least
   * one, are all common phrases, and their other words keep too little of their order to be an echo
   * on their own.
   */
  private boolean saysOnlyCommonPhrases(
      WordSequence x, WordSequence y, List<SharedPhrase> phrases) {
    if (phrases.isEmpty() || !phrases.stream().allMatch(p -> isCommon(x, p))) {
      return false;
    }
    long[] rx = uncommonWords(x);
    long[] ry = uncommonWords(y);
    return rx.length + ry.length == 0
        || 2.0 * lcs(rx, ry) / (rx.length + ry.length) < ECHO_ORDER_SHARE;
  }

  /**
   * Whether what two paragraphs share is mostly what many statements say: the common phrases they
   * share cover at least half of the shorter one's words. Two delegations quoting the session's
   * theme, and little else, share its words but no matter of their own.
   */
  private boolean mostlyCommonPhrases(WordSequence x, WordSequence y) {
    List<SharedPhrase> phrases = evidence.find(x, y);
    boolean[] coveredX = new boolean[x.size()];
    boolean[] coveredY = new boolean[y.size()];
    for (SharedPhrase p : phrases) {
      if (isCommon(x, p)) {
        Arrays.fill(coveredX, p.left().firstWord(), p.left().endWord(), true);
        Arrays.fill(coveredY, p.right().firstWord(), p.right().endWord(), true);
      }
    }
    return x.size() <= y.size()
        ? 2 * count(coveredX) >= x.size() && x.size() > 0
        : 2 * count(coveredY) >= y.size() && y.size() > 0;
  }

  private static int count(boolean[] covered) {
    int n = 0;
    for (boolean c : covered) {
      n += c ? 1 : 0;
    }
    return n;
  }

  /** Whether shared phrase {@code p}, as it stands in {@code left}, is a common phrase. */
  private boolean isCommon(WordSequence left, SharedPhrase p) {
    return commonPhrases().isCommon(left, p.left().firstWord(), p.left().endWord());
  }

  /** The ids of the words of {@code words} that stand in no common phrase, in order. */
  private long[] uncommonWords(WordSequence words) {
    boolean[] covered = new boolean[words.size()];
    for (int i = 0; i + CommonPhrases.WIDTH <= words.size(); i++) {
      if (commonPhrases().isCommon(words, i, i + CommonPhrases.WIDTH)) {
        Arrays.fill(covered, i, i + CommonPhrases.WIDTH, true);
      }
    }
    long[] out = new long[words.size()];
    int n = 0;
    for (int i = 0; i < covered.length; i++) {
      if (!covered[i]) {
        out[n++] = words.id(i);
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * ... and the words they keep in order hold at least this many of their content words (as shared
   * phrases count them: the commonest words of the corpus left out) ...
   */
  static final int ECHO_CONTENT_WORDS = 2;

  /** ... and at least this share of the content words of the sentence that has fewer. */
  static final double ECHO_CONTENT_SHARE = 0.5;

  /**
   * Whether two sentences keep enough of their content words in the same order to be an echo: "We
   * are also committed to the conservation of the Amazon" and "We are committed to the effective
   * implementation of the Global Counter-Terrorism Strategy" keep seven words in order, but of the
   * first one's three content words only "committed".
   */
  private boolean keepsContent(WordSequence x, WordSequence y) {
    long[] cx = contentWords(x);
    long[] cy = contentWords(y);
    int kept = lcs(cx, cy);
    return kept >= ECHO_CONTENT_WORDS
        && kept >= ECHO_CONTENT_SHARE * Math.min(cx.length, cy.length);
  }

  /** The ids of the content words of {@code words}, as shared phrases count them, in order. */
  private long[] contentWords(WordSequence words) {
    long[] out = new long[words.size()];
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (evidence.isContentWord(words, i)) {
        out[n++] = words.id(i);
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static int lcs(long[] a, long[] b) {
    int[] row = new int[b.length + 1];
    for (long x : a) {
      int diagonal = 0;
      for (int j = 1; j <= b.length; j++) {
        int above = row[j];
        row[j] = x == b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
        diagonal = above;
      }
    }
    return row[b.length];
  }

  /** Whether two sentences keep enough of their words in the same order to be an echo. */
  private static boolean echoOrder(WordSequence x, WordSequence y) {
    double ratio = LcsRatioSimilarity.instance().similarity(x, y);
    if (ratio >= ECHO_ORDER_SHARE) {
      return true;
    }
    int shorter = Math.min(x.size(), y.size());
    double lcs = ratio * (x.size() + y.size()) / 2;
    return shorter >= ECHO_CONTAINED_MIN_WORDS && lcs / shorter >= ECHO_CONTAINED_SHARE;
  }
}
