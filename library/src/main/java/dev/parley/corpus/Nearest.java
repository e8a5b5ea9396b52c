package dev.parley.corpus;

import static java.util.Objects.requireNonNull;

import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The nearest statements of an index: candidates from the inverted index (the statements that share
 * the most weight on all terms but the commonest), re-scored with their whole tf-idf vectors; the
 * exhaustive search it is measured against; and the search for a statement outside the index. Reads
 * the index file's vectors and postings where they are mapped.
 */
final class Nearest {

  private final Store store;
  private final long[] section;
  private final long[] vectorStart;
  private final String[] vocabulary;
  private final int[] documentFrequency;
  private final int commonLimit;
  private final int n;

  Nearest(CorpusIndex index, long[] vectorStart) {
    this.store = index.store;
    this.section = index.section;
    this.vectorStart = vectorStart;
    this.vocabulary = index.vocabulary;
    this.documentFrequency = index.documentFrequency;
    this.n = index.documents.size();
    this.commonLimit = CorpusIndex.commonLimit(n);
    this.scores = ThreadLocal.withInitial(() -> new float[n]);
    this.touched = ThreadLocal.withInitial(() -> new int[n]);
  }

  private int vectorLength(int d) {
    return (int) (vectorStart[d + 1] - vectorStart[d]);
  }

  private int term(long k) {
    return store.getInt(section[IndexFile.VTERMS] + 4 * k);
  }

  private float weight(long k) {
    return store.getFloat(section[IndexFile.VWEIGHTS] + 4 * k);
  }

  private long postingStart(int term) {
    return store.getLong(section[IndexFile.POFFSETS] + 8L * term);
  }

  /** The cosine of two statements' unit vectors, merged by term. */
  private double cosine(int a, int b) {
    long i = vectorStart[a];
    long ie = vectorStart[a + 1];
    long j = vectorStart[b];
    long je = vectorStart[b + 1];
    double dot = 0;
    if (i < ie && j < je) {
      int ti = term(i);
      int tj = term(j);
      while (true) {
        if (ti == tj) {
          dot += (double) weight(i) * weight(j);
          if (++i == ie || ++j == je) {
            break;
          }
          ti = term(i);
          tj = term(j);
        } else if (ti < tj) {
          if (++i == ie) {
            break;
          }
          ti = term(i);
        } else {
          if (++j == je) {
            break;
          }
          tj = term(j);
        }
      }
    }
    return Math.min(1.0, dot);
  }

  /** Per thread: the score of every statement, and which ones have one. */
  private final ThreadLocal<float[]> scores;

  private final ThreadLocal<int[]> touched;

  /**
   * Returns the {@code k} statements nearest statement {@code document}, nearest first (ties by
   * id), itself left out.
   *
   * @throws IndexOutOfBoundsException if there is no such statement
   * @throws IllegalArgumentException if {@code k} is not positive
   */
  List<Neighbour> nearest(int document, int k) {
    checkK(k);
    java.util.Objects.checkIndex(document, n);
    float[] score = scores.get();
    int[] seen = touched.get();
    int count = 0;
    long docs = section[IndexFile.PDOCS];
    long weights = section[IndexFile.PWEIGHTS];
    for (long v = vectorStart[document]; v < vectorStart[document + 1]; v++) {
      int t = term(v);
      if (documentFrequency[t] > commonLimit) {
        continue;
      }
      float w = weight(v);
      if (w == 0) {
        continue;
      }
      long end = postingStart(t + 1);
      for (long p = postingStart(t); p < end; p++) {
        int d = store.getInt(docs + 4 * p);
        if (d == document) {
          continue;
        }
        if (score[d] == 0) {
          seen[count++] = d;
        }
        score[d] += w * store.getFloat(weights + 4 * p);
      }
    }
    int candidates = Math.max(CorpusIndex.MIN_CANDIDATES, 5 * k);
    int[] best = top(seen, count, score, candidates);
    for (int i = 0; i < count; i++) {
      score[seen[i]] = 0;
    }
    List<Neighbour> out = new ArrayList<>(best.length);
    for (int d : best) {
      out.add(new Neighbour(d, cosine(document, d)));
    }
    return withShared(sortAndCut(out, k), document);
  }

  /**
   * Returns the {@code k} statements nearest statement {@code document} by comparing it with every
   * other one: the reference {@link #nearest(int, int)} is measured against, and slower by the size
   * of the corpus.
   */
  List<Neighbour> nearestExhaustive(int document, int k) {
    checkK(k);
    java.util.Objects.checkIndex(document, n);
    List<Neighbour> all = new ArrayList<>(n);
    for (int d = 0; d < n; d++) {
      if (d != document) {
        all.add(new Neighbour(d, cosine(document, d)));
      }
    }
    return withShared(sortAndCut(all, k), document);
  }

