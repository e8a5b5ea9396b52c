package dev.parley.corpus;

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

  /**
   * Seed pairs extended at once, at most (about 100 bytes each while they wait to be merged): a
   * corpus with more is handled in passes, each over a range of left statements, so that memory
   * stays bounded however many passages there are.
   */
  static final long SEEDS_PER_PASS = 2_000_000;

  static List<ReusedPassage> find(CorpusIndex index, int minWords, CorpusIndex.Progress progress) {
    List<ReusedPassage> out = new ArrayList<>();
    find(index, minWords, progress, out::add, SEEDS_PER_PASS);
    return out;
  }

  /**
   * Finds the passages and gives them to {@code sink} in order (left statement, right statement,
   * position), one range of left statements at a time: what is found is never all held at once.
   */
  static void find(
      CorpusIndex index,
      int minWords,
      CorpusIndex.Progress progress,
      java.util.function.Consumer<ReusedPassage> sink,
      long seedsPerPass) {
    int window = minWords - CorpusIndex.SHINGLE + 1;
    int n = index.documents.size();
    // 1. Fingerprints of every statement, in parallel.
    long[][] hashes = new long[n][];
    int[][] positions = new int[n][];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            d -> {
              long[] h = Passages.shingles(index.words(d));
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
      hashes[d] = null;
      positions[d] = null;
    }
    Arrays.parallelSort(keys);
    // 2. Groups of equal fingerprints, found in few enough statements to be reuse, not formula.
    int groupCount = 0;
    for (int i = 0; i < total; i++) {
      if (i == 0 || (keys[i] >>> INDEX_BITS) != (keys[i - 1] >>> INDEX_BITS)) {
        groupCount++;
      }
    }
    int[] groupStarts = new int[groupCount + 1];
    for (int i = 0, g = 0; i < total; i++) {
      if (i == 0 || (keys[i] >>> INDEX_BITS) != (keys[i - 1] >>> INDEX_BITS)) {
        groupStarts[g++] = i;
      }
    }
    groupStarts[groupCount] = total;
    int[] useful =
        IntStream.range(0, groupCount)
            .parallel()
            .filter(
                g ->
                    groupStarts[g + 1] - groupStarts[g] > 1
                        && distinctDocuments(keys, docOf, groupStarts[g], groupStarts[g + 1])
                            <= CorpusIndex.MAX_SHINGLE_DOCUMENTS)
            .toArray();
    // 3. How many seed pairs each left statement has, to cut the work into passes.
    java.util.concurrent.atomic.AtomicLongArray seedsOf =
        new java.util.concurrent.atomic.AtomicLongArray(n);
    IntStream.of(useful)
        .parallel()
        .forEach(
            g ->
                eachPair(
                    index,
                    keys,
                    docOf,
                    groupStarts[g],
                    groupStarts[g + 1],
                    0,
                    n,
                    (ia, ib) -> seedsOf.incrementAndGet(Math.min(docOf[ia], docOf[ib]))));
    List<int[]> passes = new ArrayList<>();
    for (int lo = 0; lo < n; ) {
      long seeds = 0;
      int hi = lo;
      while (hi < n && (hi == lo || seeds + seedsOf.get(hi) <= seedsPerPass)) {
        seeds += seedsOf.get(hi++);
      }
      passes.add(new int[] {lo, hi});
      lo = hi;
    }
    AtomicInteger done = new AtomicInteger();
    int steps = useful.length * passes.size();
    for (int[] pass : passes) {
      int lo = pass[0];
      int hi = pass[1];
      // 4. Each seed pair whose left statement is in [lo, hi): extend it to the whole passage.
      List<long[]> runs =
          IntStream.of(useful)
              .parallel()
              .mapToObj(
                  g -> {
                    List<long[]> found = new ArrayList<>();
                    eachPair(
                        index,
                        keys,
                        docOf,
                        groupStarts[g],
                        groupStarts[g + 1],
                        lo,
                        hi,
                        (ia, ib) -> {
                          int da = docOf[ia];
                          int db = docOf[ib];
                          long[] run =
                              da < db
                                  ? extend(index, da, posOf[ia], db, posOf[ib])
                                  : extend(index, db, posOf[ib], da, posOf[ia]);
                          if (run != null) {
                            found.add(run);
                          }
                        });
                    int c = done.incrementAndGet();
                    if (c % 4096 == 0 || c == steps) {
                      progress.step(c, steps);
                    }
                    return found;
                  })
              .flatMap(List::stream)
              .toList();
      // 5. One passage per run: the same run found from several seeds becomes one, and runs a few
      // words apart on both sides (a changed, added or dropped word) are joined.
      // run: {left doc, right doc, left start, left end, right start, right end}
      long[][] sorted = runs.toArray(long[][]::new);
      runs = null;
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
              sink);
        }
        from = to;
      }
    }
    if (steps == 0) {
      progress.step(0, 0);
    }
  }

  /** What is done with a pair of fingerprints (positions in the sorted arrays). */
  @FunctionalInterface
  private interface PairAction {
    void accept(int ia, int ib);
  }

  /**
   * Each pair of fingerprints of a group that belong to statements of different delegations or
   * years, the smaller statement in {@code [lo, hi)}.
   */
  private static void eachPair(
      CorpusIndex index,
      long[] keys,
      int[] docOf,
      int from,
      int to,
      int lo,
      int hi,
      PairAction action) {
    for (int a = from; a < to; a++) {
      for (int b = a + 1; b < to; b++) {
        int ia = (int) (keys[a] & ((1L << INDEX_BITS) - 1));
        int ib = (int) (keys[b] & ((1L << INDEX_BITS) - 1));
        int da = docOf[ia];
        int db = docOf[ib];
        int left = Math.min(da, db);
        if (da == db || left < lo || left >= hi || !index.differ(da, db)) {
          continue;
        }
        action.accept(ia, ib);
      }
    }
  }

  private static void add(
      CorpusIndex index,
      long @Nullable [] run,
      int minWords,
      java.util.function.Consumer<ReusedPassage> passages) {
    if (run == null || run[3] - run[2] < minWords) {
      return;
    }
    int a = (int) run[0];
    int b = (int) run[1];
    passages.accept(
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

  /** The passage around a seed, as {left doc, right doc, left start, end, right start, end}. */
  private static long @Nullable [] extend(CorpusIndex index, int da, int pa, int db, int pb) {
    int[] run = Passages.extend(index.wordsOf(da), pa, index.wordsOf(db), pb);
    return run == null ? null : new long[] {da, db, run[0], run[1], run[2], run[3]};
  }
}
