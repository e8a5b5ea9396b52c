package dev.parley.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.Parley;
import dev.parley.UnusableInputException;
import dev.parley.internal.Passages;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.Token;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Parley's corpus search on Apache Spark.
 *
 * <pre>
 * parley-spark [--master URL] similar INPUT OUTPUT [--top K] [--to FILE] [--format jsonl|parquet]
 * parley-spark [--master URL] reuse INPUT OUTPUT [--min-words N] [--format jsonl|parquet]
 * </pre>
 *
 * <p>INPUT is any path Spark reads holding {@code *.txt} statements, searched recursively; OUTPUT a
 * folder that does not exist yet, which receives JSON-lines part files whose rows are the objects
 * {@code parley corpus similar} prints (or Parquet with the same fields). Files that cannot be used
 * are listed on standard error and counted, never fatal. Exit status: 0 success, 1 an input or the
 * output could not be used, 2 wrong usage.
 */
public final class ParleySpark {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String USAGE =
      "usage: parley-spark [--master URL] similar INPUT OUTPUT [--top K] [--to FILE]"
          + " [--format jsonl|parquet]\n"
          + "       parley-spark [--master URL] reuse INPUT OUTPUT [--min-words N]"
          + " [--format jsonl|parquet]";

  private ParleySpark() {}

