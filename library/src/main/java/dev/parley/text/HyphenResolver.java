package dev.parley.text;

import dev.parley.internal.primitive.LongIntMap;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a hyphen at the end of a line is part of a compound ({@code Secretary-} + {@code
 * General}) or a typesetter's break inside one word ({@code interna-} + {@code tional}), from
 * evidence: how often the joined and the hyphenated forms occur elsewhere in the same document, and
 * where the document does not tell, in the term statistics of a corpus. A fixed list of words plays
 * no part.
 *
 * <p>One instance serves one document; it counts the document's words on first use.
 */
final class HyphenResolver {

  private final String text;
  private final List<SourceLine> lines;
  private final TermStatistics statistics;

  /** The match forms whose occurrences in the document are counted (by id), and their lengths. */
  private final LongIntMap targets = new LongIntMap(64);

  private final BitSet targetLengths = new BitSet();

  /**
   * The openings of the targets' match forms, their first two characters where both are ASCII (the
   * first alone for a one-letter form), hashed into 1,024 bits.
   */
  private final long[] targetOpenings = new long[16];

  /** Occurrences in the document by word id ({@link WordSequence#idOf}). */
  private @Nullable LongIntMap documentCounts;

  /** Set once a pair turned up that was not gathered beforehand: from then on every word counts. */
  private boolean countsEveryWord;

  HyphenResolver(String text, List<SourceLine> lines, TermStatistics statistics) {
    this.text = text;
    this.lines = lines;
    this.statistics = statistics;
  }

  /**
   * Returns whether the hyphen between {@code left} (the word part before the line-end hyphen,
   * possibly itself a compound) and {@code right} (the word part that opens the next line) is to be
   * kept.
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
    if (documentCounts == null) {
      collectTargets();
    }
    if (addTargets(forms(leftMatch, rightMatch)) && !countsEveryWord) {
      // A pair not gathered beforehand (its left part read otherwise by the paragraph's assembly,
      // across an earlier join or a hole left by page furniture): count once more, every word this
      // time, so that a document full of such pairs is still read at most twice.
      countsEveryWord = true;
      documentCounts = null;
    }
    // The document's own usage decides; the corpus only where the document is silent.
    long joinedHere =
        documentCount(joined)
            + (lastPart.equals(leftMatch) ? 0 : documentCount(lastPart + rightMatch));
    long hyphenatedHere =
        documentCount(hyphenated)
            + (lastPart.equals(leftMatch) ? 0 : documentCount(lastPart + "-" + rightMatch));
    if (joinedHere != hyphenatedHere) {
      return hyphenatedHere > joinedHere;
    }
    long joinedInCorpus =
        statistics.collectionFrequency(joined)
            + (lastPart.equals(leftMatch)
                ? 0
                : statistics.collectionFrequency(lastPart + rightMatch));
    long hyphenatedInCorpus =
        statistics.collectionFrequency(hyphenated)
            + (lastPart.equals(leftMatch)
                ? 0
                : statistics.collectionFrequency(lastPart + "-" + rightMatch));
    if (joinedInCorpus != hyphenatedInCorpus) {
      return hyphenatedInCorpus > joinedInCorpus;
    }
    // Neither form is known: a word that opens compounds elsewhere, or a known word, joined to a
    // known word keeps its hyphen; anything else was a break inside a word.
    return lastPart.length() > 1
        && rightMatch.length() > 1
        && (statistics.isCompoundHead(lastPart) || evidence(lastPart) > 0)
        && evidence(rightMatch) > 0;
  }

  private long evidence(String matchForm) {
    return documentCount(matchForm) + statistics.collectionFrequency(matchForm);
  }

  private int documentCount(String matchForm) {
    LongIntMap counts = documentCounts;
    if (counts == null) {
      counts = countTargets();
      documentCounts = counts;
    }
    return counts.get(WordSequence.idOf(matchForm));
  }

  /** The forms whose document counts decide a pair. */
  private static List<String> forms(String leftMatch, String rightMatch) {
    String lastPart = leftMatch.substring(leftMatch.lastIndexOf('-') + 1);
    return List.of(
        leftMatch + rightMatch,
        leftMatch + "-" + rightMatch,
        lastPart + rightMatch,
        lastPart + "-" + rightMatch,
        lastPart,
        rightMatch);
  }

  private boolean addTargets(List<String> forms) {
    boolean added = false;
    for (String f : forms) {
      if (targets.add(WordSequence.idOf(f), 1) == 1) {
        targetLengths.set(f.length());
        if (!f.isEmpty() && f.charAt(0) < 0x80 && (f.length() == 1 || f.charAt(1) < 0x80)) {
          int opening = opening(f.charAt(0), f.length() == 1 ? 0 : f.charAt(1));
          targetOpenings[opening >>> 6] |= 1L << opening;
        } // no word read is empty; one opening with another character is always read
        added = true;
      }
    }
    return added;
  }

