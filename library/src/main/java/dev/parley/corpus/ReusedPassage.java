package dev.parley.corpus;

/**
 * A passage two statements share.
 *
 * @param left where it is in the statement with the lower id
 * @param right where it is in the other statement
 * @param words its length in words (on the left side)
 */
public record ReusedPassage(Location left, Location right, int words) {

  /**
   * A passage's place in one statement.
   *
   * @param document the statement's id in the index
   * @param firstParagraph the body paragraph (0-based, among the body paragraphs) it starts in
   * @param lastParagraph the body paragraph it ends in
   * @param firstWord its first word, counted over the whole statement from 0
   * @param endWord the word after its last, counted the same way
   * @param text its text as the statement has it, paragraphs joined by a space
   */
  public record Location(
      int document,
      int firstParagraph,
      int lastParagraph,
      int firstWord,
      int endWord,
      String text) {}
}
