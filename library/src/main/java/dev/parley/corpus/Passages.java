package dev.parley.corpus;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reused passages between two statements' word sequences (word ids): fingerprints of word {@value
 * #SHINGLE}-grams, winnowed, and a seed grown into the whole passage across small gaps. The steps
 * {@link CorpusIndex#reuse} takes, public so that another engine (the Spark module) finds the same
 * passages from the same definition.
 */
public final class Passages {

  /** Words in a shingle. */
  public static final int SHINGLE = 7;

  /** Differing words a passage may hold in a row. */
  public static final int MAX_GAP = 3;

  /** Shingles found in more than this many statements seed nothing (formulas everyone uses). */
  public static final int MAX_SHINGLE_DOCUMENTS = 40;

  private Passages() {}

  /** The hash of every word shingle, by its first word's position. */
  public static long[] shingles(int[] words) {
    int count = words.length - SHINGLE + 1;
    if (count <= 0) {
      return new long[0];
    }
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < SHINGLE; j++) {
        h = (h ^ words[i + j]) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
      }
      out[i] = h;
    }
    return out;
  }

  /** Winnowing: the position of the smallest hash of each window (the rightmost on ties), once. */
  public static int[] winnow(long[] hashes, int window) {
    if (hashes.length == 0) {
      return new int[0];
    }
    if (hashes.length <= window) {
      int min = 0;
      for (int i = 1; i < hashes.length; i++) {
        if (hashes[i] <= hashes[min]) {
          min = i;
        }
      }
      return new int[] {min};
    }
    int[] out = new int[hashes.length];
    int count = 0;
    int[] deque = new int[hashes.length];
    int head = 0;
    int tail = 0;
    int last = -1;
    for (int i = 0; i < hashes.length; i++) {
      while (tail > head && hashes[deque[tail - 1]] >= hashes[i]) {
        tail--;
      }
      deque[tail++] = i;
      if (deque[head] <= i - window) {
        head++;
      }
      if (i >= window - 1 && deque[head] != last) {
        last = deque[head];
        out[count++] = last;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /** A statement's word ids, wherever they are kept. */
  public interface Words {
    /** How many words there are. */
    int length();

    /** Word {@code i}'s id. */
    int at(int i);

    /** The words of an array. */
    static Words of(int[] words) {
      return new Words() {
        @Override
        public int length() {
          return words.length;
        }

        @Override
        public int at(int i) {
          return words[i];
        }
      };
    }
  }

  /** {@link #extend(Words, int, Words, int)} over arrays. */
  public static int @Nullable [] extend(int[] a, int pa, int[] b, int pb) {
    return extend(Words.of(a), pa, Words.of(b), pb);
  }

  /**
   * The passage around a seed: the shingles at {@code pa} of {@code a} and {@code pb} of {@code b}
   * agree word for word, then the run grows both ways while words agree, over gaps of up to {@link
   * #MAX_GAP} differing words that stretches of agreement follow. Returns {start in a, end in a,
   * start in b, end in b}, or null for a hash collision.
   */
  public static int @Nullable [] extend(Words a, int pa, Words b, int pb) {
    for (int j = 0; j < SHINGLE; j++) {
      if (a.at(pa + j) != b.at(pb + j)) {
        return null;
      }
    }
    int start = pa;
    while (true) {
      int s = start;
      while (s > 0 && s + (pb - pa) > 0 && a.at(s - 1) == b.at(s - 1 + (pb - pa))) {
        s--;
      }
      start = s;
      int resumed = resume(a, b, pb - pa, start, -1);
      if (resumed < 0) {
        break;
      }
      start = resumed;
    }
    int end = pa + SHINGLE;
    while (true) {
      int e = end;
      while (e < a.length() && e + (pb - pa) < b.length() && a.at(e) == b.at(e + (pb - pa))) {
        e++;
      }
      end = e;
      int resumed = resume(a, b, pb - pa, end, +1);
      if (resumed < 0) {
        break;
      }
      end = resumed;
    }
    return new int[] {start, end, start + pb - pa, end + pb - pa};
  }

  /** Words that must agree after a gap for the passage to go on. */
  private static final int AGREE_AFTER_GAP = 4;

  /**
   * Past a gap of up to {@link #MAX_GAP} words from {@code at} in direction {@code step}, where
   * {@link #AGREE_AFTER_GAP} words agree again: the new boundary, or -1.
   */
  private static int resume(Words a, Words b, int diagonal, int at, int step) {
    for (int gap = 1; gap <= MAX_GAP; gap++) {
      boolean agree = true;
      for (int j = 0; j < AGREE_AFTER_GAP && agree; j++) {
        int i = step > 0 ? at + gap + j : at - 1 - gap - j;
        int ib = i + diagonal;
        agree = i >= 0 && i < a.length() && ib >= 0 && ib < b.length() && a.at(i) == b.at(ib);
      }
      if (agree) {
        return step > 0 ? at + gap + AGREE_AFTER_GAP : at - gap - AGREE_AFTER_GAP;
      }
    }
    return -1;
  }

  /**
   * One passage per run of one pair of statements: the same run found from several seeds becomes
   * one, and runs a few words apart on both sides (a changed, added or dropped word) are joined.
   * Runs are {start in a, end in a, start in b, end in b}; they come back in order.
   */
  public static java.util.List<int[]> merge(java.util.List<int[]> runs) {
    int[][] sorted = runs.toArray(int[][]::new);
    Arrays.sort(
        sorted,
        (x, y) -> {
          for (int i = 0; i < 4; i++) {
            if (x[i] != y[i]) {
              return Integer.compare(x[i], y[i]);
            }
          }
          return 0;
        });
    java.util.List<int[]> out = new java.util.ArrayList<>();
    int[] current = null;
    for (int[] r : sorted) {
      if (current != null) {
        boolean inside =
            r[0] >= current[0] && r[1] <= current[1] && r[2] >= current[2] && r[3] <= current[3];
        boolean follows =
            r[0] <= current[1] + MAX_GAP && r[2] >= current[2] && r[2] <= current[3] + MAX_GAP;
        if (inside) {
          continue;
        }
        if (follows) {
          current[1] = Math.max(current[1], r[1]);
          current[3] = Math.max(current[3], r[3]);
          continue;
        }
        out.add(current);
      }
      current = r.clone();
    }
    if (current != null) {
      out.add(current);
    }
    return out;
  }

  /**
   * The text of words {@code [from, to)} of a statement: from the first word's start to the last
   * word's end, paragraphs joined by a space.
   *
   * @param paragraphs the statement's (body) paragraphs
   * @param wordParagraph the paragraph of each word
   * @param wordStart each word's start in its paragraph
   * @param wordEnd each word's end in its paragraph
   */
  public static String text(
      java.util.List<String> paragraphs,
      int[] wordParagraph,
      int[] wordStart,
      int[] wordEnd,
      int from,
      int to) {
    int first = wordParagraph[from];
    int last = wordParagraph[to - 1];
    StringBuilder text = new StringBuilder();
    for (int p = first; p <= last; p++) {
      String par = paragraphs.get(p);
      int start = p == first ? wordStart[from] : 0;
      int end = p == last ? wordEnd[to - 1] : par.length();
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(par, start, end);
    }
    return text.toString();
  }
}
