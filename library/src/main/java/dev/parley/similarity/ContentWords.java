package dev.parley.similarity;

import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;

/**
 * Tells content words, which are evidence that two texts share phrasing, from words every statement
 * uses ("the", "United", "Nations", "President"): a content word has at least three letters, is not
 * a number, and occurs in fewer than a given share of the documents counted.
 */
final class ContentWords {

  /** For phrases: leaves out function words and the genre's ubiquitous words. */
  static final double PHRASE_SHARE = 0.7;

  /** For telling statements apart: only words that mark a text's own subject and speaker. */
  static final double DISTINCTIVE_SHARE = 0.2;

  private final TermStatistics statistics;
  private final double maxDocumentShare;

  ContentWords(TermStatistics statistics, double maxDocumentShare) {
    this.statistics = statistics;
    this.maxDocumentShare = maxDocumentShare;
  }

  /**
   * Whether word {@code i} of {@code words} is a content word: its match form has three letters or
   * more (four when no documents were counted) and its document frequency, found by its id, is
   * below the share.
   */
  boolean isContent(WordSequence words, int i) {
    int length = words.letterLength(i);
    if (length < 3) {
      return false;
    }
    int documents = statistics.documentCount();
    if (documents == 0) {
      return length > 3;
    }
    return statistics.documentFrequencyOf(words.id(i)) < maxDocumentShare * documents;
  }
}
