package dev.parley.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import scala.Tuple2;

/**
 * The statements' tf-idf vectors by word id, built by joins: the words' document frequencies by a
 * reduce, their ids by a sort (so that ids ascend as the words do, as in the single-machine index),
 * and each statement's weights {@code (1 + ln tf) ln(N/df)}, scaled to unit length, where its words
 * meet their ids and frequencies. Nothing is collected to the driver nor broadcast.
 */
final class TermVectors {

  private TermVectors() {}

  /** A word of the vocabulary: its id and in how many statements it occurs. */
  record Term(int id, int frequency) implements Serializable {}

  /**
   * A statement's vector: its id, what the result rows say of it, and its word ids ascending with
   * their weights (unit length).
   */
  record Vector(int id, String path, String delegation, int year, int[] terms, float[] weights)
      implements Serializable {}

  /** Every word of the input with its id and document frequency, keyed by the word. */
  static JavaPairRDD<String, Term> vocabulary(JavaRDD<SparkCorpus.Document> documents) {
    JavaPairRDD<String, Integer> frequency =
        documents
            .flatMapToPair(
                d -> {
                  List<Tuple2<String, Integer>> out = new ArrayList<>(d.terms.length);
                  for (String t : d.terms) {
                    out.add(new Tuple2<>(t, 1));
                  }
                  return out.iterator();
                })
            .reduceByKey(Integer::sum);
    return frequency
        .sortByKey()
        .zipWithIndex()
        .mapToPair(x -> new Tuple2<>(x._1()._1(), new Term(Math.toIntExact(x._2()), x._1()._2())));
  }

  /** One word of one statement on its way to its id: which statement, where, how often. */
  private record Occurrence(int document, int index, float count) implements Serializable {}

  /** A word of a statement once its id is known. */
  private record Weighed(int index, int term, int frequency, float count) implements Serializable {}

  /**
   * Every statement's vector, keyed by its id, weighed over the {@code n} statements with the
   * frequencies of {@code vocabulary}.
   */
  static JavaPairRDD<Integer, Vector> vectors(
      JavaRDD<SparkCorpus.Document> documents, JavaPairRDD<String, Term> vocabulary, long n) {
    JavaPairRDD<Integer, Iterable<Weighed>> words =
        documents
            .flatMapToPair(
                d -> {
                  List<Tuple2<String, Occurrence>> out = new ArrayList<>(d.terms.length);
                  for (int i = 0; i < d.terms.length; i++) {
                    out.add(
                        new Tuple2<>(
                            d.terms[i], new Occurrence(Math.toIntExact(d.id), i, d.counts[i])));
                  }
                  return out.iterator();
                })
            .join(vocabulary)
            .mapToPair(
                x ->
                    new Tuple2<>(
                        x._2()._1().document(),
                        new Weighed(
                            x._2()._1().index(),
                            x._2()._2().id(),
                            x._2()._2().frequency(),
                            x._2()._1().count())))
            .groupByKey();
    JavaPairRDD<Integer, String[]> facts =
        documents.mapToPair(
            d ->
                new Tuple2<>(
                    Math.toIntExact(d.id),
                    new String[] {d.path, d.delegation, Integer.toString(d.year)}));
    return facts
        .join(words)
        .mapToPair(
            x -> {
              String[] f = x._2()._1();
              return new Tuple2<>(
                  x._1(), weigh(x._1(), f[0], f[1], Integer.parseInt(f[2]), x._2()._2(), n));
            });
  }

  /** The unit vector of a statement's words, in the order of its (ascending) words. */
  private static Vector weigh(
      int id, String path, String delegation, int year, Iterable<Weighed> words, long n) {
    int size = 0;
    for (Weighed w : words) {
      size = Math.max(size, w.index() + 1);
    }
    int[] terms = new int[size];
    float[] counts = new float[size];
    int[] frequencies = new int[size];
    for (Weighed w : words) {
      terms[w.index()] = w.term();
      counts[w.index()] = w.count();
      frequencies[w.index()] = w.frequency();
    }
    return new Vector(id, path, delegation, year, terms, weights(counts, frequencies, n));
  }

  /**
   * The weights {@code (1 + ln tf) ln(N/df)} of words counted {@code counts} times and found in
   * {@code frequencies} of {@code n} statements, scaled to unit length, computed as the
   * single-machine index computes them (so that the scores agree to the last bit).
   */
  static float[] weights(float[] counts, int[] frequencies, long n) {
    float[] w = new float[counts.length];
    double norm = 0;
    for (int i = 0; i < counts.length; i++) {
      double x = (1 + Math.log(counts[i])) * Math.log((double) n / frequencies[i]);
      w[i] = (float) x;
      norm += x * x;
    }
    double length = Math.sqrt(norm);
    for (int i = 0; i < w.length; i++) {
      w[i] = length == 0 ? 0 : (float) (w[i] / length);
    }
    return w;
  }
}
