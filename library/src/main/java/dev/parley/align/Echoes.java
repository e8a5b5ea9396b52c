package dev.parley.align;

import dev.parley.similarity.CommonPhrases;
import dev.parley.similarity.LcsRatioSimilarity;
import dev.parley.similarity.SharedPhrase;
import dev.parley.similarity.SharedPhrases;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The echo signal of delegations mode: a sentence of one statement said again, reworded, in the
 * other, the strongest evidence two paragraphs share a matter. An echo is a pair of sentences alike
 * in phrasing that keeps most of its words, and half its content words, in the same order, however
 * many were replaced; what many statements say ({@link CommonPhrases}: the session's theme, the
 * formulas of congratulation) is no echo. Also says whether what two paragraphs share is mostly
 * such common phrases.
 */
final class Echoes {

  private final UnitAligner units;
  private final SharedPhrases evidence;
  private final CommonPhrases common;

  Echoes(UnitAligner units, SharedPhrases evidence, CommonPhrases common) {
    this.units = units;
    this.evidence = evidence;
    this.common = common;
  }

  /** An echoed sentence pair must be at least this alike in phrasing... */
  static final double ECHO_SCORE = 0.1;

  /** ... and keep at least this share of its words in the same order (LCS ratio)... */
  static final double ECHO_ORDER_SHARE = 0.55;

  /** Sentences shorter than this (in words) are not followed as echoes. */
  static final int ECHO_MIN_WORDS = 6;

