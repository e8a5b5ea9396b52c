package dev.parley.history;

/**
 * A paragraph of one version of a series.
 *
 * @param version the version's index in the series, from 0 (the oldest)
 * @param paragraph the paragraph's index in that version
 */
public record Place(int version, int paragraph) implements Comparable<Place> {

  /**
   * Checks the indices.
   *
   * @throws IllegalArgumentException if an index is negative
   */
  public Place {
    if (version < 0 || paragraph < 0) {
      throw new IllegalArgumentException("no such place: " + version + ", " + paragraph);
    }
  }

  /** Orders places by version, then by paragraph. */
  @Override
  public int compareTo(Place o) {
    return version != o.version
        ? Integer.compare(version, o.version)
        : Integer.compare(paragraph, o.paragraph);
  }
}
