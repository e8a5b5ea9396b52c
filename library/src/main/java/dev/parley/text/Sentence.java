package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One sentence of a paragraph.
 *
 * @param text the sentence as a reader sees it (a part of its paragraph's text)
 * @param span where the sentence stands in the original text
 */
public record Sentence(String text, Span span) {

  /**
   * Checks the fields.
   *
   * @throws NullPointerException if a field is null
   */
  public Sentence {
    requireNonNull(text, "text");
    requireNonNull(span, "span");
  }

  /** Returns the words and numbers of this sentence; computed on each call. */
  public List<Token> tokens() {
    return Tokenizer.tokenize(text);
  }
}