  /**
   * Gathers the forms of every line-end hyphen of the document, and of every hyphen before a space
   * inside a line ({@code drug- trafficking}), so that one count serves all.
   */
  private void collectTargets() {
    SourceLine previous = null;
    int inside = text.indexOf("- ");
    for (SourceLine line : lines) {
      if (!line.isContent()) {
        continue;
      }
      while (inside >= 0 && inside <= line.contentStart) {
        inside = text.indexOf("- ", inside + 1);
      }
      while (inside >= 0 && inside + 2 < line.contentEnd) {
        addInsideTargets(line, inside);
        inside = text.indexOf("- ", inside + 1);
      }
      if (previous != null
          && isLineEndHyphen(previous.lastChar(text))
          && previous.length() >= 2
          && Character.isLetter(line.firstChar(text))) {
        int leftEnd = previous.contentEnd - 1;
        int leftStart = partBefore(text, leftEnd, previous.contentStart);
        int rightEnd = lettersEnd(text, line.contentStart, line.contentEnd);
        if (leftStart < leftEnd) {
          addTargets(
              forms(
                  Tokenizer.matchForm(text.substring(leftStart, leftEnd)),
                  Tokenizer.matchForm(text.substring(line.contentStart, rightEnd))));
        }
      }
      previous = line;
    }
  }

  /**
   * Gathers the forms of the hyphen before a space at {@code hyphen} inside {@code line}, where a
   * letter stands before it and a small letter after the spaces, as the paragraph's assembly will
   * ask about it (a suspended hyphen, {@code medium- and long-term}, is gathered too, in vain).
   */
  private void addInsideTargets(SourceLine line, int hyphen) {
    int after = hyphen + 1;
    while (after < line.contentEnd && text.charAt(after) == ' ') {
      after++;
    }
    if (Character.isLetter(text.charAt(hyphen - 1))
        && after < line.contentEnd
        && Character.isLowerCase(text.charAt(after))) {
      addTargets(
          forms(
              Tokenizer.matchForm(
                  text.substring(partBefore(text, hyphen, line.contentStart), hyphen)),
              Tokenizer.matchForm(
                  text.substring(after, lettersEnd(text, after, line.contentEnd)))));
    }
  }

  /**
   * Where the word part before a hyphen at {@code hyphen} starts: letters and hyphens back to
   * {@code limit}, so that a compound keeps its first parts ({@code Secretary-General-}).
   */
  static int partBefore(String text, int hyphen, int limit) {
    int start = hyphen;
    while (start > limit
        && (Character.isLetter(text.charAt(start - 1))
            || Tokenizer.isHyphen(text.charAt(start - 1)))) {
      start--;
    }
    return start;
  }

  /** Where the run of letters from {@code from} ends, at {@code end} at the latest. */
  static int lettersEnd(String text, int from, int end) {
    int i = from;
    while (i < end && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Counts the target forms among the words of the document's content lines, leaving out the parts
   * of words broken at a line end. Only words as long as a target and opening as one does are
   * turned into ids, which passes over most words at no cost.
   */
  private LongIntMap countTargets() {
    LongIntMap counts = new LongIntMap(countsEveryWord ? 4096 : 64);
    char[] cs = text.toCharArray(); // charAt on non-Latin-1 text checks every index
    boolean previousEndsWithHyphen = false;
    for (SourceLine line : lines) {
      if (!line.isContent()) {
        continue;
      }
      int end = line.contentEnd;
      int i = line.contentStart;
      boolean first = true;
      boolean endsWithHyphen = false;
      while (i < end) {
        char c = cs[i];
        if (!Tokenizer.isWordChar(c)) {
          i++;
          continue;
        }
        int start = i;
        while (i < end
            && (Tokenizer.isWordChar(cs[i])
                || (i + 1 < end
                    && (Tokenizer.isHyphen(cs[i]) || Tokenizer.isApostrophe(cs[i]))
                    && Tokenizer.isWordChar(cs[i + 1])))) {
          i++;
        }
        boolean brokenAtEnd = i + 1 == end && isLineEndHyphen(cs[i]);
        boolean brokenAtStart = first && previousEndsWithHyphen;
        endsWithHyphen |= brokenAtEnd;
        first = false;
        if (!brokenAtEnd
            && !brokenAtStart
            && (countsEveryWord || targetLengths.get(i - start) && mayBeTarget(cs, start, i))) {
          long id = id(cs, start, i);
          if (countsEveryWord || targets.get(id) > 0) {
            counts.add(id, 1);
          }
        }
      }
      previousEndsWithHyphen = endsWithHyphen;
    }
    return counts;
  }

  /**
   * Whether the word {@code cs[start, end)} may be a target: where its first two characters are
   * ASCII, its match form opens with them in lower case, so a target's must; another word may be
   * any.
   */
  private boolean mayBeTarget(char[] cs, int start, int end) {
    char first = cs[start];
    char second = end - start == 1 ? 0 : cs[start + 1];
    if (first >= 0x80 || second >= 0x80) {
      return true;
    }
    int opening = opening(lower(first), lower(second));
    return (targetOpenings[opening >>> 6] & (1L << opening)) != 0;
  }

  private static int opening(int first, int second) {
    return (first * 31 + second) & 1023;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  /** The id of the match form of the word {@code cs[start, end)}. */
  private static long id(char[] cs, int start, int end) {
    for (int k = start; k < end; k++) {
      if (cs[k] >= 0x80) {
        return WordSequence.idOf(Tokenizer.matchForm(new String(cs, start, end - start)));
      }
    }
    return WordReader.idOfAscii(cs, start, end);
  }

  private static boolean isLineEndHyphen(char c) {
    return Tokenizer.isHyphen(c) || c == '\u00AD';
  }
}
