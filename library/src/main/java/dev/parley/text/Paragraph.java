package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;

/**
 * One paragraph of a statement, as a reader should see it: lines joined, hyphenation resolved, page
 * furniture and paragraph numbers removed, whitespace collapsed; wording and punctuation otherwise
 * unchanged.
 *
 * @param index the position in the statement's paragraph list, from 0
 * @param kind what the paragraph is
 * @param text the normalised text
 * @param span where the paragraph's source stands in the original text (from its first character to
 *     its last, page furniture between its lines included)
 * @param sentences the sentences of {@code text}, in order
 */
public record Paragraph(int index, Kind kind, String text, Span span, List<Sentence> sentences) {

  /** What a paragraph is. */
  public enum Kind {
    /** A title, a title block, a date line or a section heading. */
    HEADING,
    /** A form of address: {@code Mr. Chairman,}, {@code Excellencies, ladies and gentlemen,}. */
    SALUTATION,
    /** The statement's substance. */
    BODY,
    /** A closing formula: {@code Thank you, Mr. Chairman.}, {@code I thank you.}. */
    CLOSING;

    /** Returns the lower-case name used in JSON and reports: {@code body}, {@code heading}, … */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the fields and copies the sentence list.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if {@code index} is negative or {@code text} is blank
   */
  public Paragraph {
    requireNonNull(kind, "kind");
    requireNonNull(text, "text");
    requireNonNull(span, "span");
    sentences = List.copyOf(sentences);
    if (index < 0) {
      throw new IllegalArgumentException("paragraph index " + index + " is negative");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("paragraph " + index + " has no text");
    }
  }

  /** Returns the words and numbers of this paragraph; computed on each call. */
  public List<Token> tokens() {
    return Tokenizer.tokenize(text);
  }
}
