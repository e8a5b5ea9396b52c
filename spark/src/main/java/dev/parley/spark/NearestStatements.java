package dev.parley.spark;

import dev.parley.corpus.SharedWords;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Each statement's nearest statements by the same tf-idf cosine as {@code parley corpus similar}:
 * weights {@code (1 + ln tf) ln(N/df)} scaled to unit length, document frequencies counted over the
 * whole input; candidates through an inverted index of all but the commonest words (those in more
 * than a fifth of the statements), the best {@code max(60, 5k)} of them scored exactly.
 *
 * <p>Spark counts the document frequencies and weighs the vectors in the executors; the inverted
 * index and the vectors are broadcast, and each executor searches for its share of the statements.
 * Every executor therefore holds the index and every statement's vector (8 bytes a posting or a
 * weighted word, and the words' strings): the computation is distributed, the index is not. A
 * corpus whose index outgrows an executor needs the index cut by word ranges, each part searched in
 * turn and the partial scores added up: the next step.
 */
final class NearestStatements {

  private NearestStatements() {}

  /** A word in more than this share of the statements is not indexed. */
  static final double COMMON_SHARE = 0.2;

  /** At least this many candidates are scored exactly. */
  static final int MIN_CANDIDATES = 60;

  /**
   * One statement's neighbour: its id, the cosine, and the words both share that weigh most in it
   * (as {@code dev.parley.corpus.Neighbour#shared}).
   */
  record Neighbour(long document, double similarity, List<String> shared) implements Serializable {
    Neighbour(long document, double similarity) {
      this(document, similarity, List.of());
    }
  }

  /** The broadcast search structure: every statement's unit vector and the inverted index. */
  static final class Index implements Serializable {
    private static final long serialVersionUID = 1L;

    final int documents;
    final String[][] terms;
    final float[][] weights;
    final Map<String, int[]> postingDocuments = new HashMap<>();
    final Map<String, float[]> postingWeights = new HashMap<>();
    final Map<String, Integer> documentFrequency;

    Index(List<SparkCorpus.Document> weighted, Map<String, Integer> documentFrequency) {
      this.documents = weighted.size();
      this.documentFrequency = documentFrequency;
      terms = new String[documents][];
      weights = new float[documents][];
      for (SparkCorpus.Document d : weighted) {
        terms[(int) d.id] = d.terms;
        weights[(int) d.id] = d.counts;
      }
      int limit = (int) Math.max(2, COMMON_SHARE * documents);
      Map<String, Integer> size = new HashMap<>();
      for (String[] t : terms) {
        for (String w : t) {
          if (documentFrequency.get(w) <= limit) {
            size.merge(w, 1, Integer::sum);
          }
        }
      }
      Map<String, Integer> filled = new HashMap<>();
      size.forEach(
          (w, n) -> {
            postingDocuments.put(w, new int[n]);
            postingWeights.put(w, new float[n]);
          });
      for (int d = 0; d < documents; d++) {
        for (int i = 0; i < terms[d].length; i++) {
          String w = terms[d][i];
          int[] docs = postingDocuments.get(w);
          if (docs != null) {
            int at = filled.merge(w, 1, Integer::sum) - 1;
            docs[at] = d;
            postingWeights.get(w)[at] = weights[d][i];
          }
        }
      }
    }

