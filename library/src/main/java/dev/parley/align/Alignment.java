package dev.parley.align;

import static java.util.Objects.requireNonNull;

import dev.parley.text.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The comparison of two statements: how their paragraphs link, and how alike they are phrased
 * overall.
 *
 * <p>In {@link Mode#VERSIONS versions} mode every paragraph of either side is in exactly one link
 * other than a {@link Link.Type#PARTIAL partial} one (sentences moved between paragraphs), or else
 * only in partial links; the links follow the left statement's order, insertions standing where the
 * right statement has them and each partial link after the link holding its right paragraph; in
 * {@link Mode#DELEGATIONS delegations} mode only related paragraphs are linked.
 *
 * @param mode how the statements were aligned
 * @param left the left statement
 * @param right the right statement
 * @param similarity the phrasing similarity of the two whole statements, in [0, 1]
 * @param links the paragraph links
 * @param meaning the name of the sentence encoder the links weighed meaning with; empty where they
 *     stand on words alone
 * @param closest in delegations mode, where no paragraphs are related, the pairs that came closest
 *     and why each fell short (at most {@value #CLOSEST}); empty otherwise
 */
public record Alignment(
    Mode mode,
    Statement left,
    Statement right,
    double similarity,
    List<Link> links,
    Optional<String> meaning,
    List<NearMiss> closest) {

  /** At most this many near misses are kept. */
  public static final int CLOSEST = 3;

  /** How two statements are aligned. */
  public enum Mode {
    /** Two versions of one statement: ordered links, with splits, merges, moves. */
    VERSIONS,
    /** Two delegations' statements: sparse, unordered "related" links. */
    DELEGATIONS;

    /** Returns the lower-case name used in JSON and on the command line. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the fields and copies the links.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the similarity is outside [0, 1]
   */
  public Alignment {
    requireNonNull(meaning, "meaning");
    closest = List.copyOf(closest);
    requireNonNull(mode, "mode");
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    links = List.copyOf(links);
    if (!(similarity >= 0 && similarity <= 1)) {
      throw new IllegalArgumentException("similarity " + similarity + " is outside [0, 1]");
    }
  }

  /**
   * An alignment whose links stand on words alone.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the similarity is outside [0, 1]
   */
  public Alignment(
      Mode mode, Statement left, Statement right, double similarity, List<Link> links) {
    this(mode, left, right, similarity, links, Optional.empty(), List.of());
  }

  /** Returns the links of {@code type}, in order. */
  public List<Link> links(Link.Type type) {
    return links.stream().filter(l -> l.type() == type).toList();
  }
}
