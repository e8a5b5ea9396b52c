package dev.parley.history;

import static java.util.Objects.requireNonNull;

import dev.parley.align.Link;
import dev.parley.diff.DiffOp;
import java.util.List;
import java.util.Locale;

/**
 * One link of a history: a paragraph of an earlier version and a paragraph of a later one that
 * descends from it (or, for a {@code partial} link, that took sentences from it). A split gives one
 * link from the split paragraph to each of its parts; a merge one link from each part.
 *
 * @param type how the paragraphs are joined
 * @param from the earlier paragraph
 * @param to the later paragraph
 * @param score the phrasing similarity of the two paragraphs (of a partial link: of the moved
 *     sentences), in [0, 1]
 * @param sentences the sentence links between the two paragraphs, each side's sentences counted
 *     from 0 (of a partial link: the moved sentences only)
 * @param diff word-level differences from the earlier paragraph's text to the later one's (of a
 *     partial link: of the moved sentences, joined by spaces)
 */
public record HistoryLink(
    Type type, Place from, Place to, double score, List<Link> sentences, List<DiffOp> diff) {

  /** How two paragraphs of a history are joined. */
  public enum Type {
    /** One paragraph to one, in consecutive versions, in order. */
    MATCH,
    /** A paragraph to one of the parts it was split into, in the next version. */
    SPLIT,
    /** One of the paragraphs merged into one, to that paragraph, in the next version. */
    MERGE,
    /** One paragraph to one, in consecutive versions, out of order. */
    MOVE,
    /** Sentences moved from one paragraph into another, in consecutive versions. */
    PARTIAL,
    /**
     * A paragraph that came back after one or more versions without it, from its last earlier
     * occurrence: a link that skips versions.
     */
    RESTORE;

    /** Returns the lower-case name used in JSON and reports. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a link of this type makes its later paragraph descend from its earlier one. */
    public boolean isDescent() {
      return this != PARTIAL;
    }
  }

  /**
   * Checks the fields and copies the lists.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the link does not run forward or the score is outside [0,
   *     1]
   */
  public HistoryLink {
    requireNonNull(type, "type");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    sentences = List.copyOf(sentences);
    diff = List.copyOf(diff);
    if (to.version() <= from.version()
        || (type == Type.RESTORE) != (to.version() > from.version() + 1)) {
      throw new IllegalArgumentException(
          type.label() + " link cannot run from " + from + " to " + to);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score " + score + " is outside [0, 1]");
    }
  }
}
