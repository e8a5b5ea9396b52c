package dev.parley.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import scala.Tuple2;

/**
 * Each statement's nearest statements by the same tf-idf cosine as {@code parley corpus similar}:
 * weights {@code (1 + ln tf) ln(N/df)} scaled to unit length, document frequencies counted over the
 * whole input; candidates through an inverted index of the words found in at most a fifth of the
 * statements and in at most {@link #MAX_FREQUENCY} of them, the best {@code max(60, 5k)} scored
 * exactly.
 *
 * <p>The index is distributed as search engines distribute theirs, by statements: the statements
 * are cut into shards of consecutive ids, each holding the vectors, postings and words of its
 * statements only ({@link Shard}). Every shard meets every statement searched for (a Cartesian
 * product of the shards, one a partition, with the statements): a task holds one shard and reads
 * the statements one at a time, keeping each one's best candidates in the shard by candidate score;
 * a reduce by statement keeps the best of the best, which are the single machine's candidates (ties
 * aside: by id here, by the order met there). A second pass, the statements now with their
 * candidates, has each shard score exactly the candidates it holds and name its best {@code k} with
 * the words they share; the best {@code k} of those are the nearest. Nothing is broadcast and
 * nothing goes to the driver but counts; an executor holds one shard at a time, bounded by {@link
 * #shardPostings}. The statements are read once per shard, so the cost of moving them grows with
 * the corpus times the number of shards. Cutting the index by words instead would emit a partial
 * score for every two statements that share a word.
 */
final class NearestStatements {

  private NearestStatements() {}

  /** A word in more than this share of the statements is not indexed. */
  static final double COMMON_SHARE = 0.2;

  /**
   * A word in more than this many statements is not indexed either, whatever the corpus's size: a
   * statement's search costs the sum of its indexed words' document frequencies, which would
   * otherwise grow with the corpus. Below 5,000 statements the fifth is the lower limit, and the
   * candidates are the single machine's.
   */
  static final int MAX_FREQUENCY = 1_000;

  /** At least this many candidates are scored exactly. */
  static final int MIN_CANDIDATES = 60;

  /**
   * How many postings a shard holds at most (Spark setting {@code spark.parley.shardPostings}): at
   * 8 million, some 130 MB of an executor's heap.
   */
  static long shardPostings(JavaSparkContext sc) {
    return sc.getConf().getLong("spark.parley.shardPostings", 4_000_000L);
  }

  /**
   * Words in more than this many of {@code n} statements are not indexed: a fifth, at most {@code
   * maxFrequency} (Spark setting {@code spark.parley.maxFrequency}, {@link #MAX_FREQUENCY} unless
   * set).
   */
  static int indexed(long n, long maxFrequency) {
    return (int) Math.min(common(n), maxFrequency);
  }

  /** Shared words are found in at most this many statements (a fifth), as the single machine's. */
  static int common(long n) {
    return (int) Math.max(2, COMMON_SHARE * n);
  }

  /** The corpus cut for search: its vectors, shards, and how statements fall into blocks. */
  record Search(
      JavaPairRDD<Integer, TermVectors.Vector> vectors,
      JavaPairRDD<String, TermVectors.Term> vocabulary,
      JavaRDD<Shard> shards,
      int indexed,
      long postings) {

    /** How many words are found in more statements than are indexed. */
    long unindexed() {
      int limit = indexed;
      return vocabulary.filter(w -> w._2().frequency() > limit).count();
    }
  }

