package dev.parley.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * Reuse detection over a {@link CorpusIndex}: winnowed word shingles as seeds (Schleimer, Wilkerson
 * and Aiken's winnowing: with a window of {@code minWords - SHINGLE + 1} shingles, every shared run
 * of {@code minWords} words leaves one fingerprint in both statements), each seed extended to the
 * whole passage, passages on one diagonal with small gaps between joined.
 */
final class Reuse {

  private Reuse() {}

  /** Bits of a sort key that hold the fingerprint's position in the arrays. */
  private static final int INDEX_BITS = 27;

  static List<ReusedPassage> find(CorpusIndex index, int minWords, CorpusIndex.Progress progress) {
    int window = minWords - CorpusIndex.SHINGLE + 1;
    int n = index.documents.size();
    // 1. Fingerprints of every statement, in parallel.
    long[][] hashes = new long[n][];
    int[][] positions = new int[n][];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            d -> {
              long[] h = shingles(index.words[d]);
              int[] chosen = winnow(h, window);
              hashes[d] = new long[chosen.length];
              for (int i = 0; i < chosen.length; i++) {
                hashes[d][i] = h[chosen[i]];
              }
              positions[d] = chosen;
            });
    int total = Arrays.stream(hashes).mapToInt(h -> h.length).sum();
    if (total >= 1 << INDEX_BITS) {
      throw new IllegalStateException("too many fingerprints for one pass: " + total);
    }
    int[] docOf = new int[total];
    int[] posOf = new int[total];
    long[] keys = new long[total];
    int k = 0;
    for (int d = 0; d < n; d++) {
      for (int i = 0; i < hashes[d].length; i++) {
        docOf[k] = d;
        posOf[k] = positions[d][i];
        keys[k] = (hashes[d][i] & (-1L << INDEX_BITS)) | k;
        k++;
      }
    }
    Arrays.parallelSort(keys);
    // 2. Groups of equal fingerprints: the start of each group.
    List<Integer> groupStarts = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      if (i == 0 || (keys[i] >>> INDEX_BITS) != (keys[i - 1] >>> INDEX_BITS)) {
        groupStarts.add(i);
      }
    }
    groupStarts.add(total);
    // 3. Each pair of statements in a small group: extend the seed to the whole passage.
    AtomicInteger done = new AtomicInteger();
    int groups = groupStarts.size() - 1;
    List<long[]> runs =
        IntStream.range(0, groups)
            .parallel()
            .mapToObj(
                g -> {
                  List<long[]> out = new ArrayList<>();
                  int from = groupStarts.get(g);
                  int to = groupStarts.get(g + 1);
                  if (to - from > 1
                      && distinctDocuments(keys, docOf, from, to)
                          <= CorpusIndex.MAX_SHINGLE_DOCUMENTS) {
                    for (int a = from; a < to; a++) {
                      for (int b = a + 1; b < to; b++) {
                        int ia = (int) (keys[a] & ((1L << INDEX_BITS) - 1));
                        int ib = (int) (keys[b] & ((1L << INDEX_BITS) - 1));
                        int da = docOf[ia];
                        int db = docOf[ib];
                        if (da == db || !index.differ(da, db)) {
                          continue;
                        }
                        long[] run =
                            da < db
                                ? extend(index, da, posOf[ia], db, posOf[ib])
                                : extend(index, db, posOf[ib], da, posOf[ia]);
                        if (run != null) {
                          out.add(run);
                        }
                      }
                    }
                  }
                  int c = done.incrementAndGet();
                  if (c % 4096 == 0 || c == groups) {
                    progress.step(c, groups);
                  }
                  return out;
                })
            .flatMap(List::stream)
            .toList();
    // 4. One passage per run: the same run found from several seeds becomes one, and runs a few
    // words apart on both sides (a changed, added or dropped word) are joined.
    // run: {left doc, right doc, left start, left end, right start, right end}
    long[][] sorted = runs.toArray(long[][]::new);
    Arrays.parallelSort(
        sorted,
        (x, y) -> {
          for (int i = 0; i < 6; i++) {
            if (x[i] != y[i]) {
              return Long.compare(x[i], y[i]);
            }
          }
          return 0;
        });
    List<ReusedPassage> passages = new ArrayList<>();
    long[] current = null;
    for (long[] r : sorted) {
      if (current != null && r[0] == current[0] && r[1] == current[1]) {
        boolean inside =
            r[2] >= current[2] && r[3] <= current[3] && r[4] >= current[4] && r[5] <= current[5];
        boolean follows =
            r[2] <= current[3] + CorpusIndex.MAX_GAP
                && r[4] >= current[4]
                && r[4] <= current[5] + CorpusIndex.MAX_GAP;
        if (inside) {
          continue;
        }
        if (follows) {
          current[3] = Math.max(current[3], r[3]);
          current[5] = Math.max(current[5], r[5]);
          continue;
        }
      }
      add(index, current, minWords, passages);
      current = r.clone();
    }
    add(index, current, minWords, passages);
    passages.sort(
        (x, y) ->
            x.left().document() != y.left().document()
                ? Integer.compare(x.left().document(), y.left().document())
                : x.right().document() != y.right().document()
                    ? Integer.compare(x.right().document(), y.right().document())
                    : Integer.compare(x.left().firstWord(), y.left().firstWord()));
    return passages;
  }

  private static void add(
      CorpusIndex index, long[] run, int minWords, List<ReusedPassage> passages) {
    if (run == null || run[3] - run[2] < minWords) {
      return;
    }
    int a = (int) run[0];
    int b = (int) run[1];
    passages.add(
        new ReusedPassage(
            index.location(a, (int) run[2], (int) run[3]),
            index.location(b, (int) run[4], (int) run[5]),
            (int) (run[3] - run[2])));
  }

  private static int distinctDocuments(long[] keys, int[] docOf, int from, int to) {
    int[] docs = new int[to - from];
    for (int i = from; i < to; i++) {
      docs[i - from] = docOf[(int) (keys[i] & ((1L << INDEX_BITS) - 1))];
    }
    Arrays.sort(docs);
    int distinct = 0;
    for (int i = 0; i < docs.length; i++) {
      if (i == 0 || docs[i] != docs[i - 1]) {
        distinct++;
      }
    }
    return distinct;
  }

  /** The hash of every word shingle, by its first word's position. */
  static long[] shingles(int[] words) {
    int count = words.length - CorpusIndex.SHINGLE + 1;
    if (count <= 0) {
      return new long[0];
    }
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0x9E3779B97F4A7C15L;
      for (int j = 0; j < CorpusIndex.SHINGLE; j++) {
        h = (h ^ words[i + j]) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
      }
      out[i] = h;
    }
    return out;
  }

  /** Winnowing: the position of the smallest hash of each window (the rightmost on ties), once. */
  static int[] winnow(long[] hashes, int window) {
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

  /**
   * The passage around a seed: the shingles at {@code pa} and {@code pb} agree word for word, then
   * the run grows both ways while words agree, over gaps of up to {@link CorpusIndex#MAX_GAP}
   * differing words that stretches of agreement follow. Null for a hash collision.
   */
  private static long[] extend(CorpusIndex index, int da, int pa, int db, int pb) {
    int[] a = index.words[da];
    int[] b = index.words[db];
    for (int j = 0; j < CorpusIndex.SHINGLE; j++) {
      if (a[pa + j] != b[pb + j]) {
        return null;
      }
    }
    int start = pa;
    while (true) {
      int s = start;
      while (s > 0 && s + (pb - pa) > 0 && a[s - 1] == b[s - 1 + (pb - pa)]) {
        s--;
      }
      start = s;
      int resumed = resume(a, b, pb - pa, start, -1);
      if (resumed < 0) {
        break;
      }
      start = resumed;
    }
    int end = pa + CorpusIndex.SHINGLE;
    while (true) {
      int e = end;
      while (e < a.length && e + (pb - pa) < b.length && a[e] == b[e + (pb - pa)]) {
        e++;
      }
      end = e;
      int resumed = resume(a, b, pb - pa, end, +1);
      if (resumed < 0) {
        break;
      }
      end = resumed;
    }
    return new long[] {da, db, start, end, start + pb - pa, end + pb - pa};
  }

  /** Words that must agree after a gap for the passage to go on. */
  private static final int AGREE_AFTER_GAP = 4;

  /**
   * Past a gap of up to {@link CorpusIndex#MAX_GAP} words from {@code at} in direction {@code
   * step}, where {@link #AGREE_AFTER_GAP} words agree again: the new boundary, or -1.
   */
  private static int resume(int[] a, int[] b, int diagonal, int at, int step) {
    for (int gap = 1; gap <= CorpusIndex.MAX_GAP; gap++) {
      boolean agree = true;
      for (int j = 0; j < AGREE_AFTER_GAP && agree; j++) {
        int i = step > 0 ? at + gap + j : at - 1 - gap - j;
        int ib = i + diagonal;
        agree = i >= 0 && i < a.length && ib >= 0 && ib < b.length && a[i] == b[ib];
      }
      if (agree) {
        return step > 0 ? at + gap + AGREE_AFTER_GAP : at - gap - AGREE_AFTER_GAP;
      }
    }
    return -1;
  }
}
