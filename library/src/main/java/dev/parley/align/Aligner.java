package dev.parley.align;

import static java.util.Objects.requireNonNull;

import dev.parley.diff.DiffOp;
import dev.parley.diff.WordDiff;
import dev.parley.similarity.CommonPhrases;
import dev.parley.similarity.LcsRatioSimilarity;
import dev.parley.similarity.PhrasingSimilarity;
import dev.parley.similarity.SharedPhrase;
import dev.parley.similarity.SharedPhrases;
import dev.parley.similarity.TokenSimilarity;
import dev.parley.similarity.UnitSimilarity;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Aligns two statements' paragraphs, then the sentences inside each link, with word-level
 * differences.
 *
 * <p>{@link Alignment.Mode#VERSIONS Versions}: two versions of one statement (a draft and the
 * delivered text, one delegation's statement year after year). Paragraphs link in order, one to
 * one, one to several (split), several to one (merge), or not at all (deletion, insertion); a
 * paragraph with a strong partner out of order is a move. Then the sentences: inside each link, and
 * across the whole text for sentences still without a partner, so that a sentence moved from one
 * paragraph into another gives a {@link Link.Type#PARTIAL partial} link between the two. Every
 * paragraph is in exactly one link other than a partial one, or else only in partial links (a new
 * paragraph built from sentences of old ones).
 *
 * <p>{@link Alignment.Mode#DELEGATIONS Delegations}: two delegations on the same item. Body
 * paragraphs are linked as {@code related}, in any order and any number, where one holds a sentence
 * echoed in the other (alike in phrasing and keeping most of its words, and half its content words,
 * in the same order, however many were replaced), where the two are alike as wholes (0.4 by
 * default), or where they share a phrase of four content words or more and are somewhat alike
 * (0.08); each link has its score and the shared phrases (at least three content words each).
 * Sharing a subject, a name or the genre's formulas is not enough. What many statements say ({@link
 * CommonPhrases}: the name of a treaty, a conference or an office holder, the year's theme) is no
 * shared phrase of evidence, and two sentences that share only such phrases are no echo, nor two
 * paragraphs alike as wholes related, unless their other words keep their order. Two speeches of
 * one year all congratulate the same President, so two courtesies (paragraphs mostly
 * congratulating, thanking or paying tribute to an office holder, or welcoming new Members) are
 * never related to each other, however alike.
 *
 * <pre>{@code
 * Alignment a = Aligner.defaults().align(left, right, Alignment.Mode.VERSIONS);
 * for (Link l : a.links()) System.out.println(l.type().label() + " " + l.left() + " " + l.right());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Aligner {

  /** By default paragraphs with no echoed sentence are related from this score. */
  static final double DEFAULT_RELATED_THRESHOLD = 0.4;

  private static final class DefaultHolder {
    static final Aligner DEFAULTS = of(PhrasingSimilarity.defaults(), TermStatistics.defaults());
  }

  private final UnitSimilarity similarity;
  private final TermStatistics statistics;
  private final SharedPhrases evidence;
  private final UnitAligner units;
  private final @Nullable CommonPhrases common; // null: the library's, loaded on first use
  private final double matchThreshold;
  private final double relatedThreshold;

  private Aligner(
      UnitSimilarity similarity,
      TermStatistics statistics,
      @Nullable CommonPhrases common,
      double matchThreshold,
      double relatedThreshold) {
    this.similarity = similarity;
    this.statistics = statistics;
    this.evidence = SharedPhrases.of(statistics, 3);
    this.units = new UnitAligner(similarity, statistics, matchThreshold);
    this.common = common;
    this.matchThreshold = matchThreshold;
    this.relatedThreshold = relatedThreshold;
  }

  /** Returns an aligner with the library's default similarity and term statistics. */
  public static Aligner defaults() {
    return DefaultHolder.DEFAULTS;
  }

  /**
   * Returns an aligner scoring paragraphs and sentences with {@code similarity}, rare words (for
   * the shared phrases that back a link) judged by {@code statistics}. Any measure serves: {@link
   * PhrasingSimilarity} (the default) scores through its prepared form; another {@link
   * TokenSimilarity} is adapted by {@link UnitSimilarity#of}. The thresholds ({@link
   * #withMatchThreshold}, {@link #withRelatedThreshold}) are read on the measure's own scale, and
   * their defaults are set for the default measure.
   */
  public static Aligner of(TokenSimilarity similarity, TermStatistics statistics) {
    return new Aligner(
        UnitSimilarity.of(requireNonNull(similarity, "similarity")),
        requireNonNull(statistics, "statistics"),
        null,
        UnitAligner.DEFAULT_MATCH_THRESHOLD,
        DEFAULT_RELATED_THRESHOLD);
  }

  /**
   * Returns an aligner like this one whose 1:1 links need at least {@code threshold} phrasing
   * similarity in versions mode (0.2 by default; lower links more loosely reworded paragraphs,
   * higher leaves them as deletion and insertion).
   *
   * @throws IllegalArgumentException if {@code threshold} is outside (0, 1)
   */
  public Aligner withMatchThreshold(double threshold) {
    checkThreshold(threshold, "match threshold");
    return new Aligner(similarity, statistics, common, threshold, relatedThreshold);
  }

  /**
   * Returns an aligner like this one that, in delegations mode, links paragraphs with no echoed
   * sentence when their phrasing similarity reaches {@code threshold} (0.4 by default; paragraphs
   * holding an echoed sentence link whatever their score as wholes).
   *
   * @throws IllegalArgumentException if {@code threshold} is outside (0, 1)
   */
  public Aligner withRelatedThreshold(double threshold) {
    checkThreshold(threshold, "related threshold");
    return new Aligner(similarity, statistics, common, matchThreshold, threshold);
  }

  /**
   * Returns an aligner like this one that, in delegations mode, takes no phrase of {@code phrases}
   * as evidence that two paragraphs are related: what many statements say (the name of a treaty,
   * the year's theme) two delegations share by chance. {@link CommonPhrases#defaults()} by default;
   * {@link CommonPhrases#empty()} counts every shared phrase.
   */
  public Aligner withCommonPhrases(CommonPhrases phrases) {
    return new Aligner(
        similarity,
        statistics,
        requireNonNull(phrases, "phrases"),
        matchThreshold,
        relatedThreshold);
  }

  /** Returns the phrases that are no evidence in delegations mode. */
  public CommonPhrases commonPhrases() {
    return common != null ? common : CommonPhrases.defaults();
  }

  /** Returns the versions-mode 1:1 threshold. */
  public double matchThreshold() {
    return matchThreshold;
  }

  /** Returns the delegations-mode threshold for paragraphs with no echoed sentence. */
  public double relatedThreshold() {
    return relatedThreshold;
  }

  private static void checkThreshold(double threshold, String name) {
    if (!(threshold > 0 && threshold < 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1: " + threshold);
    }
  }

  /**
   * Aligns {@code left} with {@code right}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Alignment align(Statement left, Statement right, Alignment.Mode mode) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    requireNonNull(mode, "mode");
    List<WordSequence> a = words(left.paragraphs());
    List<WordSequence> b = words(right.paragraphs());
    List<UnitSimilarity.Prepared> pa = UnitAligner.each(a, similarity::prepare);
    List<UnitSimilarity.Prepared> pb = UnitAligner.each(b, similarity::prepare);
    double overall =
        a.isEmpty() || b.isEmpty()
            ? similarity.similarity(WordSequence.of(left), WordSequence.of(right))
            : similarity.similarity(whole(pa), whole(pb));
    List<Link> links =
        mode == Alignment.Mode.VERSIONS
            ? versions(left, right, a, b, pa, pb)
            : delegations(left, right, pa, pb);
    return new Alignment(mode, left, right, overall, links);
  }

  /** A statement's paragraphs prepared as one text by {@code measure}: the key it is kept by. */
  private record WholeKey(UnitSimilarity measure) {}

  /** The paragraphs' words a whole was prepared from, and the whole. */
  private record Whole(List<WordSequence> parts, UnitSimilarity.Prepared whole) {}

  /**
   * The paragraphs {@code parts} prepared as one text, kept with the first paragraph's words: a
   * statement compared again is not joined again. A whole kept from other paragraphs (the first one
   * shared by another statement) is not used.
   */
  private UnitSimilarity.Prepared whole(List<UnitSimilarity.Prepared> parts) {
    List<WordSequence> words = parts.stream().map(UnitSimilarity.Prepared::words).toList();
    Whole kept =
        words
            .get(0)
            .computeIfAbsent(
                new WholeKey(similarity), w -> new Whole(words, similarity.concat(parts)));
    if (kept.parts().size() == words.size()) {
      boolean same = true;
      for (int k = 0; same && k < words.size(); k++) {
        same = kept.parts().get(k) == words.get(k);
      }
      if (same) {
        return kept.whole();
      }
    }
    return similarity.concat(parts);
  }

  private List<Link> versions(
      Statement left,
      Statement right,
      List<WordSequence> a,
      List<WordSequence> b,
      List<UnitSimilarity.Prepared> pa,
      List<UnitSimilarity.Prepared> pb) {
    List<Link> links = units.align(a, b, pa, pb);
    List<Link> out = new ArrayList<>(links.size());
    for (Link link : links) {
      out.add(inside(link, left, right));
    }
    return new MovedSentences(units, evidence).add(out, left, right);
  }

  /** Adds the sentence links and the word diff inside a link with two sides. */
  private Link inside(Link link, Statement left, Statement right) {
    if (link.left().isEmpty() || link.right().isEmpty()) {
      return link;
    }
    if (link.left().size() == 1 && link.right().size() == 1) {
      Paragraph p = left.paragraphs().get(link.left().get(0));
      Paragraph q = right.paragraphs().get(link.right().get(0));
      if (p.text().equals(q.text())) {
        return link.withInside(unchanged(p), List.of(new DiffOp(DiffOp.Op.EQUAL, p.text())));
      }
    }
    List<Link> sentenceLinks =
        alignSentences(sentences(left, link.left()), sentences(right, link.right()));
    List<DiffOp> diff =
        WordDiff.diff(paragraphs(left, link.left()), paragraphs(right, link.right()));
    return link.withInside(sentenceLinks, diff);
  }

  /** The sentence links of a paragraph kept word for word: each sentence to itself. */
  private static List<Link> unchanged(Paragraph p) {
    List<Link> out = new ArrayList<>(p.sentences().size());
    for (int k = 0; k < p.sentences().size(); k++) {
      out.add(Link.of(Link.Type.MATCH, List.of(k), List.of(k), 1.0));
    }
    return out;
  }

  /**
   * Aligns the sentences of two paragraphs as versions of one text: the sentence links a paragraph
   * link carries, each side's sentences counted from 0.
   *
   * @throws NullPointerException if either is null
   */
  public List<Link> alignSentences(Paragraph left, Paragraph right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    return alignSentences(left.sentences(), right.sentences());
  }

  private List<Link> alignSentences(List<Sentence> left, List<Sentence> right) {
    return units.align(
        UnitAligner.each(left, Sentence::words), UnitAligner.each(right, Sentence::words));
  }

  /** Returns the similarity this aligner scores with. */
  public UnitSimilarity similarity() {
    return similarity;
  }

  /** Returns the term statistics that tell this aligner's rare words. */
  public TermStatistics termStatistics() {
    return statistics;
  }

  private List<Link> delegations(
      Statement left,
      Statement right,
      List<UnitSimilarity.Prepared> preparedLeft,
      List<UnitSimilarity.Prepared> preparedRight) {
    List<Paragraph> lb = left.bodyParagraphs();
    List<Paragraph> rb = right.bodyParagraphs();
    List<WordSequence> a = words(lb);
    List<WordSequence> b = words(rb);
    UnitAligner.Candidates candidates =
        units
        .new Candidates(
            a,
            b,
            lb.stream().map(p -> preparedLeft.get(p.index())).toList(),
            rb.stream().map(p -> preparedRight.get(p.index())).toList());
    Map<Long, Double> echoes = echoes(lb, rb);
    boolean[] courtesyLeft = courtesies(lb);
    boolean[] courtesyRight = courtesies(rb);
    echoes.keySet().removeIf(k -> courtesyLeft[(int) (k >>> 32)] && courtesyRight[k.intValue()]);
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      UnitAligner.Row row = candidates.row(i);
      for (int k = 0; k < row.size(); k++) {
        int j = row.unit(k);
        if (courtesyLeft[i] && courtesyRight[j]) {
          continue;
        }
        boolean echoed = echoes.remove(((long) i << 32) | j) != null;
        double score = row.score(k);
        if (!echoed && score < RELATED_PHRASE_SCORE) {
          continue;
        }
        List<SharedPhrase> phrases = evidence.find(a.get(i), b.get(j));
        WordSequence words = a.get(i);
        if (echoed
            || (score >= relatedThreshold && !saysOnlyCommonPhrases(words, b.get(j), phrases))
            || phrases.stream()
                .anyMatch(x -> x.contentWords() >= RELATED_PHRASE_WORDS && !isCommon(words, x))) {
          links.add(related(lb, rb, i, j, score, phrases));
        }
      }
    }
    // Echoes between paragraphs too unlike as wholes to be candidates.
    for (long key : echoes.keySet()) {
      int i = (int) (key >>> 32);
      int j = (int) key;
      links.add(
          related(
              lb,
              rb,
              i,
              j,
              similarity.similarity(a.get(i), b.get(j)),
              evidence.find(a.get(i), b.get(j))));
    }
    links.sort(
        (x, y) ->
            x.left().get(0).equals(y.left().get(0))
                ? Integer.compare(x.right().get(0), y.right().get(0))
                : Integer.compare(x.left().get(0), y.left().get(0)));
    return links;
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
        if (COURTESY.matcher(s.text()).find() && OFFICE.matcher(s.text()).find()) {
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
    Map<Long, Double> out = new java.util.HashMap<>();
    if (ls.isEmpty() || rs.isEmpty()) {
      return out;
    }
    UnitAligner.Candidates c = units.new Candidates(ls, rs);
    for (int k = 0; k < ls.size(); k++) {
      if (ls.get(k).size() < ECHO_MIN_WORDS) {
        continue;
      }
      UnitAligner.Row row = c.row(k);
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

  /** Whether shared phrase {@code p}, as it stands in {@code left}, is a common phrase. */
  private boolean isCommon(WordSequence left, SharedPhrase p) {
    return commonPhrases().isCommon(left, p.left().firstWord(), p.left().endWord());
  }

  /** The ids of the words of {@code words} that stand in no common phrase, in order. */
  private long[] uncommonWords(WordSequence words) {
    boolean[] covered = new boolean[words.size()];
    for (int i = 0; i + CommonPhrases.WIDTH <= words.size(); i++) {
      if (commonPhrases().isCommon(words, i, i + CommonPhrases.WIDTH)) {
        java.util.Arrays.fill(covered, i, i + CommonPhrases.WIDTH, true);
      }
    }
    long[] out = new long[words.size()];
    int n = 0;
    for (int i = 0; i < covered.length; i++) {
      if (!covered[i]) {
        out[n++] = words.id(i);
      }
    }
    return java.util.Arrays.copyOf(out, n);
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
    return java.util.Arrays.copyOf(out, n);
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

  private static List<WordSequence> words(List<Paragraph> paragraphs) {
    return UnitAligner.each(paragraphs, WordSequence::of);
  }

  /** The sentences of {@code paragraphs} of {@code s}, in order. */
  static List<Sentence> sentences(Statement s, List<Integer> paragraphs) {
    List<Sentence> out = new ArrayList<>();
    for (int p : paragraphs) {
      out.addAll(s.paragraphs().get(p).sentences());
    }
    return out;
  }

  private static List<Paragraph> paragraphs(Statement s, List<Integer> indices) {
    return UnitAligner.each(indices, s.paragraphs()::get);
  }
}
