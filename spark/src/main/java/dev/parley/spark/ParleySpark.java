package dev.parley.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.Parley;
import dev.parley.corpus.Passages;
import dev.parley.text.Statement;
import dev.parley.text.UnusableInputException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
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
    shipOwnJar(conf);
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      String output = positional.get(1);
      org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(output);
      FileSystem fs = target.getFileSystem(sc.hadoopConfiguration());
      if (fs.exists(target)) {
        throw new UnusableInputException(output, "already exists; give a new folder");
      }
      SparkCorpus.Read read = SparkCorpus.read(sc, positional.get(0), command.equals("reuse"));
      for (String s : read.skipped()) {
        err.println("parley-spark: skipped " + s);
      }
      JavaRDD<SparkCorpus.Document> documents = read.documents().persist(SparkCorpus.KEPT);
      long count = documents.count();
      read.normalised().unpersist(false);
      if (count == 0) {
        throw new UnusableInputException(positional.get(0), "no statement could be read");
      }
      if (command.equals("similar")) {
        similar(spark, sc, documents, count, positional.get(0), output, top, to, format, err);
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

  /**
   * On a cluster, the executors need this module's classes: run through {@code spark-submit} they
   * come with the application's jar; run directly ({@code ./parley-spark --master spark://…}), this
   * jar is shipped to them unless {@code spark.jars} names it already.
   */
  static void shipOwnJar(SparkConf conf) {
    String master = conf.get("spark.master", "local");
    if (master.startsWith("local") || conf.contains("spark.jars")) {
      return;
    }
    try {
      java.net.URL at = ParleySpark.class.getProtectionDomain().getCodeSource().getLocation();
      String jar = Path.of(at.toURI()).toString();
      if (jar.endsWith(".jar")) {
        conf.setJars(new String[] {jar});
      }
    } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
      // Not from a jar on disk: spark-submit's --jars must bring the classes.
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new Usage(option + " needs a value");
    }
    return args[i];
  }

  /**
   * Writes JSON rows as JSON-lines part files, or as Parquet with the same fields: into a hidden
   * folder beside OUTPUT, renamed to OUTPUT once whole, so that OUTPUT never holds part of a result
   * (a job that fails, or loses its driver, leaves no OUTPUT, and the next run may use the name).
   */
  static void write(SparkSession spark, JavaRDD<String> rows, String output, String format)
      throws java.io.IOException {
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(output);
    FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    org.apache.hadoop.fs.Path parent = target.getParent();
    org.apache.hadoop.fs.Path partial =
        new org.apache.hadoop.fs.Path(
            parent, "." + target.getName() + ".partial-" + java.util.UUID.randomUUID());
    boolean done = false;
    try {
      if (format.equals("parquet")) {
        spark
            .read()
            .json(spark.createDataset(rows.rdd(), Encoders.STRING()))
            .write()
            .parquet(partial.toString());
      } else {
        rows.saveAsTextFile(partial.toString());
      }
      if (!fs.rename(partial, target)) {
        throw new java.io.IOException(output + ": the finished result could not be moved there");
      }
      done = true;
    } finally {
      if (!done) {
        fs.delete(partial, true);
      }
    }
  }

  /**
   * The id of the statement of INPUT that file {@code to} is (its path relative to INPUT, as the
   * rows name it), or -1: for a local INPUT only, as {@code parley corpus similar --to} does.
   */
  static int idOf(String input, String to, JavaRDD<SparkCorpus.Document> documents) {
    if (input.matches("^[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !input.startsWith("file:")) {
      return -1; // hdfs://, s3a://: FILE is read locally and cannot be one of them
    }
    Path folder = Path.of(input.replaceFirst("^file:(//)?", "")).toAbsolutePath().normalize();
    Path file = Path.of(to).toAbsolutePath().normalize();
    if (!file.startsWith(folder)) {
      return -1;
    }
    String name = folder.relativize(file).toString().replace('\\', '/');
    List<Long> ids = documents.filter(d -> d.path.equals(name)).map(d -> d.id).take(1);
    return ids.isEmpty() ? -1 : Math.toIntExact(ids.get(0));
  }

  /**
   * Writes the nearest statements of every one of the {@code n} statements, or of the given one.
   */
  static void similar(
      SparkSession spark,
      JavaSparkContext sc,
      JavaRDD<SparkCorpus.Document> documents,
      long n,
      String input,
      String output,
      int top,
      String to,
      String format,
      PrintStream err)
      throws java.io.IOException {
    NearestStatements.Search search = NearestStatements.prepare(sc, documents, n);
    JavaPairRDD<Integer, TermVectors.Vector> queries;
    if (to != null) {
      Statement given = Parley.defaults().normalize(Path.of(to));
      SparkCorpus.Document d = SparkCorpus.document(to, given, false);
      if (d == null) {
        throw new UnusableInputException(to, "no words in its body paragraphs");
      }
      // The given statement's words the corpus knows, weighed by the corpus's frequencies; a
      // statement of INPUT is not its own neighbour.
      java.util.Set<String> words = java.util.Set.of(d.terms);
      Map<String, TermVectors.Term> known =
          search.vocabulary().filter(w -> words.contains(w._1())).collectAsMap();
      List<Integer> ids = new ArrayList<>();
      List<Float> counts = new ArrayList<>();
      List<Integer> frequencies = new ArrayList<>();
      for (int i = 0; i < d.terms.length; i++) {
        TermVectors.Term t = known.get(d.terms[i]);
        if (t != null) {
          ids.add(t.id());
          counts.add(d.counts[i]);
          frequencies.add(t.frequency());
        }
      }
      float[] c = new float[ids.size()];
      for (int i = 0; i < c.length; i++) {
        c[i] = counts.get(i);
      }
      float[] weights =
          TermVectors.weights(c, frequencies.stream().mapToInt(Integer::intValue).toArray(), n);
      int self = idOf(input, to, documents);
      TermVectors.Vector v =
          new TermVectors.Vector(
              self, to, "", 0, ids.stream().mapToInt(Integer::intValue).toArray(), weights);
      queries = sc.parallelizePairs(List.of(new Tuple2<>(self, v)), 1);
    } else {
      queries = search.vectors();
    }
    JavaRDD<String> rows =
        NearestStatements.nearest(
                sc,
                search,
                queries,
                to == null ? search.postings() : queries.first()._2().terms().length,
                top)
            .sortByKey()
            .values()
            .map(x -> row(x._1(), x._2()));
    write(spark, rows, output, format);
    err.printf(
        Locale.ROOT,
        "parley-spark: candidates by the words found in at most %d statements (%d words more"
            + " common only rescore them)%n",
        search.indexed(),
        search.unindexed());
  }

  /** One result row, the object {@code parley corpus similar} prints for a statement. */
  private static String row(TermVectors.Vector self, List<Shard.Described> near) {
    ObjectNode o = JSON.createObjectNode();
    describe(o, self.path(), self.delegation(), self.year());
    ArrayNode list = o.putArray("nearest");
    for (Shard.Described x : near) {
      ObjectNode e = list.addObject();
      describe(e, x.path(), x.delegation(), x.year());
      e.put("similarity", Math.round(x.similarity() * 10_000) / 10_000.0);
      ArrayNode shared = e.putArray("shared");
      x.shared().forEach(shared::add);
    }
    return o.toString();
  }

  /** A statement's file, and its delegation and year where known, as the corpus rows name it. */
  static void describe(ObjectNode o, String file, String delegation, int year) {
    o.put("file", file);
    if (!delegation.isEmpty()) {
      o.put("delegation", delegation);
    }
    if (year != 0) {
      o.put("year", year);
    }
  }
}
