package dev.parley.similarity;

import dev.parley.internal.primitive.LongBitsMap;
import dev.parley.internal.primitive.LongIntMap;
import dev.parley.similarity.PhrasingSimilarity.Prepared;
import java.util.List;

/**
 * {@link PhrasingSimilarity}'s scores of many texts against many, to the bit the scores of each
 * pair alone: a few pairs are merged pair by pair; more go through an index of the right texts'
 * word pairs and content words (postings lists, or for up to 64 texts at a time the set of texts
 * holding each word as the bits of a long), so that the work follows the pairs that share something
 * rather than every pair's whole length.
 */
final class PhrasingMatrix {

  private PhrasingMatrix() {}

  /** The calibrated score of {@code a} and {@code b}, their arrays merged. */
  private static double score(Prepared a, Prepared b) {
    return PhrasingSimilarity.calibrate(PhrasingSimilarity.blend(a, b));
  }

  /** The calibrated score of {@code a} and {@code b} from what an index summed. */
  private static double score(Prepared a, Prepared b, int shared, double dot) {
    return PhrasingSimilarity.calibrate(PhrasingSimilarity.blend(a, b, shared, dot));
  }

  /**
   * Returns the score of every left text with every right text, {@code [i][j]} for left {@code i}
   * and right {@code j}: the same scores, found through an index of the right texts' word pairs and
   * content words, so that the work follows the pairs that share something rather than every pair's
   * whole length.
   */
  static double[][] similarities(List<Prepared> left, List<Prepared> right) {
    int m = right.size();
    double[][] out = new double[left.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new double[m]; // row by row: a two-dimensional allocation is a call into the VM
    }
    if ((long) left.size() * m <= PAIRWISE_MAX_PAIRS) {
      // A few pairs are merged pair by pair sooner than indexed.
      for (int i = 0; i < left.size(); i++) {
        for (int j = 0; j < m; j++) {
          out[i][j] = score(left.get(i), right.get(j));
        }
      }
      return out;
    }
    if (m <= Long.SIZE) {
      return byHolders(left, right, out);
    }
    Postings pairs = new Postings(pairCount(right));
    Postings content = new Postings(contentCount(right));
    for (int j = 0; j < m; j++) {
      Prepared b = right.get(j);
      for (long h : b.shingles) {
        pairs.add(h, j, 0);
      }
      for (int k = 0; k < b.content.ids.length; k++) {
        content.add(b.content.ids[k], j, b.content.weights[k]);
      }
    }
    int[] shared = new int[m];
    double[] dot = new double[m];
    for (int i = 0; i < left.size(); i++) {
      Prepared a = left.get(i);
      java.util.Arrays.fill(shared, 0);
      java.util.Arrays.fill(dot, 0);
      for (long h : a.shingles) {
        for (int p = pairs.first(h); p >= 0; p = pairs.next[p]) {
          shared[pairs.unit[p]]++;
        }
      }
      for (int k = 0; k < a.content.ids.length; k++) {
        double w = a.content.weights[k];
        for (int p = content.first(a.content.ids[k]); p >= 0; p = content.next[p]) {
          dot[content.unit[p]] += w * content.weight[p];
        }
      }
      for (int j = 0; j < m; j++) {
        out[i][j] = score(a, right.get(j), shared[j], dot[j]);
      }
    }
    return out;
  }

  /**
   * {@link #similarities} for at most 64 right texts, through their {@link Holders}: each left
   * text's words are looked up once each.
   */
  private static double[][] byHolders(List<Prepared> left, List<Prepared> right, double[][] out) {
    int m = right.size();
    Holders holders = new Holders(right, 0, m);
    Holders.Sums sums = new Holders.Sums();
    long all = m == Long.SIZE ? -1L : (1L << m) - 1;
    for (int i = 0; i < left.size(); i++) {
      Prepared a = left.get(i);
      holders.sum(a, all, sums);
      for (int j = 0; j < m; j++) {
        out[i][j] = score(a, right.get(j), sums.shared[j], sums.dot[j]);
      }
    }
    return out;
  }

  /**
   * Returns the scores of each left text with its {@code chosen} right texts, in the order chosen.
   * The right texts are indexed 64 at a time ({@link Holders}), an index made when a left text has
   * at least {@link #INDEXED_MIN_CHOSEN} chosen texts among its 64; one alone is merged. Both give
   * the same scores to the bit.
   */
  static double[][] similarities(List<Prepared> left, List<Prepared> right, int[][] chosen) {
    Holders[] blocks = new Holders[(right.size() + Long.SIZE - 1) / Long.SIZE];
    long[] masks = new long[blocks.length];
    Holders.Sums sums = new Holders.Sums();
    double[][] out = new double[left.size()][];
    for (int i = 0; i < out.length; i++) {
      Prepared a = left.get(i);
      int[] js = chosen[i];
      double[] row = new double[js.length];
      out[i] = row;
      for (int j : js) {
        masks[j >>> 6] |= 1L << j;
      }
      for (int k = 0; k < js.length; k++) {
        int block = js[k] >>> 6;
        long mask = masks[block];
        if (mask == 0) {
          continue; // this block's chosen texts are scored already
        }
        masks[block] = 0;
        if (Long.bitCount(mask) < INDEXED_MIN_CHOSEN) {
          for (int q = k; q < js.length; q++) {
            if (js[q] >>> 6 == block) {
              row[q] = score(a, right.get(js[q]));
            }
          }
          continue;
        }
        if (blocks[block] == null) {
          int from = block * Long.SIZE;
          blocks[block] = new Holders(right, from, Math.min(right.size(), from + Long.SIZE));
        }
        blocks[block].sum(a, mask, sums);
        for (int q = k; q < js.length; q++) {
          if (js[q] >>> 6 == block) {
            int j = js[q] & (Long.SIZE - 1);
            row[q] = score(a, right.get(js[q]), sums.shared[j], sums.dot[j]);
          }
        }
      }
    }
    return out;
  }

