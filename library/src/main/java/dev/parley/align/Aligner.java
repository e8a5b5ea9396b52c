package dev.parley.align;

import static java.util.Objects.requireNonNull;

import dev.parley.similarity.CommonPhrases;
import dev.parley.similarity.PhrasingSimilarity;
import dev.parley.similarity.SentenceEncoder;
import dev.parley.similarity.SharedPhrases;
import dev.parley.similarity.TokenSimilarity;
import dev.parley.similarity.UnitSimilarity;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  private final InsideLinks inside;
  private final @Nullable CommonPhrases common; // null: the library's, loaded on first use
  private final double matchThreshold;
  private final double relatedThreshold;
  private final @Nullable SentenceEncoder meaning;

  private Aligner(
      UnitSimilarity similarity,
      TermStatistics statistics,
      @Nullable CommonPhrases common,
      double matchThreshold,
      double relatedThreshold,
      @Nullable SentenceEncoder meaning) {
    this.similarity = similarity;
    this.statistics = statistics;
    this.evidence = SharedPhrases.of(statistics, 3);
    this.units = new UnitAligner(similarity, statistics, new Thresholds(matchThreshold));
    this.inside = new InsideLinks(units);
    this.common = common;
    this.matchThreshold = matchThreshold;
    this.relatedThreshold = relatedThreshold;
    this.meaning = meaning;
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
        Thresholds.DEFAULT_MATCH,
        DEFAULT_RELATED_THRESHOLD,
        null);
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
    return new Aligner(similarity, statistics, common, threshold, relatedThreshold, meaning);
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
    return new Aligner(similarity, statistics, common, matchThreshold, threshold, meaning);
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
        relatedThreshold,
        meaning);
  }

  /**
   * Returns an aligner like this one that weighs what paragraphs mean beside the words they share:
   * two paragraphs each the other's closest in meaning, well above the rest, and sharing some
   * specific words, are linked as saying the same in other words ({@link
   * LinkEvidence.Rule#SAME_MEANING}), and every link's evidence gives its meaning signal. Each
   * paragraph is encoded once and its vector kept with its words.
   *
   * @throws NullPointerException if {@code encoder} is null
   */
  public Aligner withMeaning(SentenceEncoder encoder) {
    return new Aligner(
        similarity,
        statistics,
        common,
        matchThreshold,
        relatedThreshold,
        requireNonNull(encoder, "encoder"));
  }

  /** Returns the sentence encoder this aligner weighs meaning with, if any. */
  public Optional<SentenceEncoder> meaning() {
    return Optional.ofNullable(meaning);
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
    SentenceEncoder encoder = encoderFor(left, right);
    List<Link> links;
    List<NearMiss> closest = List.of();
    if (mode == Alignment.Mode.VERSIONS) {
      links = versions(left, right, a, b, pa, pb, encoder);
    } else {
      Delegations.Result related =
          new Delegations(
                  units,
                  evidence,
                  commonPhrases(),
                  relatedThreshold,
                  paragraphs -> meanings(paragraphs, encoder),
                  statistics)
              .align(left, right, pa, pb);
      links = related.links();
      closest = related.closest();
    }
    return new Alignment(
        mode,
        left,
        right,
        overall,
        links,
        encoder == null ? Optional.empty() : Optional.of(encoder.name()),
        closest);
  }

  /**
   * The paragraphs of {@code left} and {@code right} that say the same in other words: pairs each
   * the other's closest in meaning that versions mode links by meaning, not by their words ({@link
   * LinkEvidence.Rule#SAME_MEANING}), by left paragraph. Empty without a meaning model, or for
   * statements longer than {@link #MEANING_MAX_CHARACTERS}.
   *
   * @throws NullPointerException if an argument is null
   */
  public List<dev.parley.similarity.Restatement> restatements(Statement left, Statement right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    SentenceEncoder encoder = encoderFor(left, right);
    if (encoder == null) {
      return List.of();
    }
    PairEvidence pairs =
        versionsEvidence(left, right, words(left.paragraphs()), words(right.paragraphs()), encoder);
    List<dev.parley.similarity.Restatement> out = new ArrayList<>();
    for (int[] p : pairs.accepted()) {
      if (pairs.rule(p[0], p[1]) == LinkEvidence.Rule.SAME_MEANING) {
        out.add(
            new dev.parley.similarity.Restatement(
                p[0],
                p[1],
                Math.round(pairs.meaning(p[0], p[1]).orElse(0) * 10_000) / 10_000.0,
                Math.round(pairs.words(p[0], p[1]) * 10_000) / 10_000.0));
      }
    }
    out.sort(
        java.util.Comparator.comparingInt(dev.parley.similarity.Restatement::left)
            .thenComparingInt(dev.parley.similarity.Restatement::right));
    return List.copyOf(out);
  }

  /**
   * Statements longer than this, in characters of their paragraphs, are aligned on words alone:
   * encoding them would take many times longer than the rest of the comparison (the longest speech
   * of the UN General Debate corpus has about 117,000).
   */
  public static final int MEANING_MAX_CHARACTERS = 200_000;

  private static boolean withinMeaningBound(Statement s) {
    long n = 0;
    for (Paragraph p : s.paragraphs()) {
      n += p.text().length();
    }
    return n <= MEANING_MAX_CHARACTERS;
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

  /** The encoder to weigh meaning with for these two statements: none when either is too long. */
  private @Nullable SentenceEncoder encoderFor(Statement left, Statement right) {
    return withinMeaningBound(left) && withinMeaningBound(right) ? meaning : null;
  }

  /** The evidence versions mode holds the paragraph pairs of {@code a} and {@code b} to. */
  private PairEvidence versionsEvidence(
      Statement left,
      Statement right,
      List<WordSequence> a,
      List<WordSequence> b,
      @Nullable SentenceEncoder encoder) {
    return PairEvidence.of(
        a,
        b,
        meanings(left.paragraphs(), encoder),
        meanings(right.paragraphs(), encoder),
        LinkEvidence.Bars.VERSIONS,
        statistics);
  }

  private List<Link> versions(
      Statement left,
      Statement right,
      List<WordSequence> a,
      List<WordSequence> b,
      List<UnitSimilarity.Prepared> pa,
      List<UnitSimilarity.Prepared> pb,
      @Nullable SentenceEncoder encoder) {
    PairEvidence pairs = versionsEvidence(left, right, a, b, encoder);
    List<Link> links = units.align(a, b, pa, pb, c -> pairs);
    Rescue.Result rescued = Rescue.add(links, pairs, similarity, pa, pb, units.thresholds());
    List<Link> kept =
        encoder == null
            ? rescued.links()
            : RewordedParts.attachOneSentenceParagraphs(
                rescued.links(), left, right, encoder, similarity);
    List<Link> out = new ArrayList<>(kept.size());
    for (Link link : kept) {
      out.add(inside.of(link, left, right, encoder));
    }
    List<Link> partials = new ArrayList<>(rescued.partials().size());
    for (Link link : rescued.partials()) {
      partials.add(inside.ofPartial(link, left, right, encoder));
    }
    List<Link> all = new MovedSentences(units, evidence).add(out, partials, left, right);
    java.util.Set<List<Integer>> restated = new java.util.HashSet<>();
    for (Link p : partials) {
      restated.add(List.of(p.left().get(0), p.right().get(0)));
    }
    List<Link> explained = new ArrayList<>(all.size());
    for (Link link : all) {
      boolean moved =
          link.type() == Link.Type.PARTIAL
              && !restated.contains(List.of(link.left().get(0), link.right().get(0)));
      explained.add(explained(link, pairs, moved));
    }
    return explained;
  }

  /**
   * {@code link} with the evidence it stands on, where it has two sides: for a partial link the
   * sentence layer made ({@code moved}), its moved sentences; else the strongest rule any of its
   * paragraph pairs passes.
   */
  private static Link explained(Link link, PairEvidence pairs, boolean moved) {
    if (link.left().isEmpty() || link.right().isEmpty()) {
      return link;
    }
    LinkEvidence.Rule rule = LinkEvidence.Rule.MOVED_SENTENCES;
    for (int i : moved ? List.<Integer>of() : link.left()) {
      for (int j : link.right()) {
        LinkEvidence.Rule r = pairs.rule(i, j);
        if (r != null && r.compareTo(rule) < 0) {
          rule = r;
        }
      }
    }
    return link.withEvidence(pairs.explain(link.left(), link.right(), rule));
  }

  /** What a paragraph's meaning is kept with its words by: the encoder that gave it. */
  private record MeaningKey(SentenceEncoder encoder) {}

  /** Each paragraph's meaning by {@code encoder} (null without one), encoded once. */
  static float @Nullable [][] meanings(
      List<Paragraph> paragraphs, @Nullable SentenceEncoder encoder) {
    if (encoder == null) {
      return null;
    }
    return PairMeaning.encoded(
        paragraphs, Paragraph::words, Paragraph::text, new MeaningKey(encoder), encoder);
  }

  /**
   * Aligns the sentences of two paragraphs as versions of one text: the sentence links a paragraph
   * link carries, each side's sentences counted from 0. With a meaning model ({@link
   * #withMeaning}), two sentences the words left alone in the same place between the other links,
   * each the other's closest in meaning, are linked too, and a sentence's reworded parts are joined
   * to it (evidence {@link LinkEvidence.Rule#SAME_MEANING}).
   *
   * @throws NullPointerException if either is null
   */
  public List<Link> alignSentences(Paragraph left, Paragraph right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    return inside.sentences(left.sentences(), right.sentences(), meaning);
  }

  /** Returns the similarity this aligner scores with. */
  public UnitSimilarity similarity() {
    return similarity;
  }

  /** Returns the term statistics that tell this aligner's rare words. */
  public TermStatistics termStatistics() {
    return statistics;
  }

  private static List<WordSequence> words(List<Paragraph> paragraphs) {
    return UnitAligner.each(paragraphs, WordSequence::of);
  }
}
