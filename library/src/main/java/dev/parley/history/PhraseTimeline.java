package dev.parley.history;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalInt;

/**
 * A phrase of at least three content words that two or more versions of a history share, and when
 * it was said.
 *
 * @param text the phrase as the version that introduced it writes it
 * @param introduced the first version that holds it
 * @param dropped the version after the last one that holds it; empty while the newest version holds
 *     it
 * @param versions every version that holds it, ascending
 */
public record PhraseTimeline(
    String text, int introduced, OptionalInt dropped, List<Integer> versions) {

  /**
   * Checks the fields and copies the versions.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the versions do not fit introduced and dropped
   */
  public PhraseTimeline {
    requireNonNull(text, "text");
    requireNonNull(dropped, "dropped");
    versions = List.copyOf(versions);
    if (versions.isEmpty()
        || versions.get(0) != introduced
        || (dropped.isPresent() && dropped.getAsInt() != versions.get(versions.size() - 1) + 1)) {
      throw new IllegalArgumentException("phrase \"" + text + "\" does not fit its versions");
    }
  }
}
