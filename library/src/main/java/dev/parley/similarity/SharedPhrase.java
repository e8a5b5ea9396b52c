package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.WordSequence;

/**
 * A maximal run of words that two texts share, with where it stands in each.
 *
 * @param text the phrase as the left text writes it, words joined by single spaces
 * @param words the number of words
 * @param contentWords how many of them are content words (rare enough to be evidence)
 * @param left where the phrase stands in the left text
 * @param right where the phrase stands in the right text
 */
public record SharedPhrase(
    String text, int words, int contentWords, Occurrence left, Occurrence right) {

  /**
   * Where a phrase stands in one text: a paragraph, character offsets in its text, and word indices
   * in the text's {@link WordSequence}.
   *
   * @param paragraph the paragraph's index
   * @param start the offset of the first character in the paragraph's text
   * @param end the offset after the last character in the paragraph's text
   * @param firstWord the index of the first word in the word sequence
   * @param endWord the index after the last word in the word sequence
   */
  public record Occurrence(int paragraph, int start, int end, int firstWord, int endWord) {

    /**
     * Checks the ranges.
     *
     * @throws IllegalArgumentException if a range is empty or negative
     */
    public Occurrence {
      if (paragraph < 0 || start < 0 || end <= start || firstWord < 0 || endWord <= firstWord) {
        throw new IllegalArgumentException(
            "not an occurrence: " + paragraph + " " + start + "-" + end);
      }
    }
  }

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if the counts do not fit
   */
  public SharedPhrase {
    requireNonNull(text, "text");
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    if (words < 1 || contentWords < 0 || contentWords > words) {
      throw new IllegalArgumentException(
          "phrase of " + words + " words, " + contentWords + " content words");
    }
  }
}
