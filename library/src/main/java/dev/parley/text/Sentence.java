package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One sentence of a paragraph.
 *
 * <p>A value: two sentences are equal when their text and span are. Its words ({@link #words()})
 * are computed on first use and kept. Immutable and thread-safe.
 */
public final class Sentence {

  private final String text;
  private final Span span;
  private volatile @Nullable WordSequence words;

  /** How to cut this sentence's words from its paragraph's, once they are read; or null. */
  private volatile @Nullable Supplier<@Nullable WordSequence> cut;

  /**
   * Creates a sentence.
   *
   * @param text the sentence as a reader sees it (a part of its paragraph's text)
   * @param span where the sentence stands in the original text
   * @throws NullPointerException if a field is null
   */
  public Sentence(String text, Span span) {
    this.text = requireNonNull(text, "text");
    this.span = requireNonNull(span, "span");
  }

  /** Returns the sentence as a reader sees it (a part of its paragraph's text). */
  public String text() {
    return text;
  }

  /** Returns where the sentence stands in the original text. */
  public Span span() {
    return span;
  }

  /** Returns the words and numbers of this sentence; computed on each call. */
  public List<Token> tokens() {
    return Tokenizer.tokenize(text);
  }

  /**
   * Returns the words of this sentence (as paragraph 0, offsets in its text): computed once, and
   * cut from its paragraph's words when those were read first (the same words, ids and offsets).
   */
  public WordSequence words() {
    WordSequence w = words;
    if (w == null) {
      Supplier<@Nullable WordSequence> from = cut;
      w = from != null ? from.get() : null;
      if (w == null) {
        w = WordSequence.of(text);
      }
      words = w;
      cut = null;
    }
    return w;
  }

  /**
   * Takes its words, when they are first asked for, from {@code slice} (the words of the paragraph
   * this sentence stands in, cut at it; null if they cannot be) rather than reading its text again.
   */
  void cutWordsFrom(Supplier<@Nullable WordSequence> slice) {
    if (words == null) {
      cut = slice;
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Sentence s && text.equals(s.text) && span.equals(s.span);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, span);
  }

  @Override
  public String toString() {
    return "Sentence[text=" + text + ", span=" + span + "]";
  }
}