  /** Wrong usage: a message and exit status 2. */
  static final class Usage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Usage(String message) {
      super(message);
    }
  }

  /** Runs a command and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs a command; returns the exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      return execute(args, out, err);
    } catch (Usage e) {
      err.println("parley-spark: " + e.getMessage());
      err.println(USAGE);
      return 2;
    } catch (UnusableInputException e) {
      err.println("parley-spark: " + oneLine(e.getMessage()));
      return 1;
    } catch (java.io.IOException e) {
      err.println("parley-spark: " + oneLine(String.valueOf(e.getMessage())));
      return 1;
    } catch (Exception e) {
      err.println("parley-spark: failed: " + oneLine(String.valueOf(e)));
      return 1;
    }
  }

  private static String oneLine(String message) {
    return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }

  private static int execute(String[] args, PrintStream out, PrintStream err) throws Exception {
    String master = null;
    String command = null;
    List<String> positional = new ArrayList<>();
    int top = 10;
    int minWords = 25;
    String to = null;
    String format = "jsonl";
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--master" -> master = value(args, ++i, a);
        case "--top" -> {
          try {
            top = Integer.parseInt(value(args, ++i, a));
          } catch (NumberFormatException e) {
            throw new Usage("--top takes a whole number: " + args[i]);
          }
          if (top <= 0) {
            throw new Usage("--top must be positive: " + top);
          }
        }
        case "--to" -> to = value(args, ++i, a);
        case "--min-words" -> {
          try {
            minWords = Integer.parseInt(value(args, ++i, a));
          } catch (NumberFormatException e) {
            throw new Usage("--min-words takes a whole number: " + args[i]);
          }
          if (minWords < Passages.SHINGLE) {
            throw new Usage("--min-words must be at least " + Passages.SHINGLE + ": " + minWords);
          }
        }
        case "--format" -> {
          format = value(args, ++i, a).toLowerCase(Locale.ROOT);
          if (!format.equals("jsonl") && !format.equals("parquet")) {
            throw new Usage("unknown format '" + format + "' (expected jsonl or parquet)");
          }
        }
        case "-h", "--help" -> {
          out.println(USAGE);
          return 0;
        }
        default -> {
          if (a.startsWith("-")) {
            throw new Usage("unknown option " + a);
          }
          if (command == null) {
            command = a;
          } else {
            positional.add(a);
          }
        }
      }
    }
    if (command == null) {
      throw new Usage("a command is required");
    }
    if (!command.equals("similar") && !command.equals("reuse")) {
      throw new Usage("unknown command '" + command + "' (expected similar or reuse)");
    }
    if (positional.size() != 2) {
      throw new Usage(command + " takes INPUT and OUTPUT");
    }
    SparkConf conf = new SparkConf().setAppName("parley " + command);
    if (master != null) {
      conf.setMaster(master);
    } else if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]");
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      String output = positional.get(1);
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(output);
      FileSystem fs = target.getFileSystem(sc.hadoopConfiguration());
      if (fs.exists(target)) {
        throw new UnusableInputException(output, "already exists; give a new folder");
      }
      SparkCorpus.Read read = SparkCorpus.read(sc, positional.get(0));
      for (String s : read.skipped()) {
        err.println("parley-spark: skipped " + s);
      }
      JavaRDD<SparkCorpus.Document> documents = read.documents().cache();
      long count = documents.count();
      if (count == 0) {
        throw new UnusableInputException(positional.get(0), "no statement could be read");
      }
      if (command.equals("similar")) {
        similar(spark, sc, documents, output, top, to, format);
      } else {
        JavaRDD<String> rows = ReusedPassages.find(sc, documents, minWords).cache();
        write(spark, rows, output, format);
        err.printf(Locale.ROOT, "parley-spark: %d reused passages%n", rows.count());
      }
      err.printf(
          Locale.ROOT,
          "parley-spark: %d statements, %d skipped; wrote %s%n",
          count,
          read.skipped().size(),
          output);
      return 0;
    } finally {
      spark.stop();
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new Usage(option + " needs a value");
    }
    return args[i];
  }

  /** Writes JSON rows as JSON-lines part files, or as Parquet with the same fields. */
  static void write(SparkSession spark, JavaRDD<String> rows, String output, String format) {
    if (format.equals("parquet")) {
      spark.read().json(spark.createDataset(rows.rdd(), Encoders.STRING())).write().parquet(output);
    } else {
      rows.saveAsTextFile(output);
    }
  }

  /** Writes every statement's (or the given one's) nearest statements; returns the count read. */
  static long similar(
      SparkSession spark,
      JavaSparkContext sc,
      JavaRDD<SparkCorpus.Document> documents,
      String output,
      int top,
      String to,
      String format) {
    JavaRDD<SparkCorpus.Document> cached = documents.cache();
    long n = cached.count();
    if (n == 0) {
      throw new UnusableInputException(output, "no statement could be read");
    }
    Broadcast<NearestStatements.Index> index = NearestStatements.index(sc, cached);
    // What the result rows name: each statement's file, delegation and year, by id.
    List<Tuple2<Long, String[]>> described =
        cached
            .map(
                d ->
                    new Tuple2<>(
                        d.id, new String[] {d.path, d.delegation, Integer.toString(d.year)}))
            .collect();
    String[][] names = new String[(int) n][];
    described.forEach(t -> names[t._1().intValue()] = t._2());
    Broadcast<String[][]> facts = sc.broadcast(names);
    JavaPairRDD<Long, Row> rows;
    if (to != null) {
      Statement given = Parley.defaults().normalize(Path.of(to));
      SparkCorpus.Document d = asDocument(given, to);
      NearestStatements.weigh(d, index.value().documentFrequency, n);
      List<NearestStatements.Neighbour> near = index.value().nearest(d.terms, d.counts, -1, top);
      rows = sc.parallelizePairs(List.of(new Tuple2<>(0L, row(to, null, near, facts.value()))));
    } else {
      int k = top;
      rows =
          cached
              .mapToPair(
                  d ->
                      new Tuple2<>(
                          d.id,
                          row(
                              d.path,
                              facts.value()[(int) d.id],
                              index
                                  .value()
                                  .nearest(
                                      d.terms, index.value().weights[(int) d.id], (int) d.id, k),
                              facts.value())))
              .sortByKey();
    }
    if (format.equals("parquet")) {
      Dataset<Row> frame = spark.createDataFrame(rows.values(), schema());
      frame.write().parquet(output);
    } else {
      rows.values().map(ParleySpark::json).saveAsTextFile(output);
    }
    return n;
  }

  private static SparkCorpus.Document asDocument(Statement s, String path) {
    List<String> words = new ArrayList<>();
    for (Paragraph p : s.bodyParagraphs()) {
      for (Token t : p.tokens()) {
        words.add(t.match());
      }
    }
    if (words.isEmpty()) {
      throw new UnusableInputException(path, "no words in its body paragraphs");
    }
    java.util.Map<String, Float> counts = new java.util.TreeMap<>();
    words.forEach(w -> counts.merge(w, 1f, Float::sum));
    String[] terms = counts.keySet().toArray(String[]::new);
    float[] c = new float[terms.length];
    for (int i = 0; i < terms.length; i++) {
      c[i] = counts.get(terms[i]);
    }
    return new SparkCorpus.Document(path, "", 0, terms, c);
  }

  private static StructType schema() {
    StructType neighbour =
        new StructType()
            .add("file", DataTypes.StringType, false)
            .add("delegation", DataTypes.StringType, true)
            .add("year", DataTypes.IntegerType, true)
            .add("similarity", DataTypes.DoubleType, false);
    return new StructType()
        .add("file", DataTypes.StringType, false)
        .add("delegation", DataTypes.StringType, true)
        .add("year", DataTypes.IntegerType, true)
        .add("nearest", DataTypes.createArrayType(neighbour, false), false);
  }

  /** One result row: the statement and its neighbours, as {@code parley corpus similar} has it. */
  private static Row row(
      String file, String[] self, List<NearestStatements.Neighbour> near, String[][] facts) {
    List<Row> neighbours = new ArrayList<>(near.size());
    for (NearestStatements.Neighbour x : near) {
      String[] f = facts[(int) x.document()];
      neighbours.add(
          RowFactory.create(
              f[0],
              emptyToNull(f[1]),
              yearOrNull(f[2]),
              Math.round(x.similarity() * 10_000) / 10_000.0));
    }
    return RowFactory.create(
        file,
        self == null ? null : emptyToNull(self[1]),
        self == null ? null : yearOrNull(self[2]),
        scala.collection.JavaConverters.asScalaBufferConverter(neighbours).asScala().toSeq());
  }

  private static String emptyToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  private static Integer yearOrNull(String year) {
    int y = Integer.parseInt(year);
    return y == 0 ? null : y;
  }

  /** The row as the JSON object {@code parley corpus similar} prints. */
  static String json(Row r) {
    ObjectNode o = JSON.createObjectNode();
    describe(
        o,
        r.getString(0),
        r.isNullAt(1) ? null : r.getString(1),
        r.isNullAt(2) ? null : r.getInt(2));
    ArrayNode list = o.putArray("nearest");
    for (Row n : r.<Row>getList(3)) {
      ObjectNode e = list.addObject();
      describe(
          e,
          n.getString(0),
          n.isNullAt(1) ? null : n.getString(1),
          n.isNullAt(2) ? null : n.getInt(2));
      e.put("similarity", n.getDouble(3));
    }
    return o.toString();
  }

  private static void describe(ObjectNode o, String file, String delegation, Integer year) {
    o.put("file", file);
    if (delegation != null) {
      o.put("delegation", delegation);
    }
    if (year != null) {
      o.put("year", year);
    }
  }
}
