package dev.parley.align;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Why two paragraphs are linked: the rule that made the link and the score of each signal behind
 * it, with the specific words they share.
 *
 * <p>The main signal is {@code words}: the cosine of the two paragraphs' words weighed by how rare
 * each is among the paragraphs of the two statements compared (tf-idf with the pair's own
 * background), words counted by their light stem ({@code banana}/{@code bananas}) and left out
 * where they stand in a phrase many statements say ({@code the international community}, the
 * session's theme). So a word both speeches use everywhere (the delegation's own name, its head of
 * state's titles) weighs little, and a name or figure the two paragraphs alone hold weighs much.
 *
 * <pre>{@code
 * for (Link l : alignment.links()) {
 *   l.evidence().ifPresent(e -> System.out.println(e.rule().label() + " " + e.terms()));
 * }
 * }</pre>
 *
 * @param rule the rule that made the link
 * @param words the words signal, in [0, 1]
 * @param meaning the meaning signal where a meaning model was used (the two paragraphs' closeness
 *     in meaning above the closeness each has to the other statement's paragraphs on the whole; of
 *     a sentence link, the two sentences' cosine); empty otherwise
 * @param bestForLeft whether the right side is, on this signal, the closest partner of the left
 *     side among all the right statement's paragraphs (false for a sentence link)
 * @param bestForRight whether the left side is the closest partner of the right side (false for a
 *     sentence link)
 * @param terms the specific words both sides share, most telling first, as the left side writes
 *     them (at most {@value #MAX_TERMS})
 */
public record LinkEvidence(
    Rule rule,
    double words,
    OptionalDouble meaning,
    boolean bestForLeft,
    boolean bestForRight,
    List<String> terms) {

  /** At most this many shared terms are named. */
  public static final int MAX_TERMS = 8;

  /**
   * Checks the fields and copies the terms.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if {@code words} is outside [0, 1] or there are too many terms
   */
  public LinkEvidence {
    requireNonNull(rule, "rule");
    requireNonNull(meaning, "meaning");
    terms = List.copyOf(terms);
    if (!(words >= 0 && words <= 1)) {
      throw new IllegalArgumentException("words signal " + words + " is outside [0, 1]");
    }
    if (terms.size() > MAX_TERMS) {
      throw new IllegalArgumentException(terms.size() + " terms, more than " + MAX_TERMS);
    }
  }

  /** What made a link, strongest first. */
  public enum Rule {
    /**
     * A sentence of one echoed, reworded, in the other: the strongest evidence (delegations mode).
     */
    ECHO,
    /**
     * The two share enough specific words to be linked on that alone: the words signal reaches
     * {@link Bars#strongWords} (versions and delegations modes).
     */
    SHARED_WORDS,
    /**
     * The two are alike as wholes in phrasing, at the related threshold or above (delegations
     * mode).
     */
    ALIKE,
    /**
     * The two say the same in other words: where a meaning model is used, each is the other's
     * closest in meaning, by {@link Bars#sameMeaning} or more above the closeness each has to the
     * other statement's paragraphs on the whole, and they share some specific words ({@link
     * Bars#meaningWords}). Inside a link: two sentences reworded beyond their words, or a sentence
     * and its reworded parts.
     */
    SAME_MEANING,
    /**
     * The two share specific words (the words signal reaches {@link Bars#partnerWords}) and one is
     * the other's closest partner in the other statement: a point restated in new words and
     * figures. A weaker link.
     */
    CLOSEST_PARTNER,
    /** Sentences moved from one paragraph into the other (versions mode, partial links). */
    MOVED_SENTENCES;

    /** Returns the words used for the rule in reports and JSON ({@code "closest partner"}). */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  /**
   * The bars a pair's signals must reach for each rule, one set a mode, measured on real pairs
   * people linked ({@code docs/evaluation/}): two delegations share less of their wording than two
   * versions of one statement, so between them a point shows in fewer shared words, and is
   * confirmed by meaning where a model is used.
   *
   * @param strongWords the words signal that links a pair on its own ({@link Rule#SHARED_WORDS})
   * @param partnerWords the words signal that links a closest partner ({@link
   *     Rule#CLOSEST_PARTNER}) on words alone
   * @param partnerWordsWithMeaning the same where a meaning model is used (and the meaning floor
   *     holds)
   * @param partnerMargin how far below the best partner's words signal a pair may be and still
   *     count as a closest partner
   * @param sameMeaning the meaning signal from which each other's closest in meaning are linked
   *     ({@link Rule#SAME_MEANING})
   * @param meaningWords the words signal those must reach too
   * @param meaningFloor where a meaning model is used, no pair links by words whose meaning signal
   *     is below this: words that happen to be shared by paragraphs about different things
   * @param floorBarsStrongWords whether the meaning floor holds for pairs whose words reach {@code
   *     strongWords} too (delegations mode: two delegations share names and places whatever point
   *     they make; two versions sharing that much of their wording are one passage, however short
   *     one side is for the model)
   * @param meaningNeedsWordsPartner whether a pair linked by meaning must also be, on one side at
   *     least, the closest partner by words (versions mode: a point a statement takes up again
   *     keeps more of its own words than any other paragraph does; two delegations put the same
   *     matter in their own words)
   */
  public record Bars(
      double strongWords,
      double partnerWords,
      double partnerWordsWithMeaning,
      double partnerMargin,
      double sameMeaning,
      double meaningWords,
      double meaningFloor,
      boolean floorBarsStrongWords,
      boolean meaningNeedsWordsPartner) {

    /** The bars of versions mode. */
    public static final Bars VERSIONS =
        new Bars(0.2, 0.14, 0.14, 0.02, 0.3, 0.06, 0.1, false, true);

    /** The bars of delegations mode. */
    public static final Bars DELEGATIONS =
        new Bars(0.2, 0.14, 0.12, 0.02, 0.3, 0.06, 0.15, true, false);
  }

  /**
   * Whether the link is weak: made by the closest-partner rule, on words that alone would not link
   * the two. Readers agree with fewer of these than of the others.
   */
  public boolean weak() {
    return rule == Rule.CLOSEST_PARTNER;
  }
}
