package dev.parley.corpus;

import dev.parley.internal.Passages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

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
              long[] h = Passages.shingles(index.words[d]);
              int[] chosen = Passages.winnow(h, window);
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
    // Where each word stands, found again for the statements that hold a passage only.
    java.util.Map<Integer, int[][]> places = new java.util.HashMap<>();
    for (int from = 0; from < sorted.length; ) {
      int to = from;
      List<int[]> pairRuns = new ArrayList<>();
      while (to < sorted.length
          && sorted[to][0] == sorted[from][0]
          && sorted[to][1] == sorted[from][1]) {
        long[] r = sorted[to++];
        pairRuns.add(new int[] {(int) r[2], (int) r[3], (int) r[4], (int) r[5]});
      }
      for (int[] run : Passages.merge(pairRuns)) {
        add(
            index,
            new long[] {sorted[from][0], sorted[from][1], run[0], run[1], run[2], run[3]},
            minWords,
            places,
            passages);
      }
      from = to;
    }
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
      CorpusIndex index,
      long @Nullable [] run,
      int minWords,
      java.util.Map<Integer, int[][]> places,
      List<ReusedPassage> passages) {
    if (run == null || run[3] - run[2] < minWords) {
      return;
    }
    int a = (int) run[0];
    int b = (int) run[1];
    passages.add(
        new ReusedPassage(
            index.location(a, places.computeIfAbsent(a, index::locate), (int) run[2], (int) run[3]),
            index.location(b, places.computeIfAbsent(b, index::locate), (int) run[4], (int) run[5]),
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

  /** The passage around a seed, as {left doc, right doc, left start, end, right start, end}. */
  private static long @Nullable [] extend(CorpusIndex index, int da, int pa, int db, int pb) {
    int[] run = Passages.extend(index.words[da], pa, index.words[db], pb);
    return run == null ? null : new long[] {da, db, run[0], run[1], run[2], run[3]};
  }
}