  /** Weighs the statements and cuts them into shards, cached for the searches to come. */
  static Search prepare(JavaSparkContext sc, JavaRDD<SparkCorpus.Document> documents, long n) {
    JavaPairRDD<String, TermVectors.Term> vocabulary =
        TermVectors.vocabulary(documents).persist(SparkCorpus.KEPT);
    JavaPairRDD<Integer, TermVectors.Vector> vectors =
        TermVectors.vectors(documents, vocabulary, n).persist(SparkCorpus.KEPT);
    long postings = vectors.map(v -> (long) v._2().terms().length).fold(0L, Long::sum);
    int shards = (int) Math.max(1, Math.min(n, ceil(postings, shardPostings(sc))));
    int perShard = (int) ceil(n, shards);
    int count = (int) ceil(n, perShard);
    HashPartitioner byShard = new HashPartitioner(count);
    JavaPairRDD<Integer, TermVectors.Vector> shardVectors =
        vectors.mapToPair(v -> new Tuple2<>(v._1() / perShard, v._2())).partitionBy(byShard);
    // The words of each shard, with their text and frequency: (word id, shard) pairs meet the
    // vocabulary by a join.
    JavaPairRDD<Integer, Tuple2<String, Integer>> byId =
        vocabulary.mapToPair(
            w -> new Tuple2<>(w._2().id(), new Tuple2<>(w._1(), w._2().frequency())));
    JavaPairRDD<Integer, Tuple2<Integer, Tuple2<String, Integer>>> dictionary =
        vectors
            .flatMapToPair(
                v -> {
                  List<Tuple2<Integer, Integer>> out = new ArrayList<>(v._2().terms().length);
                  for (int t : v._2().terms()) {
                    out.add(new Tuple2<>(t, v._1() / perShard));
                  }
                  return out.iterator();
                })
            .distinct()
            .join(byId)
            .mapToPair(x -> new Tuple2<>(x._2()._1(), new Tuple2<>(x._1(), x._2()._2())))
            .partitionBy(byShard);
    int indexed = indexed(n, sc.getConf().getLong("spark.parley.maxFrequency", MAX_FREQUENCY));
    int common = common(n);
    long total = n;
    JavaRDD<Shard> built =
        shardVectors
            .zipPartitions(
                dictionary,
                (vs, ws) -> {
                  List<TermVectors.Vector> mine = new ArrayList<>();
                  vs.forEachRemaining(v -> mine.add(v._2()));
                  List<Tuple2<Integer, Tuple2<String, Integer>>> words = new ArrayList<>();
                  ws.forEachRemaining(w -> words.add(w._2()));
                  if (mine.isEmpty()) {
                    return List.<Shard>of().iterator();
                  }
                  int first = mine.stream().mapToInt(TermVectors.Vector::id).min().orElseThrow();
                  int shard = first / perShard;
                  int size = (int) Math.min(perShard, total - (long) shard * perShard);
                  return List.of(new Shard(shard * perShard, size, mine, words, indexed, common))
                      .iterator();
                })
            .persist(SparkCorpus.KEPT);
    return new Search(vectors, vocabulary, built, indexed, postings);
  }

  private static long ceil(long a, long b) {
    return (a + b - 1) / b;
  }

  /**
   * The nearest {@code k} statements of each statement of {@code queries} (keyed by id: a statement
   * of the corpus is left out of its own list), each beside its vector, as result rows' neighbours,
   * nearest first; a statement with no neighbour has an empty list. {@code queryPostings}: how many
   * words they have in all.
   */
  static JavaPairRDD<Integer, Tuple2<TermVectors.Vector, List<Shard.Described>>> nearest(
      JavaSparkContext sc,
      Search search,
      JavaPairRDD<Integer, TermVectors.Vector> queries,
      long queryPostings,
      int k) {
    // Every shard meets every statement searched for: a task holds one shard and reads a part of
    // the statements one by one, so the statements are read once a shard, a shard once a part.
    int shards = search.shards().getNumPartitions();
    // Enough tasks for every core, and parts of at most four shards' size.
    int blocks =
        (int)
            Math.max(
                1,
                Math.min(
                    queries.count(),
                    Math.max(
                        ceil(4L * sc.defaultParallelism(), shards),
                        ceil(queryPostings, 4 * shardPostings(sc)))));
    HashPartitioner byBlock = new HashPartitioner(blocks);
    // Each task reads its part one statement at a time, never whole in memory.
    JavaPairRDD<Integer, TermVectors.Vector> grouped =
        queries.partitionBy(byBlock).persist(SparkCorpus.KEPT);
    int limit = Math.max(MIN_CANDIDATES, 5 * k);
    // First pass: each shard's best candidates by candidate score, the best of the best kept.
    JavaPairRDD<Integer, int[]> found =
        search
            .shards()
            .cartesian(grouped.values())
            .mapToPair(p -> new Tuple2<>(p._2().id(), p._1().search(p._2(), limit)))
            .reduceByKey(byBlock, (a, b) -> a.merge(b, limit))
            .mapValues(Shard.Candidates::documents);
    // Second pass: the statements, each with its candidates, meet the shards again, which score
    // the candidates they hold exactly and name their best.
    // Kept: joined once, not once a shard.
    JavaRDD<Tuple2<TermVectors.Vector, int[]>> withCandidates =
        grouped.join(found).values().persist(SparkCorpus.KEPT);
    JavaPairRDD<Integer, Shard.Described> described =
        search
            .shards()
            .cartesian(withCandidates)
            .flatMapToPair(
                p -> {
                  TermVectors.Vector q = p._2()._1();
                  List<Tuple2<Integer, Shard.Described>> out = new ArrayList<>();
                  for (Shard.Described d : p._1().nearest(q, p._2()._2(), k)) {
                    out.add(new Tuple2<>(q.id(), d));
                  }
                  return out.iterator();
                });
    return grouped
        .cogroup(described)
        .mapValues(
            x -> {
              List<Shard.Described> list = new ArrayList<>();
              x._2().forEach(list::add);
              list.sort(Shard.Described.ORDER);
              return new Tuple2<>(
                  x._1().iterator().next(), List.copyOf(list.subList(0, Math.min(k, list.size()))));
            });
  }
}
