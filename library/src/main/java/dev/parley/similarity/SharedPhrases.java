package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the phrases two texts share: maximal runs of words that stand in both, inside one paragraph
 * on each side, trimmed of words that carry nothing at either edge (but not of the words of a
 * capitalised name: "Agenda for Sustainable Development" stays whole), at least three words long,
 * holding at least a given number of content words, so that "Mr. President" or "the United Nations"
 * alone is no evidence. Where runs overlap, the richer in content words wins.
 *
 * <p>Seed and extend: every three-word run of the right text is indexed; each one the left text
 * shares is extended to its maximal length. Runs that stand more than 64 times in the right text
 * are too common to seed with. Time grows with the lengths of the texts.
 *
 * <pre>{@code
 * SharedPhrases.of(TermStatistics.defaults(), 3).find(WordSequence.of(a), WordSequence.of(b));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SharedPhrases {

  private static final int SEED = 3;
  private static final int MAX_SEED_OCCURRENCES = 64;

  private final ContentWords contentWords;
  private final int minContentWords;
  private final boolean clauses;

  private SharedPhrases(ContentWords contentWords, int minContentWords, boolean clauses) {
    this.contentWords = contentWords;
    this.minContentWords = minContentWords;
    this.clauses = clauses;
  }

  /**
   * Returns a finder that keeps phrases with at least {@code minContentWords} content words.
   *
   * @throws IllegalArgumentException if {@code minContentWords} is negative
   */
  public static SharedPhrases of(TermStatistics statistics, int minContentWords) {
    requireNonNull(statistics, "statistics");
    if (minContentWords < 0) {
      throw new IllegalArgumentException(
          "minContentWords must not be negative: " + minContentWords);
    }
    return new SharedPhrases(
        new ContentWords(statistics, ContentWords.PHRASE_SHARE), minContentWords, false);
  }

  /**
   * Returns a finder like this one whose phrases never run across punctuation: a shared sentence
   * gives its clauses, not one phrase as long as the sentence. What a timeline of phrases wants.
   */
  public SharedPhrases withinClauses() {
    return new SharedPhrases(contentWords, minContentWords, true);
  }

  /**
   * Returns whether word {@code i} of {@code words} is a content word as this finder counts them
   * ({@link SharedPhrase#contentWords()}): rare enough in the corpus to be evidence.
   *
   * @throws IndexOutOfBoundsException if {@code i} is not a word of {@code words}
   */
  public boolean isContentWord(WordSequence words, int i) {
    requireNonNull(words, "words");
    java.util.Objects.checkIndex(i, words.size());
    return contentWords.isContent(words, i);
  }

  /** Returns the least number of content words a phrase must hold. */
  public int minContentWords() {
    return minContentWords;
  }

  /**
   * Returns the shared phrases, in the left text's order, none overlapping another on either side.
   */
  public List<SharedPhrase> find(WordSequence left, WordSequence right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    if (left.size() < SEED || right.size() < SEED) {
      return List.of();
    }
    Map<Long, int[]> index = indexSeeds(right);
    List<int[]> runs = new ArrayList<>(); // {leftStart, rightStart, length, contentWords}
    for (int i = 0; i + SEED <= left.size(); i++) {
      if (!within(left, i, SEED)) {
        continue;
      }
      int[] positions = index.get(seedKey(left, i));
      if (positions == null) {
        continue;
      }
      for (int p = 1; p <= positions[0]; p++) {
        int j = positions[p];
        if (!wordsEqual(left, i, right, j, SEED)) {
          continue; // a hash collision
        }
        if (i > 0
            && j > 0
            && left.id(i - 1) == right.id(j - 1)
            && together(left, i)
            && together(right, j)) {
          continue; // not the start of a maximal run
        }
        int length = SEED;
        while (i + length < left.size()
            && j + length < right.size()
            && left.id(i + length) == right.id(j + length)
            && together(left, i + length)
            && together(right, j + length)) {
          length++;
        }
        // Trim words that carry nothing from both edges: "the Conference on Interaction" reads
        // as "Conference on Interaction", and "regional cooperation and" is no phrase.
        int from = 0;
        int to = length;
        while (from < to && !contentWords.isContent(left, i + from)) {
          from++;
        }
        while (to > from && !contentWords.isContent(left, i + to - 1)) {
          to--;
        }
        // But never cut a name: "Agenda for Sustainable Development" keeps its last word and
        // "United Nations Development Programme" its first, common as they are.
        if (from < to) {
          while (to < length && nameGoesOn(left, i + to, i + to - 1)) {
            to++;
          }
          while (from > 0 && nameGoesOn(left, i + from - 1, i + from)) {
            from--;
          }
        }
        if (to - from < SEED) {
          continue;
        }
        int content = 0;
        for (int k = i + from; k < i + to; k++) {
          if (contentWords.isContent(left, k)) {
            content++;
          }
        }
        if (content >= minContentWords) {
          runs.add(new int[] {i + from, j + from, to - from, content});
        }
      }
    }
    runs.sort(
        Comparator.<int[]>comparingInt(r -> -r[3])
            .thenComparingInt(r -> -r[2])
            .thenComparingInt(r -> r[0])
            .thenComparingInt(r -> r[1]));
    BitSet usedLeft = new BitSet(left.size());
    BitSet usedRight = new BitSet(right.size());
    List<int[]> chosen = new ArrayList<>();
    for (int[] r : runs) {
      if (usedLeft.get(r[0], r[0] + r[2]).isEmpty() && usedRight.get(r[1], r[1] + r[2]).isEmpty()) {
        usedLeft.set(r[0], r[0] + r[2]);
        usedRight.set(r[1], r[1] + r[2]);
        chosen.add(r);
      }
    }
    chosen.sort(Comparator.comparingInt(r -> r[0]));
    List<SharedPhrase> phrases = new ArrayList<>(chosen.size());
    for (int[] r : chosen) {
      phrases.add(phrase(left, right, r[0], r[1], r[2], r[3]));
    }
    return phrases;
  }

  /**
   * Words that open or close no name however they are written ("The", "Our", "And"): a capitalised
   * word at the edge of a run is part of a name unless it is one of these.
   */
  private static final java.util.Set<String> FUNCTION_WORDS =
      java.util.Set.of(
          "a", "an", "the", "this", "that", "these", "those", "our", "my", "your", "their", "its",
          "his", "her", "we", "i", "it", "they", "he", "she", "you", "and", "or", "but", "nor",
          "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "into", "upon", "all",
          "which", "who", "whom", "whose", "what", "is", "are", "was", "were", "be", "been", "has",
          "have", "had", "will", "shall", "may", "can", "not", "no", "there", "here", "also");

  /**
   * Whether word {@code edge}, which the rarity of words would trim from a run, continues the name
   * that word {@code inner} (beside it, inside the run) is part of: both capitalised, and the edge
   * word not a function word.
   */
  private static boolean nameGoesOn(WordSequence words, int edge, int inner) {
    return capitalised(words, edge)
        && capitalised(words, inner)
        && !FUNCTION_WORDS.contains(words.display(edge).toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean capitalised(WordSequence words, int k) {
    String w = words.display(k);
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  private static SharedPhrase phrase(
      WordSequence left, WordSequence right, int i, int j, int length, int content) {
    StringBuilder text = new StringBuilder();
    for (int k = i; k < i + length; k++) {
      if (k > i) {
        text.append(' ');
      }
      text.append(left.display(k));
    }
    return new SharedPhrase(
        text.toString(),
        length,
        content,
        occurrence(left, i, length),
        occurrence(right, j, length));
  }

  private static SharedPhrase.Occurrence occurrence(WordSequence words, int first, int length) {
    int last = first + length - 1;
    return new SharedPhrase.Occurrence(
        words.paragraph(first), words.start(first), words.end(last), first, first + length);
  }

  private Map<Long, int[]> indexSeeds(WordSequence words) {
    Map<Long, int[]> index = new HashMap<>(words.size() * 2);
    for (int j = 0; j + SEED <= words.size(); j++) {
      if (!within(words, j, SEED)) {
        continue;
      }
      int[] positions = index.computeIfAbsent(seedKey(words, j), k -> new int[5]);
      if (positions[0] < 0) {
        continue;
      }
      if (positions[0] == MAX_SEED_OCCURRENCES) {
        positions[0] = -1; // too common to seed with
        continue;
      }
      int n = ++positions[0];
      if (n >= positions.length) {
        int[] grown =
            java.util.Arrays.copyOf(
                positions, Math.min(MAX_SEED_OCCURRENCES + 1, positions.length * 2));
        index.put(seedKey(words, j), grown);
        positions = grown;
      }
      positions[n] = j;
    }
    index.values().removeIf(p -> p[0] < 0);
    return index;
  }

  private static long seedKey(WordSequence words, int i) {
    long h = 1469598103934665603L;
    for (int k = 0; k < SEED; k++) {
      h = (h ^ words.id(i + k)) * 1099511628211L;
    }
    return h;
  }

  /** Whether words {@code [i, i + length)} stand in one paragraph (and one clause). */
  private boolean within(WordSequence words, int i, int length) {
    for (int k = i + 1; k < i + length; k++) {
      if (!together(words, k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether word {@code k} continues the run of word {@code k - 1}: the same paragraph, and, within
   * clauses, nothing but one space between them (punctuation lies in a longer gap).
   */
  private boolean together(WordSequence words, int k) {
    return words.paragraph(k) == words.paragraph(k - 1)
        && (!clauses || words.start(k) - words.end(k - 1) == 1);
  }

  private static boolean wordsEqual(WordSequence a, int i, WordSequence b, int j, int length) {
    for (int k = 0; k < length; k++) {
      if (a.id(i + k) != b.id(j + k)) {
        return false;
      }
    }
    return true;
  }
}