    /**
     * The {@code k} statements nearest the unit vector {@code (t, w)}, leaving out {@code self}.
     */
    List<Neighbour> nearest(String[] t, float[] w, int self, int k) {
      float[] scores = new float[documents];
      int[] touched = new int[documents];
      boolean[] seen = new boolean[documents];
      int count = 0;
      for (int i = 0; i < t.length; i++) {
        int[] docs = postingDocuments.get(t[i]);
        if (docs == null) {
          continue;
        }
        float[] pw = postingWeights.get(t[i]);
        for (int p = 0; p < docs.length; p++) {
          int d = docs[p];
          if (d == self) {
            continue;
          }
          if (!seen[d]) {
            seen[d] = true;
            touched[count++] = d;
          }
          scores[d] += w[i] * pw[p];
        }
      }
      Integer[] order = new Integer[count];
      for (int c = 0; c < count; c++) {
        order[c] = touched[c];
      }
      Arrays.sort(order, (a, b) -> Float.compare(scores[b], scores[a]));
      int limit = Math.min(count, Math.max(MIN_CANDIDATES, 5 * k));
      List<Neighbour> out = new ArrayList<>(limit);
      for (int c = 0; c < limit; c++) {
        int d = order[c];
        out.add(new Neighbour(d, cosine(t, w, terms[d], weights[d])));
      }
      out.sort(
          (a, b) ->
              a.similarity() != b.similarity()
                  ? Double.compare(b.similarity(), a.similarity())
                  : Long.compare(a.document(), b.document()));
      List<Neighbour> best = new ArrayList<>();
      int common = (int) Math.max(2, COMMON_SHARE * documents);
      for (Neighbour x : out.subList(0, Math.min(k, out.size()))) {
        int d = (int) x.document();
        best.add(
            new Neighbour(
                d, x.similarity(), shared(t, w, terms[d], weights[d], documentFrequency, common)));
      }
      return List.copyOf(best);
    }
  }

  /**
   * The words two vectors (words ascending) share, none in more than {@code common} statements,
   * that name a matter, as the single-machine index names them ({@link SharedWords}).
   */
  static List<String> shared(
      String[] ta, float[] wa, String[] tb, float[] wb, Map<String, Integer> df, int common) {
    List<String> words = new ArrayList<>();
    List<Double> products = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < ta.length && j < tb.length) {
      int c = ta[i].compareTo(tb[j]);
      if (c == 0) {
        if (df.getOrDefault(ta[i], Integer.MAX_VALUE) <= common) {
          words.add(ta[i]);
          products.add((double) wa[i] * wb[j]);
        }
        i++;
        j++;
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return SharedWords.pick(words, products);
  }

  /** Turns a document's counts into tf-idf weights of unit length, in place. */
  static SparkCorpus.Document weigh(
      SparkCorpus.Document d, Map<String, Integer> documentFrequency, long documents) {
    double norm = 0;
    for (int i = 0; i < d.terms.length; i++) {
      Integer df = documentFrequency.get(d.terms[i]);
      double w = df == null ? 0 : (1 + Math.log(d.counts[i])) * Math.log((double) documents / df);
      d.counts[i] = (float) w;
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    for (int i = 0; i < d.terms.length; i++) {
      d.counts[i] = length == 0 ? 0 : (float) (d.counts[i] / length);
    }
    return d;
  }

  static double cosine(String[] ta, float[] wa, String[] tb, float[] wb) {
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ta.length && j < tb.length) {
      int c = ta[i].compareTo(tb[j]);
      if (c == 0) {
        dot += (double) wa[i++] * wb[j++];
      } else if (c < 0) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1.0, dot);
  }

  /** The broadcast index of {@code documents}, their words weighed over the whole input. */
  static Broadcast<Index> index(JavaSparkContext sc, JavaRDD<SparkCorpus.Document> documents) {
    long n = documents.count();
    Map<String, Long> counted =
        documents.flatMap(d -> Arrays.asList(d.terms).iterator()).countByValue();
    Map<String, Integer> df = new HashMap<>(counted.size() * 2);
    counted.forEach((w, c) -> df.put(w, c.intValue()));
    Broadcast<Map<String, Integer>> frequencies = sc.broadcast(df);
    // Only the vectors travel to the driver, not the texts.
    List<SparkCorpus.Document> weighted =
        documents.map(d -> weigh(d.vector(), frequencies.value(), n)).collect();
    return sc.broadcast(new Index(weighted, df));
  }
}
