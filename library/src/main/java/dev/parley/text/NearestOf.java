package dev.parley.text;

/**
 * Where the next of a few characters stands in a text, searched from places that only move forward:
 * each character's next place is found by {@link String#indexOf(int, int)}, which reads many
 * characters a step, and looked for again only once passed. What cuts a text at a few marks (line
 * ends, a sentence's closing marks) goes from mark to mark this way, not character by character.
 */
final class NearestOf {

  private final String text;
  private final char[] chars;

  /** Per character, its next place found so far (the text's length: none), or -1 before any. */
  private final int[] next;

  NearestOf(String text, String chars) {
    this.text = text;
    this.chars = chars.toCharArray();
    this.next = new int[chars.length()];
    java.util.Arrays.fill(next, -1);
  }

  /**
   * The first place at or after {@code from} holding one of the characters, or the text's length;
   * {@code from} must not go back between calls.
   */
  int from(int from) {
    int nearest = text.length();
    for (int k = 0; k < next.length; k++) {
      if (next[k] < from) {
        int at = text.indexOf(chars[k], from);
        next[k] = at < 0 ? text.length() : at;
      }
      nearest = Math.min(nearest, next[k]);
    }
    return nearest;
  }
}
