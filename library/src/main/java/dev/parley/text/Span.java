package dev.parley.text;

/**
 * A half-open range {@code [start, end)} of {@code String} indices into a statement's decoded
 * original text (byte order mark excluded), so that {@code original.substring(start, end)} is the
 * source of the unit that carries the span.
 *
 * @param start the first index, at least 0
 * @param end the index after the last, at least {@code start}
 */
public record Span(int start, int end) {

  /**
   * Checks the bounds.
   *
   * @throws IllegalArgumentException if {@code start} is negative or {@code end < start}
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a range");
    }
  }

  /** Returns the number of characters covered. */
  public int length() {
    return end - start;
  }

  /**
   * Returns the covered part of {@code original}.
   *
   * @throws IndexOutOfBoundsException if the span reaches past the end of {@code original}
   */
  public String slice(String original) {
    return original.substring(start, end);
  }
}