  /**
   * Returns the {@code k} indexed statements nearest {@code statement}, which need not be in the
   * index (its words weighted by the index's document frequencies; words the index does not know
   * are left out), leaving out statement {@code leftOut} (-1 for none).
   */
  List<Neighbour> nearest(Statement statement, int k, int leftOut) {
    requireNonNull(statement, "statement");
    checkK(k);
    List<Integer> known = new ArrayList<>();
    for (Paragraph p : statement.bodyParagraphs()) {
      for (Token t : p.tokens()) {
        Integer id = termId(t.match());
        if (id != null) {
          known.add(id);
        }
      }
    }
    int[][] counted = IndexFile.termCounts(known.stream().mapToInt(Integer::intValue).toArray());
    int[] terms = counted[0];
    float[] weights = IndexFile.weights(terms, counted[1], documentFrequency, n);
    List<Neighbour> all = new ArrayList<>(n);
    for (int d = 0; d < n; d++) {
      if (d == leftOut) {
        continue;
      }
      double dot = 0;
      int i = 0;
      for (long v = vectorStart[d]; v < vectorStart[d + 1] && i < terms.length; v++) {
        int t = term(v);
        while (i < terms.length && terms[i] < t) {
          i++;
        }
        if (i < terms.length && terms[i] == t) {
          dot += (double) weights[i] * weight(v);
        }
      }
      all.add(new Neighbour(d, Math.min(1.0, dot)));
    }
    return withShared(sortAndCut(all, k), terms, weights);
  }

  /** {@code near} with the words each shares with statement {@code document}. */
  private List<Neighbour> withShared(List<Neighbour> near, int document) {
    int length = vectorLength(document);
    int[] terms = new int[length];
    float[] weights = new float[length];
    for (int i = 0; i < length; i++) {
      terms[i] = term(vectorStart[document] + i);
      weights[i] = weight(vectorStart[document] + i);
    }
    return withShared(near, terms, weights);
  }

  /** {@code near} with the words each shares with the vector {@code (terms, weights)}. */
  private List<Neighbour> withShared(List<Neighbour> near, int[] terms, float[] weights) {
    List<Neighbour> out = new ArrayList<>(near.size());
    for (Neighbour x : near) {
      out.add(new Neighbour(x.document(), x.similarity(), shared(terms, weights, x.document())));
    }
    return List.copyOf(out);
  }

  /**
   * The words the vector {@code (terms, weights)} (terms ascending) and statement {@code d} share
   * that name a matter ({@link SharedWords}).
   */
  private List<String> shared(int[] terms, float[] weights, int d) {
    List<String> words = new ArrayList<>();
    List<Double> products = new ArrayList<>();
    int i = 0;
    for (long v = vectorStart[d]; v < vectorStart[d + 1] && i < terms.length; v++) {
      int t = term(v);
      while (i < terms.length && terms[i] < t) {
        i++;
      }
      if (i < terms.length && terms[i] == t && documentFrequency[t] <= commonLimit) {
        words.add(vocabulary[t]);
        products.add((double) weights[i] * weight(v));
      }
    }
    return SharedWords.pick(words, products);
  }

  private @Nullable Map<String, Integer> termIds;

  private synchronized @Nullable Integer termId(String term) {
    if (termIds == null) {
      termIds = new HashMap<>(vocabulary.length * 2);
      for (int t = 0; t < vocabulary.length; t++) {
        termIds.put(vocabulary[t], t);
      }
    }
    return termIds.get(term);
  }

  /**
   * Returns the {@code k} nearest statements of every statement, by id, on all cores.
   *
   * @throws IllegalArgumentException if {@code k} is not positive
   */
  List<List<Neighbour>> nearestAll(int k, CorpusIndex.Progress progress) {
    checkK(k);
    requireNonNull(progress, "progress");
    AtomicInteger done = new AtomicInteger();
    return IntStream.range(0, n)
        .parallel()
        .mapToObj(
            d -> {
              List<Neighbour> r = nearest(d, k);
              int c = done.incrementAndGet();
              if (c % 64 == 0 || c == n) {
                progress.step(c, n);
              }
              return r;
            })
        .toList();
  }

  private static void checkK(int k) {
    if (k <= 0) {
      throw new IllegalArgumentException("k must be positive: " + k);
    }
  }

  /**
   * The {@code limit} best scored of {@code docs[0..count)}, best first; of equal scores the one
   * met first.
   */
  private static int[] top(int[] docs, int count, float[] scores, int limit) {
    // Keys order by score, then by the reverse of the order met; a min-heap keeps the best.
    int size = Math.min(limit, count);
    long[] heap = new long[size];
    int filled = 0;
    for (int i = 0; i < count; i++) {
      long key = ((long) Float.floatToIntBits(scores[docs[i]]) << 32) | (0xFFFFFFFFL - i);
      if (filled < size) {
        int c = filled++;
        heap[c] = key;
        while (c > 0 && heap[(c - 1) / 2] > heap[c]) {
          long swap = heap[c];
          heap[c] = heap[(c - 1) / 2];
          heap[(c - 1) / 2] = swap;
          c = (c - 1) / 2;
        }
      } else if (key > heap[0]) {
        heap[0] = key;
        int c = 0;
        while (true) {
          int l = 2 * c + 1;
          int m = l + 1 < size && heap[l + 1] < heap[l] ? l + 1 : l;
          if (l >= size || heap[c] <= heap[m]) {
            break;
          }
          long swap = heap[c];
          heap[c] = heap[m];
          heap[m] = swap;
          c = m;
        }
      }
    }
    Arrays.sort(heap);
    int[] out = new int[size];
    for (int i = 0; i < size; i++) {
      out[i] = docs[(int) (0xFFFFFFFFL - (heap[size - 1 - i] & 0xFFFFFFFFL))];
    }
    return out;
  }

  private static List<Neighbour> sortAndCut(List<Neighbour> all, int k) {
    all.sort(
        (a, b) ->
            a.similarity() != b.similarity()
                ? Double.compare(b.similarity(), a.similarity())
                : Integer.compare(a.document(), b.document()));
    return List.copyOf(all.subList(0, Math.min(k, all.size())));
  }
}
