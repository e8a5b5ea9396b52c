package dev.parley.similarity;

import dev.parley.text.TermStatistics;

/**
 * Tells content words, which are evidence that two texts share phrasing, from words every statement
 * uses ("the", "United", "Nations", "President"): a content word has at least three letters, is not
 * a number, and occurs in fewer than a fifth of the documents counted.
 */
final class ContentWords {

  private static final double MAX_DOCUMENT_SHARE = 0.2;

  private final TermStatistics statistics;

  ContentWords(TermStatistics statistics) {
    this.statistics = statistics;
  }

  boolean isContent(String matchForm) {
    if (matchForm.length() < 3 || !Character.isLetter(matchForm.charAt(0))) {
      return false;
    }
    int documents = statistics.documentCount();
    if (documents == 0) {
      return matchForm.length() > 3;
    }
    return statistics.documentFrequency(matchForm) < MAX_DOCUMENT_SHARE * documents;
  }
}
