package dev.parley.align;

import static java.util.Objects.requireNonNull;

import dev.parley.diff.DiffOp;
import dev.parley.similarity.SharedPhrase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One link of an alignment: which units of the left and the right statement it joins, how, how
 * alike they are phrased, and, for paragraph links, the sentence links and word differences inside.
 *
 * @param type how the units are joined
 * @param left indices of the left units, ascending (empty for an insertion)
 * @param right indices of the right units, ascending (empty for a deletion)
 * @param score the phrasing similarity of the two sides; empty for an insertion or deletion
 * @param sharedPhrases the phrases both sides hold (for {@code related} links)
 * @param sentences the sentence links inside a paragraph link; their indices count the sentences of
 *     the link's paragraphs on each side, in order, from 0
 * @param diff word-level differences between the two sides' texts (each side's paragraphs joined by
 *     a line break; for a {@code partial} link, each side's linked sentences joined by a space);
 *     empty where the link has only one side
 * @param share for a paragraph link of versions mode with two sides, the share of each side's words
 *     that its linked sentences cover (a paragraph that kept all its sentences: 1; a {@code
 *     partial} link: the moved sentences' part of each paragraph); empty otherwise
 * @param evidence for a paragraph link with two sides, why it is there: the rule that made it and
 *     the signals behind it; for a sentence link, only where meaning paired two sentences reworded
 *     beyond their words, or joined a sentence's reworded parts to it ({@link
 *     LinkEvidence.Rule#SAME_MEANING}); empty for links with one side
 */
public record Link(
    Type type,
    List<Integer> left,
    List<Integer> right,
    OptionalDouble score,
    List<SharedPhrase> sharedPhrases,
    List<Link> sentences,
    List<DiffOp> diff,
    Optional<Share> share,
    Optional<LinkEvidence> evidence) {

  /**
   * How much of each side of a link its linked sentences cover, counted in words.
   *
   * @param left the share of the left side's words, in [0, 1]
   * @param right the share of the right side's words, in [0, 1]
   */
  public record Share(double left, double right) {

    /**
     * Checks the shares.
     *
     * @throws IllegalArgumentException if a share is outside [0, 1]
     */
    public Share {
      if (!(left >= 0 && left <= 1 && right >= 0 && right <= 1)) {
        throw new IllegalArgumentException("shares " + left + ", " + right + " outside [0, 1]");
      }
    }
  }

  /** How a link joins units. */
  public enum Type {
    /** One unit to one, in order. */
    MATCH,
    /** One left unit to two or more consecutive right units. */
    SPLIT,
    /** Two or more consecutive left units to one right unit. */
    MERGE,
    /** One unit to one, out of order: a strong partner found elsewhere. */
    MOVE,
    /**
     * One paragraph to one, joined only by sentences that moved from one to the other: the
     * paragraphs are otherwise linked elsewhere, or are new or gone (versions mode).
     */
    PARTIAL,
    /** A left unit with no partner. */
    DELETE,
    /** A right unit with no partner. */
    INSERT,
    /** Two delegations' units whose phrasing overlaps beyond chance (delegations mode). */
    RELATED;

    /** Returns the lower-case name used in JSON and reports. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks that the sides fit the type, and copies the lists.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the sides do not fit the type
   */
  public Link {
    requireNonNull(type, "type");
    left = List.copyOf(left);
    right = List.copyOf(right);
    requireNonNull(score, "score");
    sharedPhrases = List.copyOf(sharedPhrases);
    sentences = List.copyOf(sentences);
    diff = List.copyOf(diff);
    requireNonNull(share, "share");
    requireNonNull(evidence, "evidence");
    boolean fits =
        switch (type) {
          case MATCH, MOVE, PARTIAL, RELATED -> left.size() == 1 && right.size() == 1;
          case SPLIT -> left.size() == 1 && right.size() >= 2;
          case MERGE -> left.size() >= 2 && right.size() == 1;
          case DELETE -> left.size() == 1 && right.isEmpty();
          case INSERT -> left.isEmpty() && right.size() == 1;
        };
    if (!fits) {
      throw new IllegalArgumentException(
          type.label() + " link cannot join " + left + " and " + right);
    }
  }

  /** Returns a link of {@code type} with a score and nothing inside yet. */
  static Link of(Type type, List<Integer> left, List<Integer> right, double score) {
    return new Link(
        type,
        left,
        right,
        OptionalDouble.of(score),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  /** Returns a deletion or insertion, which has no score. */
  static Link unpaired(Type type, List<Integer> left, List<Integer> right) {
    return new Link(
        type,
        left,
        right,
        OptionalDouble.empty(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  /** Whether this is a deletion or an insertion: a unit with no partner. */
  boolean isUnpaired() {
    return type == Type.DELETE || type == Type.INSERT;
  }

  /** Units {@code from} to {@code from + count - 1}, as an unmodifiable list (a link keeps it). */
  static List<Integer> range(int from, int count) {
    Integer[] r = new Integer[count];
    for (int k = 0; k < count; k++) {
      r[k] = from + k;
    }
    return List.of(r);
  }

  /** Returns this link with sentence links and a word diff inside. */
  Link withInside(List<Link> sentences, List<DiffOp> diff) {
    return new Link(type, left, right, score, sharedPhrases, sentences, diff, share, evidence);
  }

  /** Returns this link with shared phrases. */
  Link withSharedPhrases(List<SharedPhrase> phrases) {
    return new Link(type, left, right, score, phrases, sentences, diff, share, evidence);
  }

  /** Returns this link with the share of each side its sentences cover. */
  Link withShare(Share share) {
    return new Link(
        type, left, right, score, sharedPhrases, sentences, diff, Optional.of(share), evidence);
  }

  /** Returns this link with the evidence it stands on. */
  Link withEvidence(LinkEvidence evidence) {
    return new Link(
        type, left, right, score, sharedPhrases, sentences, diff, share, Optional.of(evidence));
  }
}
