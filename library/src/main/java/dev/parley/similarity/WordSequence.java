package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.Token;
import dev.parley.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The words of a text in reading order: their match forms, for measuring, and where each stands
 * (the paragraph's index and the word's offsets in the paragraph's text), for explaining.
 *
 * <p>Immutable and thread-safe.
 */
public final class WordSequence {

  private final String[] words;
  private final int[] paragraphs;
  private final int[] starts;
  private final int[] ends;
  private final String[] displays;

  private WordSequence(
      String[] words, String[] displays, int[] paragraphs, int[] starts, int[] ends) {
    this.words = words;
    this.displays = displays;
    this.paragraphs = paragraphs;
    this.starts = starts;
    this.ends = ends;
  }

  /** Returns the words of every paragraph of {@code statement}. */
  public static WordSequence of(Statement statement) {
    return of(requireNonNull(statement, "statement").paragraphs());
  }

  /** Returns the words of {@code paragraphs}, in the order given. */
  public static WordSequence of(List<Paragraph> paragraphs) {
    List<Token> all = new ArrayList<>();
    List<Integer> owners = new ArrayList<>();
    for (Paragraph p : paragraphs) {
      for (Token t : p.tokens()) {
        all.add(t);
        owners.add(p.index());
      }
    }
    return build(all, owners);
  }

  /** Returns the words of one paragraph. */
  public static WordSequence of(Paragraph paragraph) {
    return of(List.of(requireNonNull(paragraph, "paragraph")));
  }

  /** Returns the words of a plain text, taken as paragraph 0. */
  public static WordSequence of(String text) {
    List<Token> tokens = Tokenizer.tokenize(requireNonNull(text, "text"));
    return build(tokens, java.util.Collections.nCopies(tokens.size(), 0));
  }

  private static WordSequence build(List<Token> tokens, List<Integer> owners) {
    int n = tokens.size();
    String[] words = new String[n];
    String[] displays = new String[n];
    int[] paragraphs = new int[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int i = 0; i < n; i++) {
      Token t = tokens.get(i);
      words[i] = t.match();
      displays[i] = t.text();
      paragraphs[i] = owners.get(i);
      starts[i] = t.start();
      ends[i] = t.end();
    }
    return new WordSequence(words, displays, paragraphs, starts, ends);
  }

  /** Returns the words of {@code parts}, one after another. */
  public static WordSequence concat(List<WordSequence> parts) {
    int n = 0;
    for (WordSequence p : parts) {
      n += p.size();
    }
    String[] words = new String[n];
    String[] displays = new String[n];
    int[] paragraphs = new int[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int k = 0;
    for (WordSequence p : parts) {
      int m = p.size();
      System.arraycopy(p.words, 0, words, k, m);
      System.arraycopy(p.displays, 0, displays, k, m);
      System.arraycopy(p.paragraphs, 0, paragraphs, k, m);
      System.arraycopy(p.starts, 0, starts, k, m);
      System.arraycopy(p.ends, 0, ends, k, m);
      k += m;
    }
    return new WordSequence(words, displays, paragraphs, starts, ends);
  }

  /** Returns the number of words. */
  public int size() {
    return words.length;
  }

  /** Returns whether there are no words. */
  public boolean isEmpty() {
    return words.length == 0;
  }

  /** Returns the match form of word {@code i}. */
  public String word(int i) {
    return words[i];
  }

  /** Returns the display form of word {@code i}. */
  public String display(int i) {
    return displays[i];
  }

  /** Returns the index of the paragraph word {@code i} belongs to. */
  public int paragraph(int i) {
    return paragraphs[i];
  }

  /** Returns the offset of word {@code i} in its paragraph's text. */
  public int start(int i) {
    return starts[i];
  }

  /** Returns the offset after word {@code i} in its paragraph's text. */
  public int end(int i) {
    return ends[i];
  }

  /** Returns the match forms, in order. */
  public List<String> words() {
    return List.of(words);
  }

  @Override
  public String toString() {
    return "WordSequence" + Arrays.toString(words.length > 12 ? Arrays.copyOf(words, 12) : words);
  }
}
