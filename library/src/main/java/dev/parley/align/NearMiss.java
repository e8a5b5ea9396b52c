package dev.parley.align;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A pair of paragraphs that came closest to being related, and why it fell short: what delegations
 * mode shows where it relates no paragraphs, so that "none" is read as a judgement, not a failure.
 *
 * @param left the left paragraph's index
 * @param right the right paragraph's index
 * @param words the pair's words signal (see {@link LinkEvidence})
 * @param meaning its meaning signal, where a meaning model was used
 * @param terms the specific words both share, most telling first
 * @param shortOf why it is no link, in words ("words 0.11, below the 0.14 a closest partner needs")
 */
public record NearMiss(
    int left, int right, double words, OptionalDouble meaning, List<String> terms, String shortOf) {

  /**
   * Checks the fields and copies the terms.
   *
   * @throws NullPointerException if a field is null
   */
  public NearMiss {
    requireNonNull(meaning, "meaning");
    terms = List.copyOf(terms);
    requireNonNull(shortOf, "shortOf");
  }
}
