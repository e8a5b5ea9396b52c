package dev.parley.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.corpus.Passages;
import dev.parley.corpus.StatementFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import scala.Tuple2;

/**
 * The passages that statements of different delegations or years share, as {@code parley corpus
 * reuse} finds them: every statement's word 7-grams winnowed into fingerprints in the executors,
 * equal fingerprints brought together by a shuffle (those in more than 40 statements seed nothing),
 * seeds grouped by statement pair and grown into whole passages by the library's own passage code,
 * then placed in their statements' text.
 *
 * <p>Words get the ids the single-machine index gives them (in order of first occurrence, the
 * statements in path order), so that both choose the same fingerprints; the ids are numbered by a
 * sort and given to the words by a join. Nothing that grows with the corpus is broadcast: each
 * statement pair's seeds meet the two statements' word ids by joins, and the texts are joined only
 * to the passages found.
 */
final class ReusedPassages {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReusedPassages() {}

  /**
   * The JSON rows of every reused passage of at least {@code minWords} words, ordered by the left
   * statement, the right one and the position.
   */
  static JavaRDD<String> find(
      JavaSparkContext sc, JavaRDD<SparkCorpus.Document> documents, int minWords) {
    int window = minWords - Passages.SHINGLE + 1;
    // Word ids in order of first occurrence: (statement id, position) of each word's first use,
    // sorted and numbered by Spark, then given to each statement's words by a join on the word.
    JavaPairRDD<String, Integer> ids =
        documents
            .flatMapToPair(
                d -> {
                  Map<String, Long> first = new HashMap<>();
                  for (int k = 0; k < d.words.length; k++) {
                    first.putIfAbsent(d.words[k], (d.id << 32) | k);
                  }
                  List<Tuple2<String, Long>> out = new ArrayList<>(first.size());
                  first.forEach((w, at) -> out.add(new Tuple2<>(w, at)));
                  return out.iterator();
                })
            .reduceByKey(Math::min)
            .mapToPair(t -> new Tuple2<>(t._2(), t._1()))
            .sortByKey()
            .values()
            .zipWithIndex()
            .mapToPair(t -> new Tuple2<>(t._1(), t._2().intValue()));
    JavaPairRDD<Long, int[]> words =
        documents
            .flatMapToPair(
                d -> {
                  List<Tuple2<String, long[]>> out = new ArrayList<>(d.words.length);
                  for (int k = 0; k < d.words.length; k++) {
                    out.add(new Tuple2<>(d.words[k], new long[] {d.id, k, d.words.length}));
                  }
                  return out.iterator();
                })
            .join(ids)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._1()[0], new long[] {t._2()._1()[1], t._2()._1()[2], t._2()._2()}))
            .groupByKey()
            .mapToPair(
                t -> {
                  int[] w = null;
                  for (long[] x : t._2()) {
                    if (w == null) {
                      w = new int[(int) x[1]];
                    }
                    w[(int) x[0]] = (int) x[2];
                  }
                  return new Tuple2<>(t._1(), w);
                })
            .cache();
    // Who said each statement, as far as reuse needs it: passages are sought only between
    // statements of different delegations or years.
    JavaPairRDD<Long, String> who =
        documents.mapToPair(d -> new Tuple2<>(d.id, who(d.id, d.delegation, d.year)));

    // Fingerprints: (hash, statement, position, who); equal hashes meet in one group.
    JavaPairRDD<Long, Place> fingerprints =
        words
            .join(who)
            .flatMapToPair(
                t -> {
                  int[] w = t._2()._1();
                  long[] h = Passages.shingles(w);
                  int[] chosen = Passages.winnow(h, window);
                  List<Tuple2<Long, Place>> out = new ArrayList<>(chosen.length);
                  for (int p : chosen) {
                    out.add(new Tuple2<>(h[p], new Place(t._1(), p, t._2()._2())));
                  }
                  return out.iterator();
                });
    JavaPairRDD<Tuple2<Long, Long>, int[]> seeds =
        fingerprints
            .groupByKey()
            .flatMapToPair(
                g -> {
                  List<Place> at = new ArrayList<>();
                  g._2().forEach(at::add);
                  List<Tuple2<Tuple2<Long, Long>, int[]>> out = new ArrayList<>();
                  if (at.size() < 2
                      || at.stream().mapToLong(x -> x.document).distinct().count()
                          > Passages.MAX_SHINGLE_DOCUMENTS) {
                    return out.iterator();
                  }
                  for (int a = 0; a < at.size(); a++) {
                    for (int b = a + 1; b < at.size(); b++) {
                      Place x = at.get(a);
                      Place y = at.get(b);
                      if (x.document == y.document || x.who.equals(y.who)) {
                        continue;
                      }
                      Place l = x.document < y.document ? x : y;
                      Place r = x.document < y.document ? y : x;
                      out.add(
                          new Tuple2<>(
                              new Tuple2<>(l.document, r.document),
                              new int[] {l.position, r.position}));
                    }
                  }
                  return out.iterator();
                });
    // Each pair's seeds grown into runs and merged into passages: (left, right, run). The seeds of
    // a pair meet the left statement's words, then the right one's, by joins: no statement's words
    // travel but to the pairs it is in.
    JavaRDD<long[]> passages =
        seeds
            .groupByKey()
            .mapToPair(t -> new Tuple2<>(t._1()._1(), new Tuple2<>(t._1()._2(), t._2())))
            .join(words)
            .mapToPair(
                t ->
                    new Tuple2<>(
                        t._2()._1()._1(),
                        new Tuple2<>(new Tuple2<>(t._1(), t._2()._2()), t._2()._1()._2())))
            .join(words)
            .flatMap(
                t -> {
                  int db = t._1().intValue();
                  int da = t._2()._1()._1()._1().intValue();
                  int[] a = t._2()._1()._1()._2();
                  int[] b = t._2()._2();
                  List<int[]> runs = new ArrayList<>();
                  for (int[] seed : t._2()._1()._2()) {
                    int[] run = Passages.extend(a, seed[0], b, seed[1]);
                    if (run != null) {
                      runs.add(run);
                    }
                  }
                  List<long[]> out = new ArrayList<>();
                  for (int[] run : Passages.merge(runs)) {
                    if (run[1] - run[0] >= minWords) {
                      out.add(new long[] {da, db, run[0], run[1], run[2], run[3]});
                    }
                  }
                  return out.iterator();
                });
    // Placed in their statements' texts: joined with the left statement, then the right one;
    // only the statements that hold a passage take part in the joins.
    JavaRDD<long[]> found = passages.cache();
    Broadcast<java.util.Set<Long>> involved =
        sc.broadcast(
            new java.util.HashSet<>(
                found.flatMap(p -> List.of(p[0], p[1]).iterator()).distinct().collect()));
    JavaPairRDD<Long, SparkCorpus.Document> byId =
        documents
            .filter(d -> involved.value().contains(d.id))
            .mapToPair(d -> new Tuple2<>(d.id, d));
    return found
        .mapToPair(p -> new Tuple2<>(p[0], p))
        .join(byId)
        .mapToPair(
            t -> {
              long[] p = t._2()._1();
              return new Tuple2<>(
                  p[1], new Tuple2<>(p, location(t._2()._2(), (int) p[2], (int) p[3])));
            })
        .join(byId)
        .mapToPair(
            t -> {
              long[] p = t._2()._1()._1();
              ObjectNode row = JSON.createObjectNode();
              row.put("words", (int) (p[3] - p[2]));
              row.set("left", t._2()._1()._2());
              row.set("right", location(t._2()._2(), (int) p[4], (int) p[5]));
              // Ordered by left statement, right statement, then position.
              return new Tuple2<>(new long[] {p[0], p[1], p[2]}, row.toString());
            })
        .sortByKey(new PassageOrder())
        .values();
  }

  /** Where a fingerprint stands: its statement, its position, and who said the statement. */
  static final class Place implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    final long document;
    final int position;
    final String who;

    Place(long document, int position, String who) {
      this.document = document;
      this.position = position;
      this.who = who;
    }
  }

  /**
   * A key equal for two statements exactly when {@link StatementFacts#differ} says they do not
   * differ: the same known delegation in the same known year; a statement of unknown delegation or
   * year gets a key of its own.
   */
  static String who(long id, String delegation, int year) {
    return delegation.isEmpty() || year == 0 ? "#" + id : delegation + "|" + year;
  }

  /** Orders passages by left statement, right statement, left position. */
  static final class PassageOrder implements java.util.Comparator<long[]>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(long[] x, long[] y) {
      return Arrays.compare(x, y);
    }
  }

  /** Where words {@code [from, to)} stand, as {@code parley corpus reuse} prints it. */
  static ObjectNode location(SparkCorpus.Document d, int from, int to) {
    ObjectNode o = JSON.createObjectNode();
    ParleySpark.describe(o, d.path, d.delegation, d.year);
    o.put("firstParagraph", d.wordParagraph[from]);
    o.put("lastParagraph", d.wordParagraph[to - 1]);
    o.put("firstWord", from);
    o.put("endWord", to);
    o.put(
        "text",
        Passages.text(
            Arrays.asList(d.paragraphs), d.wordParagraph, d.wordStart, d.wordEnd, from, to));
    return o;
  }
}
