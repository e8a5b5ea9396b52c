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
 * statements in path order), so that both choose the same fingerprints. The word ids of every
 * statement are broadcast for the growing step (four bytes a word: 64 MB for the UN General Debate
 * corpus); the texts stay distributed and are joined only to the passages found.
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
    // Word ids in order of first occurrence: (statement id, position) of each word's first use.
    Map<String, Long> firstUse =
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
            .collectAsMap();
    String[] ordered = firstUse.keySet().toArray(String[]::new);
    Arrays.sort(ordered, (a, b) -> Long.compare(firstUse.get(a), firstUse.get(b)));
    Map<String, Integer> ids = new HashMap<>(ordered.length * 2);
    for (int i = 0; i < ordered.length; i++) {
      ids.put(ordered[i], i);
    }
    Broadcast<Map<String, Integer>> vocabulary = sc.broadcast(ids);
    JavaPairRDD<Long, int[]> words =
        documents
            .mapToPair(
                d -> {
                  int[] w = new int[d.words.length];
                  for (int k = 0; k < w.length; k++) {
                    w[k] = vocabulary.value().get(d.words[k]);
                  }
                  return new Tuple2<>(d.id, w);
                })
            .cache();
    int n = (int) documents.count();
    int[][] all = new int[n][];
    words.collect().forEach(t -> all[t._1().intValue()] = t._2());
    Broadcast<int[][]> wordIds = sc.broadcast(all);
    String[][] facts = new String[n][];
    documents
        .map(d -> new Tuple2<>(d.id, new String[] {d.delegation, Integer.toString(d.year)}))
        .collect()
        .forEach(t -> facts[t._1().intValue()] = t._2());
    Broadcast<String[][]> described = sc.broadcast(facts);

    // Fingerprints: (hash, statement, position); equal hashes meet in one group.
    JavaPairRDD<Long, long[]> fingerprints =
        words.flatMapToPair(
            t -> {
              long[] h = Passages.shingles(t._2());
              int[] chosen = Passages.winnow(h, window);
              List<Tuple2<Long, long[]>> out = new ArrayList<>(chosen.length);
              for (int p : chosen) {
                out.add(new Tuple2<>(h[p], new long[] {t._1(), p}));
              }
              return out.iterator();
            });
    JavaPairRDD<Tuple2<Long, Long>, int[]> seeds =
        fingerprints
            .groupByKey()
            .flatMapToPair(
                g -> {
                  List<long[]> at = new ArrayList<>();
                  g._2().forEach(at::add);
                  List<Tuple2<Tuple2<Long, Long>, int[]>> out = new ArrayList<>();
                  if (at.size() < 2
                      || at.stream().mapToLong(x -> x[0]).distinct().count()
                          > Passages.MAX_SHINGLE_DOCUMENTS) {
                    return out.iterator();
                  }
                  for (int a = 0; a < at.size(); a++) {
                    for (int b = a + 1; b < at.size(); b++) {
                      long[] x = at.get(a);
                      long[] y = at.get(b);
                      if (x[0] == y[0] || !differ(described.value(), (int) x[0], (int) y[0])) {
                        continue;
                      }
                      long[] l = x[0] < y[0] ? x : y;
                      long[] r = x[0] < y[0] ? y : x;
                      out.add(
                          new Tuple2<>(
                              new Tuple2<>(l[0], r[0]), new int[] {(int) l[1], (int) r[1]}));
                    }
                  }
                  return out.iterator();
                });
    // Each pair's seeds grown into runs and merged into passages: (left, right, run).
    JavaRDD<long[]> passages =
        seeds
            .groupByKey()
            .flatMap(
                pair -> {
                  int da = pair._1()._1().intValue();
                  int db = pair._1()._2().intValue();
                  int[] a = wordIds.value()[da];
                  int[] b = wordIds.value()[db];
                  List<int[]> runs = new ArrayList<>();
                  for (int[] seed : pair._2()) {
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

  /** Orders passages by left statement, right statement, left position. */
  static final class PassageOrder implements java.util.Comparator<long[]>, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compare(long[] x, long[] y) {
      return Arrays.compare(x, y);
    }
  }

  /** Whether two statements are of different delegations or years, as the single machine has it. */
  private static boolean differ(String[][] facts, int a, int b) {
    return StatementFacts.differ(
        facts[a][0], Integer.parseInt(facts[a][1]), facts[b][0], Integer.parseInt(facts[b][1]));
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
