package dev.parley.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences at a full stop, question mark or exclamation mark (with any
 * closing quotes and brackets after it) that is followed by white space and a capital, a digit or
 * an opening quote, unless the full stop ends an abbreviation ({@code Mr.}, {@code H.E.}, {@code
 * No. 5}, {@code e.g.}), an initial ({@code John F. Kennedy}) or a dotted initialism ({@code
 * U.N.}); and where the space after the mark was lost between a word and a capitalised word ({@code
 * cars.This}).
 */
final class SentenceSplitter {

  private SentenceSplitter() {}

  /** Abbreviations that never end a sentence, lower case, without their final full stop. */
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "st", "sr", "jr",
          "h.e", "s.e", "rev", "hon", "amb", "gen", "lt", "col", "capt", "maj", "sgt", "gov", "sen",
          "rep", "pres", "ste", "mt", "ft", "mgr", "msgr", "fr", "sra", "dña", "sta", "e.g", "i.e",
          "cf", "vs", "viz", "art", "arts", "para", "paras", "sect", "ch", "chap", "vol", "vols",
          "pp", "fig", "ref", "op", "cit", "ibid", "approx", "ca", "inc", "ltd", "corp", "co",
          "dept", "univ", "assn", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
          "sept", "oct", "nov", "dec", "res", "doc", "al", "resp");

  /**
   * Abbreviations that do not end a sentence when a number follows ({@code No. 5}, {@code p. 18}).
   */
  private static final Set<String> BEFORE_NUMBERS =
      Set.of("no", "nos", "p", "para", "art", "vol", "op");

  /**
   * Returns the {@code {start, end}} bounds of the sentences of {@code text}, white space trimmed.
   */
  static List<int[]> split(String text) {
    List<int[]> sentences = new ArrayList<>(4);
    // One copy to scan: charAt on a string with non-Latin-1 characters checks every index.
    char[] cs = text.toCharArray();
    int n = cs.length;
    int start = skipSpace(cs, 0);
    NearestOf marks = new NearestOf(text, TERMINALS); // the scan goes from mark to mark
    int i = marks.from(start);
    while (i < n) {
      int end = i + 1;
      while (end < n && isTerminal(cs[end])) {
        end++;
      }
      while (end < n && isCloser(cs[end])) {
        end++;
      }
      if (end < n && cs[end] == ' ') {
        int next = skipSpace(cs, end);
        if (next < n && startsSentence(cs[next]) && !isAbbreviation(text, i, next)) {
          sentences.add(new int[] {start, end});
          start = next;
          i = marks.from(next);
          continue;
        }
      } else if (isJoinedBoundary(text, cs, i, end)) {
        sentences.add(new int[] {start, end});
        start = end;
        i = marks.from(end);
        continue;
      }
      i = marks.from(end);
    }
    int end = n;
    while (end > start && cs[end - 1] == ' ') {
      end--;
    }
    if (end > start) {
      sentences.add(new int[] {start, end});
    }
    return sentences;
  }

  /**
   * Words a sentence does not end with: a full stop after one, a capitalised word straight after
   * it, is a stray mark of a scan ("the.United Nations"), not a lost space.
   */
  private static final Set<String> NEVER_LAST =
      Set.of(
          "the", "a", "an", "of", "to", "in", "and", "or", "be", "for", "with", "by", "on", "at",
          "from", "as", "that", "its", "our", "their", "his", "her", "is", "are");

  /**
   * Whether the mark at {@code mark}, its closers running to {@code end}, ends a sentence whose
   * space before the next was lost ({@code "… of self-driving cars.This technology …"}, a PDF
   * extraction's or a hurried writer's): a word of two lower-case letters or more before it, not an
   * abbreviation nor a word no sentence ends with, and a capitalised word straight after.
   */
  private static boolean isJoinedBoundary(String text, char[] cs, int mark, int end) {
    if (end + 1 >= cs.length
        || !Character.isUpperCase(cs[end])
        || !Character.isLowerCase(cs[end + 1])
        || mark < 2
        || !Character.isLowerCase(cs[mark - 1])
        || !Character.isLowerCase(cs[mark - 2])) {
      return false;
    }
    int wordStart = mark;
    while (wordStart > 0 && Character.isLetter(cs[wordStart - 1])) {
      wordStart--;
    }
    String word = text.substring(wordStart, mark).toLowerCase(Locale.ROOT);
    return !TITLES.contains(word) && !NEVER_LAST.contains(word);
  }

  /** The marks that may end a sentence. */
  private static final String TERMINALS = ".?!…";

  /** Whether {@code c} is one of {@link #TERMINALS}, tested directly. */
  private static boolean isTerminal(char c) {
    return c == '.' || c == '?' || c == '!' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == ']' || c == '»';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '“'
        || c == '‘'
        || c == '\''
        || c == '('
        || c == '«'
        || c == '['
        || Character.isTitleCase(c);
  }

  private static int skipSpace(char[] text, int i) {
    while (i < text.length && text[i] == ' ') {
      i++;
    }
    return i;
  }

  /** Whether the full stop at {@code dot} ends an abbreviation rather than a sentence. */
  private static boolean isAbbreviation(String text, int dot, int next) {
    if (text.charAt(dot) != '.') {
      return false;
    }
    int wordStart = dot;
    while (wordStart > 0
        && !Character.isWhitespace(text.charAt(wordStart - 1))
        && text.charAt(wordStart - 1) != '('
        && text.charAt(wordStart - 1) != '"'
        && text.charAt(wordStart - 1) != '“') {
      wordStart--;
    }
    if (wordStart == dot) {
      return false;
    }
    String word = text.substring(wordStart, dot);
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: John F. Kennedy
    }
    if (isDottedInitialism(word)) {
      // U.N. or U.S. before a capitalised word is usually inside the sentence.
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (TITLES.contains(lower)) {
      return true;
    }
    return BEFORE_NUMBERS.contains(lower) && Character.isDigit(text.charAt(next));
  }

  /**
   * Returns whether the full stop at {@code dot} closes a title or an initial ({@code Mr.}, {@code
   * H.E.}, {@code J.}) that never ends a sentence, whatever follows.
   */
  static boolean closesTitleOrInitial(CharSequence text, int from, int dot) {
    int wordStart = dot;
    while (wordStart > from
        && !Character.isWhitespace(text.charAt(wordStart - 1))
        && text.charAt(wordStart - 1) != '(') {
      wordStart--;
    }
    if (wordStart == dot) {
      return false;
    }
    String word = text.subSequence(wordStart, dot).toString();
    if (word.length() == 1) {
      return Character.isUpperCase(word.charAt(0));
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return isDottedInitialism(word) || (TITLES.contains(lower) && !lower.equals("etc"));
  }

  /** {@code U.N}, {@code U.S.A}, {@code H.E}: single letters joined by full stops. */
  private static boolean isDottedInitialism(String word) {
    if (word.length() < 3) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      boolean letterPlace = i % 2 == 0;
      if (letterPlace ? !Character.isLetter(c) : c != '.') {
        return false;
      }
    }
    return true;
  }
}