  /**
   * A left text's chosen right texts among one block of 64 are scored through the block's index
   * from this many on; one is merged. Looking every left word up in the index costs about what one
   * and a half to two merges do (60 real paragraphs, each with some of 64 others chosen: two chosen
   * scored through the index take as long as two merges or a third less, three take half as long).
   */
  static final int INDEXED_MIN_CHOSEN = 2;

  /**
   * Up to 64 right texts by their words: each word pair and content word with the set of texts that
   * hold it (the bits of a long), so that a left text's words are looked up once each, with no list
   * to follow. Each pair's products are summed in ascending order of content word, as {@link
   * SparseVector#dot} sums them, so the scores are the same to the bit.
   */
  private static final class Holders {
    private final List<Prepared> texts;
    private final LongBitsMap pairs;
    private final LongBitsMap content;

    /** Indexes right texts {@code [from, to)}, at most 64: text {@code from + j} as bit j. */
    Holders(List<Prepared> right, int from, int to) {
      texts = right.subList(from, to);
      pairs = new LongBitsMap(pairCount(texts));
      content = new LongBitsMap(contentCount(texts));
      for (int j = 0; j < texts.size(); j++) {
        Prepared b = texts.get(j);
        for (long h : b.shingles) {
          pairs.add(h, j);
        }
        for (long id : b.content.ids) {
          content.add(id, j);
        }
      }
    }

    /** What {@link #sum} leaves, per text of the block: shared word pairs and the dot product. */
    static final class Sums {
      final int[] shared = new int[Long.SIZE];
      final double[] dot = new double[Long.SIZE];
      private final int[] at = new int[Long.SIZE]; // where each vector was last found
    }

    /** Sums {@code a}'s shared word pairs and dot product with the texts of {@code mask}. */
    void sum(Prepared a, long mask, Sums sums) {
      int[] shared = sums.shared;
      double[] dot = sums.dot;
      int[] at = sums.at;
      for (long m = mask; m != 0; m &= m - 1) {
        int j = Long.numberOfTrailingZeros(m);
        shared[j] = 0;
        dot[j] = 0;
        at[j] = 0;
      }
      for (long h : a.shingles) {
        for (long holders = pairs.get(h) & mask; holders != 0; holders &= holders - 1) {
          shared[Long.numberOfTrailingZeros(holders)]++;
        }
      }
      long[] ids = a.content.ids;
      for (int k = 0; k < ids.length; k++) {
        for (long holders = content.get(ids[k]) & mask; holders != 0; holders &= holders - 1) {
          int j = Long.numberOfTrailingZeros(holders);
          SparseVector b = texts.get(j).content;
          int p = at[j];
          while (b.ids[p] != ids[k]) {
            p++;
          }
          at[j] = p + 1;
          dot[j] += a.content.weights[k] * b.weights[p];
        }
      }
    }
  }

  /** The number of word pairs of {@code texts}, each text's counted once. */
  private static int pairCount(List<Prepared> texts) {
    int n = 0;
    for (Prepared t : texts) {
      n += t.shingles.length;
    }
    return n;
  }

  /** The number of content words of {@code texts}, each text's counted once. */
  private static int contentCount(List<Prepared> texts) {
    int n = 0;
    for (Prepared t : texts) {
      n += t.content.ids.length;
    }
    return n;
  }

  /**
   * Up to this many pairs, {@link #similarities} merges pair by pair rather than through an index.
   */
  static final int PAIRWISE_MAX_PAIRS = 4;

  /**
   * Postings lists by key in flat arrays: per key its last posting, per posting the one before it.
   * The lists run from the last unit added to the first.
   */
  private static final class Postings {
    /** Per key, its last posting plus one (0: none). */
    private final LongIntMap heads;

    final int[] next;
    final int[] unit;
    final double[] weight;
    private int size;

    /** Postings for {@code capacity} adds, sized once: the adds are counted beforehand. */
    Postings(int capacity) {
      heads = new LongIntMap(capacity);
      next = new int[capacity];
      unit = new int[capacity];
      weight = new double[capacity];
    }

    void add(long key, int unitIndex, double w) {
      next[size] = heads.get(key) - 1;
      unit[size] = unitIndex;
      weight[size] = w;
      heads.put(key, ++size);
    }

    /** The last posting of {@code key}, or -1. */
    int first(long key) {
      return heads.get(key) - 1;
    }
  }
}
