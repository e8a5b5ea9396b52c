package dev.parley.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides whether a hyphen at the end of a line is part of a compound ({@code Secretary-} +
 * {@code General}) or a typesetter's break inside one word ({@code interna-} + {@code tional}),
 * from evidence: how often the joined and the hyphenated forms occur elsewhere in the same
 * document, and where the document does not tell, in the term statistics of a corpus. A fixed list of words plays
 * no part.
 *
 * <p>One instance serves one document; it counts the document's words on first use.
 */
final class HyphenResolver {

  private final String text;
  private final List<SourceLine> lines;
  private final TermStatistics statistics;
  private Map<String, Integer> documentCounts;

  HyphenResolver(String text, List<SourceLine> lines, TermStatistics statistics) {
    this.text = text;
    this.lines = lines;
    this.statistics = statistics;
  }

  /**
   * Returns whether the hyphen between {@code left} (the word part before the line-end hyphen,
   * possibly itself a compound) and {@code right} (the word part that opens the next line) is to
   * be kept.
   */
  boolean keepsHyphen(String left, String right) {
    if (right.isEmpty() || left.isEmpty()) {
      return true;
    }
    if (Character.isUpperCase(right.charAt(0)) || Character.isDigit(right.charAt(0))) {
      return true;
    }
    String leftMatch = Tokenizer.matchForm(left);
    String rightMatch = Tokenizer.matchForm(right);
    String lastPart = leftMatch.substring(leftMatch.lastIndexOf('-') + 1);
    String joined = leftMatch + rightMatch;
    String hyphenated = leftMatch + "-" + rightMatch;
    // The document's own usage decides; the corpus only where the document is silent.
    long joinedHere = documentCount(joined) + (lastPart.equals(leftMatch) ? 0 : documentCount(lastPart + rightMatch));
    long hyphenatedHere =
        documentCount(hyphenated) + (lastPart.equals(leftMatch) ? 0 : documentCount(lastPart + "-" + rightMatch));
    if (joinedHere != hyphenatedHere) {
      return hyphenatedHere > joinedHere;
    }
    long joinedInCorpus = statistics.collectionFrequency(joined)
        + (lastPart.equals(leftMatch) ? 0 : statistics.collectionFrequency(lastPart + rightMatch));
    long hyphenatedInCorpus = statistics.collectionFrequency(hyphenated)
        + (lastPart.equals(leftMatch) ? 0 : statistics.collectionFrequency(lastPart + "-" + rightMatch));
    if (joinedInCorpus != hyphenatedInCorpus) {
      return hyphenatedInCorpus > joinedInCorpus;
    }
    // Neither form is known: a compound of two known words keeps its hyphen, anything else was
    // a break inside a word.
    return lastPart.length() > 1
        && rightMatch.length() > 1
        && evidence(lastPart) > 0
        && evidence(rightMatch) > 0;
  }

  private long evidence(String matchForm) {
    return documentCount(matchForm) + statistics.collectionFrequency(matchForm);
  }

  private int documentCount(String matchForm) {
    if (documentCounts == null) {
      documentCounts = countDocumentWords();
    }
    return documentCounts.getOrDefault(matchForm, 0);
  }

  /** Counts the words of the document's content lines, leaving out words broken at a line end. */
  private Map<String, Integer> countDocumentWords() {
    Map<String, Integer> counts = new HashMap<>();
    boolean previousEndsWithHyphen = false;
    for (SourceLine line : lines) {
      if (!line.isContent()) {
        continue;
      }
      List<Token> tokens = Tokenizer.tokenize(text.subSequence(line.contentStart, line.contentEnd));
      int last = tokens.size() - 1;
      boolean endsWithHyphen = false;
      for (int i = 0; i <= last; i++) {
        Token t = tokens.get(i);
        boolean brokenAtEnd =
            i == last
                && t.end() < line.length()
                && isLineEndHyphen(text.charAt(line.contentStart + t.end()));
        endsWithHyphen |= brokenAtEnd;
        boolean brokenAtStart = i == 0 && previousEndsWithHyphen;
        if (!brokenAtEnd && !brokenAtStart) {
          counts.merge(t.match(), 1, Integer::sum);
        }
      }
      previousEndsWithHyphen = endsWithHyphen;
    }
    return counts;
  }

  private static boolean isLineEndHyphen(char c) {
    return Tokenizer.isHyphen(c) || c == '\u00AD';
  }
}
