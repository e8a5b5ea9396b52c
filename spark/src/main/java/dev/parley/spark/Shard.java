package dev.parley.spark;

import dev.parley.corpus.SharedWords;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import scala.Tuple2;

/**
 * A slice of the statements (a range of ids) with the inverted index of their words: what one task
 * searches. Every statement's nearest neighbours are the best of the shards' best, so a shard needs
 * only its own statements' postings, vectors and words, and no shard knows the whole corpus.
 *
 * <p>{@link #search} is the single-machine search restricted to the shard's statements: the
 * candidate score sums, word by word in id order, the products of the weights of the indexed words
 * (those found in at most {@code indexed} statements), and the best by that score (ties by id) are
 * the shard's candidates. Once the best of all shards' candidates are known, {@link #nearest}
 * scores those the shard holds exactly, by the cosine of the whole vectors summed as the single
 * machine sums it, and names the best.
 */
final class Shard implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A shard's best candidates for one statement: ids and candidate scores, best first. */
  record Candidates(int[] documents, float[] scores) implements Serializable {

    /** The best {@code limit} of both lists, by candidate score (ties by id). */
    Candidates merge(Candidates other, int limit) {
      int size = Math.min(limit, documents.length + other.documents.length);
      int[] d = new int[size];
      float[] s = new float[size];
      int i = 0;
      int j = 0;
      for (int k = 0; k < size; k++) {
        boolean left =
            j == other.documents.length
                || i < documents.length
                    && (scores[i] > other.scores[j]
                        || scores[i] == other.scores[j] && documents[i] < other.documents[j]);
        if (left) {
          d[k] = documents[i];
          s[k] = scores[i++];
        } else {
          d[k] = other.documents[j];
          s[k] = other.scores[j++];
        }
      }
      return new Candidates(d, s);
    }
  }

  /** One neighbour as its row names it: id, file, delegation, year, cosine, shared words. */
  record Described(
      int document,
      String path,
      String delegation,
      int year,
      double similarity,
      List<String> shared)
      implements Serializable {

    /** Nearest first, ties by id. */
    static final java.util.Comparator<Described> ORDER =
        (a, b) ->
            a.similarity != b.similarity
                ? Double.compare(b.similarity, a.similarity)
                : Integer.compare(a.document, b.document);
  }

  /** The first id of the shard; its statements are {@code first .. first + size - 1}. */
  final int first;

  final int size;

  /** What the rows say of each statement. */
  final String[] paths;

  final String[] delegations;
  final int[] years;

  /**
   * The statements' vectors, one after the other: statement i's are {@code start[i]..start[i+1]}.
   */
  final int[] start;

  final int[] terms;
  final float[] weights;

  /** The shard's words, ascending by id, with their text and document frequency in the corpus. */
  final int[] wordIds;

  final String[] words;
  final int[] frequencies;

  /**
   * How telling each word is of a shared matter ({@link SharedWords#background}), 0 for a word in
   * more than {@code common} statements.
   */
  final double[] tellings;

  /** Where each of {@link #terms} stands among {@link #wordIds}. */
  final int[] slots;

  /** The postings of indexed words: ids ascending; word k's are {@code postingStart[k..k+1]}. */
  final int[] postingTerms;

  final int[] postingStart;
  final int[] postingDocuments;
  final float[] postingWeights;

  /** Words in more than this many statements are not indexed, nor shared words. */
  final int indexed;

  final int common;

  /**
   * The shard of the statements {@code vectors} (ids {@code first..first+size-1}, any order), whose
   * words {@code dictionary} describes (id, word, document frequency).
   */
  Shard(
      int first,
      int size,
      Iterable<TermVectors.Vector> vectors,
      Iterable<Tuple2<Integer, Tuple2<String, Integer>>> dictionary,
      int indexed,
      int common) {
    this.first = first;
    this.size = size;
    this.indexed = indexed;
    this.common = common;
    TermVectors.Vector[] byId = new TermVectors.Vector[size];
    for (TermVectors.Vector v : vectors) {
      byId[v.id() - first] = v;
    }
    paths = new String[size];
    delegations = new String[size];
    years = new int[size];
    start = new int[size + 1];
    for (int i = 0; i < size; i++) {
      if (byId[i] == null) {
        throw new IllegalStateException("statement " + (first + i) + " has no vector");
      }
      start[i + 1] = start[i] + byId[i].terms().length;
    }
    terms = new int[start[size]];
    weights = new float[start[size]];
    for (int i = 0; i < size; i++) {
      TermVectors.Vector v = byId[i];
      paths[i] = v.path();
      delegations[i] = v.delegation();
      years[i] = v.year();
      System.arraycopy(v.terms(), 0, terms, start[i], v.terms().length);
      System.arraycopy(v.weights(), 0, weights, start[i], v.weights().length);
    }
    TreeMap<Integer, Tuple2<String, Integer>> sorted = new TreeMap<>();
    for (Tuple2<Integer, Tuple2<String, Integer>> w : dictionary) {
      sorted.put(w._1(), w._2());
    }
    wordIds = new int[sorted.size()];
    words = new String[sorted.size()];
    frequencies = new int[sorted.size()];
    int k = 0;
    int postings = 0;
    int indexedWords = 0;
    for (Map.Entry<Integer, Tuple2<String, Integer>> e : sorted.entrySet()) {
      wordIds[k] = e.getKey();
      words[k] = e.getValue()._1();
      frequencies[k] = e.getValue()._2();
      if (frequencies[k] <= indexed) {
        indexedWords++;
      }
      k++;
    }
    tellings = new double[wordIds.length];
    for (int i = 0; i < wordIds.length; i++) {
      tellings[i] = frequencies[i] <= common ? SharedWords.background(words[i]) : 0;
    }
    slots = new int[terms.length];
    for (int p = 0; p < terms.length; p++) {
      slots[p] = Arrays.binarySearch(wordIds, terms[p]);
    }
    int[] length = new int[indexedWords];
    postingTerms = new int[indexedWords];
    for (int i = 0, j = 0; i < wordIds.length; i++) {
      if (frequencies[i] <= indexed) {
        postingTerms[j++] = wordIds[i];
      }
    }
    for (int p = 0; p < terms.length; p++) {
      int at = Arrays.binarySearch(postingTerms, terms[p]);
      if (at >= 0) {
        length[at]++;
        postings++;
      }
    }
    postingStart = new int[indexedWords + 1];
    for (int i = 0; i < indexedWords; i++) {
      postingStart[i + 1] = postingStart[i] + length[i];
    }
    postingDocuments = new int[postings];
    postingWeights = new float[postings];
    int[] filled = new int[indexedWords];
    // Statements ascending, so each word's postings are in id order, as in the single machine.
    for (int i = 0; i < size; i++) {
      for (int p = start[i]; p < start[i + 1]; p++) {
        int at = Arrays.binarySearch(postingTerms, terms[p]);
        if (at >= 0) {
          int slot = postingStart[at] + filled[at]++;
          postingDocuments[slot] = i;
          postingWeights[slot] = weights[p];
        }
      }
    }
  }

  /**
   * This shard's best {@code limit} candidates for the statement {@code q} by candidate score, the
   * statement itself left out.
   */
  Candidates search(TermVectors.Vector q, int limit) {
    Scratch x = scratch();
    float[] score = x.score;
    int[] touched = x.touched;
    int count = 0;
    int[] t = q.terms();
    float[] w = q.weights();
    for (int i = 0; i < t.length; i++) {
      if (w[i] == 0) {
        continue;
      }
      int at = Arrays.binarySearch(postingTerms, t[i]);
      if (at < 0) {
        continue;
      }
      for (int p = postingStart[at]; p < postingStart[at + 1]; p++) {
        int d = postingDocuments[p];
        if (d + first == q.id()) {
          continue;
        }
        if (score[d] == 0) {
          touched[count++] = d;
        }
        score[d] += w[i] * postingWeights[p];
      }
    }
    int[] best = top(touched, count, score, limit);
    int[] d = new int[best.length];
    float[] s = new float[best.length];
    for (int i = 0; i < best.length; i++) {
      d[i] = best[i] + first;
      s[i] = score[best[i]];
    }
    for (int i = 0; i < count; i++) {
      score[touched[i]] = 0;
    }
    return new Candidates(d, s);
  }

  /** What a search needs for itself, made once a thread, not serialised. */
  private static final class Scratch {
    final float[] score;
    final int[] touched;
    final float[] dense;

    Scratch(int size, int words) {
      score = new float[size];
      touched = new int[size];
      dense = new float[words];
    }
  }

  private transient ThreadLocal<Scratch> scratch;

  private synchronized Scratch scratch() {
    if (scratch == null) {
      int words = wordIds.length == 0 ? 0 : wordIds[wordIds.length - 1] + 1;
      scratch = ThreadLocal.withInitial(() -> new Scratch(size, words));
    }
    return scratch.get();
  }

  /**
   * The {@code limit} best scored of {@code docs[0..count)}, best first; of equal scores the
   * smaller id.
   */
  private static int[] top(int[] docs, int count, float[] scores, int limit) {
    // Keys order by score (positive, so by its bits), then by the reverse of the id.
    long[] keys = new long[count];
    for (int i = 0; i < count; i++) {
      keys[i] = ((long) Float.floatToIntBits(scores[docs[i]]) << 32) | (0xFFFFFFFFL - docs[i]);
    }
    Arrays.sort(keys);
    int[] out = new int[Math.min(limit, count)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (int) (0xFFFFFFFFL - (keys[count - 1 - i] & 0xFFFFFFFFL));
    }
    return out;
  }

  /**
   * The cosine of a unit vector spread by word id ({@code dense}) with the shard's statement {@code
   * local}: the products summed in word order, as a merge of the two would sum them.
   */
  private double cosine(float[] dense, int local) {
    double dot = 0;
    for (int j = start[local]; j < start[local + 1]; j++) {
      dot += (double) dense[terms[j]] * weights[j];
    }
    return Math.min(1.0, dot);
  }

  /**
   * Of the candidates of statement {@code q} (the whole index's best by candidate score), those in
   * this shard scored exactly by the cosine of the whole vectors, and the best {@code k} of them
   * named as rows name them: the {@code k} nearest of all candidates are among the shards' best
   * {@code k}.
   */
  List<Described> nearest(TermVectors.Vector q, int[] candidates, int k) {
    Scratch x = scratch();
    // The statement's weights spread by word id, so that a cosine is one pass over the other's.
    float[] dense = x.dense;
    int[] t = q.terms();
    float[] w = q.weights();
    for (int i = 0; i < t.length && t[i] < dense.length; i++) {
      dense[t[i]] = w[i];
    }
    List<Described> scored = new ArrayList<>();
    for (int c : candidates) {
      int local = c - first;
      if (local >= 0 && local < size) {
        scored.add(new Described(c, "", "", 0, cosine(dense, local), List.of()));
      }
    }
    for (int i = 0; i < t.length && t[i] < dense.length; i++) {
      dense[t[i]] = 0;
    }
    scored.sort(Described.ORDER);
    List<Described> out = new ArrayList<>(Math.min(k, scored.size()));
    for (Described d : scored.subList(0, Math.min(k, scored.size()))) {
      int local = d.document() - first;
      out.add(
          new Described(
              d.document(),
              paths[local],
              delegations[local],
              years[local],
              d.similarity(),
              shared(t, w, local)));
    }
    return out;
  }

  /**
   * The words a vector and the shard's statement {@code local} share, none in more than {@code
   * common} statements, that name a matter, as the single-machine index names them ({@link
   * SharedWords}).
   */
  private List<String> shared(int[] t, float[] w, int local) {
    List<String> names = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    int i = 0;
    int j = start[local];
    int end = start[local + 1];
    while (i < t.length && j < end) {
      if (t[i] == terms[j]) {
        double telling = tellings[slots[j]];
        if (telling > 0) {
          names.add(words[slots[j]]);
          scores.add((double) w[i] * weights[j] * telling);
        }
        i++;
        j++;
      } else if (t[i] < terms[j]) {
        i++;
      } else {
        j++;
      }
    }
    return SharedWords.best(names, scores);
  }
}
