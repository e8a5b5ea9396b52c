package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One paragraph of a statement, as a reader should see it: lines joined, hyphenation resolved, page
 * furniture and paragraph numbers removed, whitespace collapsed; wording and punctuation otherwise
 * unchanged.
 *
 * <p>A value: two paragraphs are equal when their index, kind, text, span and sentences are. Its
 * words ({@link #words()}) are computed on first use and kept. Immutable and thread-safe.
 */
public final class Paragraph {

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

  private final int index;
  private final Kind kind;
  private final String text;
  private final Span span;
  private final List<Sentence> sentences;
  private volatile @Nullable WordSequence words;

  /**
   * Creates a paragraph, copying the sentence list.
   *
   * @param index the position in the statement's paragraph list, from 0
   * @param kind what the paragraph is
   * @param text the normalised text
   * @param span where the paragraph's source stands in the original text (from its first character
   *     to its last, page furniture between its lines included)
   * @param sentences the sentences of {@code text}, in order
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if {@code index} is negative or {@code text} is blank
   */
  public Paragraph(int index, Kind kind, String text, Span span, List<Sentence> sentences) {
    this.kind = requireNonNull(kind, "kind");
    this.text = requireNonNull(text, "text");
    this.span = requireNonNull(span, "span");
    this.sentences = List.copyOf(sentences);
    if (index < 0) {
      throw new IllegalArgumentException("paragraph index " + index + " is negative");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("paragraph " + index + " has no text");
    }
    this.index = index;
  }

  /** Returns the position in the statement's paragraph list, from 0. */
  public int index() {
    return index;
  }

  /** Returns what the paragraph is. */
  public Kind kind() {
    return kind;
  }

  /** Returns the normalised text. */
  public String text() {
    return text;
  }

  /** Returns where the paragraph's source stands in the original text. */
  public Span span() {
    return span;
  }

  /** Returns the sentences of {@link #text()}, in order. */
  public List<Sentence> sentences() {
    return sentences;
  }

  /** Returns the words and numbers of this paragraph; computed on each call. */
  public List<Token> tokens() {
    return Tokenizer.tokenize(text);
  }

  /**
   * Returns the words of this paragraph, with this paragraph's index and offsets in its text:
   * computed once and kept.
   */
  public WordSequence words() {
    WordSequence w = words;
    if (w == null) {
      WordSequence all = WordSequence.of(text, index);
      words = all;
      w = all;
      // The sentences' words, when asked for, are the paragraph's cut at them: not read again.
      int from = 0;
      for (Sentence s : sentences) {
        int at = text.indexOf(s.text(), from);
        if (at < 0) {
          break; // sentences that are not this text's own read their own text
        }
        from = at + s.text().length();
        s.cutWordsFrom(() -> all.slice(at, at + s.text().length()));
      }
    }
    return w;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Paragraph p
        && index == p.index
        && kind == p.kind
        && text.equals(p.text)
        && span.equals(p.span)
        && sentences.equals(p.sentences);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, kind, text, span, sentences);
  }

  @Override
  public String toString() {
    return "Paragraph[index="
        + index
        + ", kind="
        + kind
        + ", text="
        + text
        + ", span="
        + span
        + ", sentences="
        + sentences
        + "]";
  }
}
