package dev.parley.text;

import static java.util.Objects.requireNonNull;

/**
 * A word or number of a paragraph or sentence, with its display form and its match form.
 *
 * <p>The display form is the text as the reader sees it ({@code “Co-operation”}); the match form is
 * what comparisons use: lower case, accents removed, typographic apostrophes, quotes and dashes
 * folded to their plain forms ({@code co-operation}).
 *
 * @param text the display form, exactly as it stands in the unit's text
 * @param match the match form
 * @param start index of the first character in the unit's text
 * @param end index after the last character in the unit's text
 */
public record Token(String text, String match, int start, int end) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a form is null
   * @throws IllegalArgumentException if the range is not a range or the display form is empty
   */
  public Token {
    requireNonNull(text, "text");
    requireNonNull(match, "match");
    if (start < 0 || end - start != text.length() || text.isEmpty()) {
      throw new IllegalArgumentException(
          "token '" + text + "' does not fit range [" + start + ", " + end + ")");
    }
  }
}