  /**
   * Paragraph pairs {left body index, right body index} holding one sentence echoed in the other: a
   * pair of sentences alike in phrasing that keeps most of its words in the same order, however
   * many were replaced; with the best such sentence score. Two delegations' speeches of one year
   * share formulas (congratulating the same President, quoting the session's theme) whose sentences
   * are alike in words but not in order, and so are no echo.
   */
  Map<Long, Double> find(List<Paragraph> left, List<Paragraph> right) {
    List<WordSequence> ls = new ArrayList<>();
    List<Integer> lp = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      for (Sentence x : left.get(i).sentences()) {
        ls.add(x.words());
        lp.add(i);
      }
    }
    List<WordSequence> rs = new ArrayList<>();
    List<Integer> rp = new ArrayList<>();
    for (int j = 0; j < right.size(); j++) {
      for (Sentence x : right.get(j).sentences()) {
        rs.add(x.words());
        rp.add(j);
      }
    }
    Map<Long, Double> out = new HashMap<>();
    if (ls.isEmpty() || rs.isEmpty()) {
      return out;
    }
    Candidates c = units.candidates(ls, rs);
    for (int k = 0; k < ls.size(); k++) {
      if (ls.get(k).size() < ECHO_MIN_WORDS) {
        continue;
      }
      Candidates.Row row = c.row(k);
      for (int n = 0; n < row.size(); n++) {
        WordSequence x = ls.get(k);
        WordSequence y = rs.get(row.unit(n));
        if (row.score(n) >= ECHO_SCORE
            && y.size() >= ECHO_MIN_WORDS
            && echoOrder(x, y)
            && keepsContent(x, y)
            && !saysOnlyCommonPhrases(x, y, evidence.find(x, y))) {
          out.merge(((long) lp.get(k) << 32) | rp.get(row.unit(n)), row.score(n), Math::max);
        }
      }
    }
    return out;
  }

  /**
   * ... or, where one sentence is the longer (an echo that lost its full stop runs on into the next
   * sentence of the paragraph it was woven into), keep at least this share of the shorter one's
   * words in the same order...
   */
  static final double ECHO_CONTAINED_SHARE = 0.7;

  /** ... the shorter holding at least this many words. */
  static final int ECHO_CONTAINED_MIN_WORDS = 8;

  /**
   * Whether two sentences share only what many statements say: the phrases they share, at least
   * one, are all common phrases, and their other words keep too little of their order to be an echo
   * on their own.
   */
  boolean saysOnlyCommonPhrases(WordSequence x, WordSequence y, List<SharedPhrase> phrases) {
    if (phrases.isEmpty() || !phrases.stream().allMatch(p -> isCommon(x, p))) {
      return false;
    }
    long[] rx = uncommonWords(x);
    long[] ry = uncommonWords(y);
    return rx.length + ry.length == 0
        || 2.0 * lcs(rx, ry) / (rx.length + ry.length) < ECHO_ORDER_SHARE;
  }

  /**
   * Whether what two paragraphs share is mostly what many statements say: the common phrases they
   * share cover at least half of the shorter one's words. Two delegations quoting the session's
   * theme, and little else, share its words but no matter of their own.
   */
  boolean mostlyCommonPhrases(WordSequence x, WordSequence y) {
    List<SharedPhrase> phrases = evidence.find(x, y);
    boolean[] coveredX = new boolean[x.size()];
    boolean[] coveredY = new boolean[y.size()];
    for (SharedPhrase p : phrases) {
      if (isCommon(x, p)) {
        Arrays.fill(coveredX, p.left().firstWord(), p.left().endWord(), true);
        Arrays.fill(coveredY, p.right().firstWord(), p.right().endWord(), true);
      }
    }
    return x.size() <= y.size()
        ? 2 * count(coveredX) >= x.size() && x.size() > 0
        : 2 * count(coveredY) >= y.size() && y.size() > 0;
  }

  private static int count(boolean[] covered) {
    int n = 0;
    for (boolean c : covered) {
      n += c ? 1 : 0;
    }
    return n;
  }

  /** Whether shared phrase {@code p}, as it stands in {@code left}, is a common phrase. */
  private boolean isCommon(WordSequence left, SharedPhrase p) {
    return common.isCommon(left, p.left().firstWord(), p.left().endWord());
  }

  /** The ids of the words of {@code words} that stand in no common phrase, in order. */
  private long[] uncommonWords(WordSequence words) {
    boolean[] covered = new boolean[words.size()];
    for (int i = 0; i + CommonPhrases.WIDTH <= words.size(); i++) {
      if (common.isCommon(words, i, i + CommonPhrases.WIDTH)) {
        Arrays.fill(covered, i, i + CommonPhrases.WIDTH, true);
      }
    }
    long[] out = new long[words.size()];
    int n = 0;
    for (int i = 0; i < covered.length; i++) {
      if (!covered[i]) {
        out[n++] = words.id(i);
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * ... and the words they keep in order hold at least this many of their content words (as shared
   * phrases count them: the commonest words of the corpus left out) ...
   */
  static final int ECHO_CONTENT_WORDS = 2;

  /** ... and at least this share of the content words of the sentence that has fewer. */
  static final double ECHO_CONTENT_SHARE = 0.5;

  /**
   * Whether two sentences keep enough of their content words in the same order to be an echo: "We
   * are also committed to the conservation of the Amazon" and "We are committed to the effective
   * implementation of the Global Counter-Terrorism Strategy" keep seven words in order, but of the
   * first one's three content words only "committed".
   */
  private boolean keepsContent(WordSequence x, WordSequence y) {
    long[] cx = contentWords(x);
    long[] cy = contentWords(y);
    int kept = lcs(cx, cy);
    return kept >= ECHO_CONTENT_WORDS
        && kept >= ECHO_CONTENT_SHARE * Math.min(cx.length, cy.length);
  }

  /** The ids of the content words of {@code words}, as shared phrases count them, in order. */
  private long[] contentWords(WordSequence words) {
    long[] out = new long[words.size()];
    int n = 0;
    for (int i = 0; i < words.size(); i++) {
      if (evidence.isContentWord(words, i)) {
        out[n++] = words.id(i);
      }
    }
    return Arrays.copyOf(out, n);
  }

  private static int lcs(long[] a, long[] b) {
    int[] row = new int[b.length + 1];
    for (long x : a) {
      int diagonal = 0;
      for (int j = 1; j <= b.length; j++) {
        int above = row[j];
        row[j] = x == b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
        diagonal = above;
      }
    }
    return row[b.length];
  }

  /** Whether two sentences keep enough of their words in the same order to be an echo. */
  private static boolean echoOrder(WordSequence x, WordSequence y) {
    double ratio = LcsRatioSimilarity.instance().similarity(x, y);
    if (ratio >= ECHO_ORDER_SHARE) {
      return true;
    }
    int shorter = Math.min(x.size(), y.size());
    double lcs = ratio * (x.size() + y.size()) / 2;
    return shorter >= ECHO_CONTAINED_MIN_WORDS && lcs / shorter >= ECHO_CONTAINED_SHARE;
  }
}
