package dev.parley.spark;

import dev.parley.corpus.StatementFacts;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.Token;
import dev.parley.text.UnusableInputException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The statements of a folder as Spark reads them: every {@code *.txt} file under any path Spark
 * reads (a local folder, {@code hdfs://}, {@code s3a://}), searched recursively, decoded and
 * normalised inside the executors by parley-core, as the single-machine corpus index reads them.
 * Files that cannot be used are kept aside with the reason, never fatal.
 */
final class SparkCorpus {

  private SparkCorpus() {}

  /**
   * How the data read more than once is kept: on the executors' disks (and the system's file
   * cache), never as bytes in the heap beside the objects made from them, which a 1 GB executor
   * cannot hold for a shard of the index or a part of a large corpus.
   */
  static final StorageLevel KEPT = StorageLevel.DISK_ONLY();

  /**
   * One statement: its place in path order, its path relative to the input, what the corpus records
   * of it, and its words (match forms) with how often each occurs.
   */
  static final class Document implements Serializable {
    private static final long serialVersionUID = 1L;

    long id;
    final String path;
    final String delegation;
    final int year;

    /** Distinct words, ascending. */
    final String[] terms;

    /** How often each of {@link #terms} occurs. */
    final float[] counts;

    /** The body paragraphs' texts. */
    String[] paragraphs = new String[0];

    /** The words (match forms) in order, and where each stands: paragraph, start, end. */
    String[] words = new String[0];

    int[] wordParagraph = new int[0];
    int[] wordStart = new int[0];
    int[] wordEnd = new int[0];

    Document(String path, String delegation, int year, String[] terms, float[] counts) {
      this.path = path;
      this.delegation = delegation;
      this.year = year;
      this.terms = terms;
      this.counts = counts;
    }
  }

  /**
   * What reading gives: the usable statements, in path order with their ids, and the rest; {@code
   * normalised} holds every file's reading, to be let go once {@code documents} is kept.
   */
  record Read(JavaRDD<Document> documents, List<String> skipped, JavaRDD<?> normalised) {}

  /**
   * Reads every {@code *.txt} file under {@code input}; with {@code texts}, each statement keeps
   * its paragraphs and its words in order (for reuse), else only its words' counts.
   */
  static Read read(JavaSparkContext sc, String input, boolean texts) throws java.io.IOException {
    sc.hadoopConfiguration()
        .setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    Path root = new Path(input);
    FileSystem fs = root.getFileSystem(sc.hadoopConfiguration());
    if (!fs.exists(root)) {
      throw new UnusableInputException(input, "no such folder");
    }
    if (!fs.getFileStatus(root).isDirectory()) {
      throw new UnusableInputException(input, "is not a folder");
    }
    String prefix = fs.makeQualified(root).toString();
    String base = prefix.endsWith("/") ? prefix : prefix + "/";
    // Several tasks a core, so that statements of uneven length spread over all executors.
    int partitions = Math.max(2, 4 * sc.defaultParallelism());
    JavaPairRDD<String, byte[]> files;
    boolean inOrder = fs instanceof LocalFileSystem;
    if (inOrder) {
      // Hadoop lists a local folder by running a command per file (without its native library):
      // minutes for 100,000 files. The files are listed here and read where they are searched.
      java.nio.file.Path folder = java.nio.file.Path.of(fs.makeQualified(root).toUri());
      List<String> names = localFiles(folder);
      String at = folder.toString();
      files =
          sc.parallelize(names, Math.max(1, Math.min(partitions, names.size())))
              .mapToPair(
                  name -> {
                    try {
                      return new Tuple2<>(
                          base + name,
                          java.nio.file.Files.readAllBytes(java.nio.file.Path.of(at, name)));
                    } catch (java.io.IOException e) {
                      return new Tuple2<>(base + name, (byte[]) null);
                    }
                  });
    } else {
      // binaryFiles packs many small files into one split whatever partitions it is asked for: the
      // bytes are spread over the partitions before the normalisation, which is the costly part.
      files =
          sc.binaryFiles(input, partitions)
              .filter(f -> f._1().endsWith(".txt"))
              .mapToPair(f -> new Tuple2<>(f._1(), f._2().toArray()))
              .repartition(partitions);
    }
    // Each file becomes a document or a reason it was left out.
    JavaRDD<Tuple2<Document, String>> read =
        files.map(f -> readOne(relative(f._1(), base), f._2(), texts)).persist(SparkCorpus.KEPT);
    List<String> skipped =
        read.filter(r -> r._2() != null).map(Tuple2::_2).collect().stream().sorted().toList();
    JavaRDD<Document> usable = read.filter(r -> r._1() != null).map(Tuple2::_1);
    // Ids in path order: a local folder's files are listed in that order already.
    JavaRDD<Document> documents =
        (inOrder ? usable : usable.sortBy(d -> d.path, true, partitions))
            .zipWithIndex()
            .map(
                p -> {
                  p._1().id = p._2();
                  return p._1();
                });
    return new Read(documents, skipped, read);
  }

  /**
   * The {@code *.txt} files under a local folder, searched recursively, as paths relative to it,
   * leaving out what Hadoop leaves out (names starting with {@code _} or {@code .}).
   */
  static List<String> localFiles(java.nio.file.Path folder) throws java.io.IOException {
    List<String> out = new ArrayList<>();
    java.nio.file.Files.walkFileTree(
        folder,
        java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
        Integer.MAX_VALUE,
        new java.nio.file.SimpleFileVisitor<>() {
          @Override
          public java.nio.file.FileVisitResult visitFileFailed(
              java.nio.file.Path file, java.io.IOException e) {
            // A link that leads nowhere or back up: not a statement.
            return java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult preVisitDirectory(
              java.nio.file.Path dir, java.nio.file.attribute.BasicFileAttributes attrs) {
            return !dir.equals(folder) && hidden(dir)
                ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                : java.nio.file.FileVisitResult.CONTINUE;
          }

          @Override
          public java.nio.file.FileVisitResult visitFile(
              java.nio.file.Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
            if (attrs.isRegularFile()
                && !hidden(file)
                && file.getFileName().toString().endsWith(".txt")) {
              out.add(folder.relativize(file).toString().replace('\\', '/'));
            }
            return java.nio.file.FileVisitResult.CONTINUE;
          }
        });
    out.sort(null);
    return out;
  }

  private static boolean hidden(java.nio.file.Path p) {
    String name = p.getFileName().toString();
    return name.startsWith("_") || name.startsWith(".");
  }

  private static String relative(String path, String base) {
    return path.startsWith(base) ? path.substring(base.length()) : path;
  }

  /** A file's statement, or why it was left out. */
  static Tuple2<Document, String> readOne(String path, byte[] bytes, boolean texts) {
    if (bytes == null) {
      return new Tuple2<>(null, path + ": cannot be read");
    }
    Statement s;
    try {
      s = Normalizer.defaults().normalize(path, bytes);
    } catch (UnusableInputException e) {
      return new Tuple2<>(null, e.getMessage());
    }
    Document d = document(path, s, texts);
    return d == null
        ? new Tuple2<>(null, path + ": no words in its body paragraphs")
        : new Tuple2<>(d, null);
  }

  /**
   * A statement as a document (its id still to be given), with its texts or not, or null if its
   * body has no word.
   */
  static Document document(String path, Statement s, boolean texts) {
    List<String> words = new ArrayList<>();
    List<Paragraph> body = s.bodyParagraphs();
    List<int[]> places = new ArrayList<>();
    for (int p = 0; p < body.size(); p++) {
      for (Token t : body.get(p).tokens()) {
        words.add(t.match());
        if (texts) {
          places.add(new int[] {p, t.start(), t.end()});
        }
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    String[] sorted = words.toArray(String[]::new);
    Arrays.sort(sorted);
    int distinct = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || !sorted[i].equals(sorted[i - 1])) {
        distinct++;
      }
    }
    String[] terms = new String[distinct];
    float[] counts = new float[distinct];
    int k = -1;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || !sorted[i].equals(sorted[i - 1])) {
        terms[++k] = sorted[i];
      }
      counts[k]++;
    }
    Document d =
        new Document(
            path,
            StatementFacts.delegation(s.metadata().delegation(), fileName),
            StatementFacts.year(s.metadata().date(), fileName),
            terms,
            counts);
    if (!texts) {
      return d;
    }
    d.paragraphs = body.stream().map(Paragraph::text).toArray(String[]::new);
    d.words = words.toArray(String[]::new);
    d.wordParagraph = places.stream().mapToInt(x -> x[0]).toArray();
    d.wordStart = places.stream().mapToInt(x -> x[1]).toArray();
    d.wordEnd = places.stream().mapToInt(x -> x[2]).toArray();
    return d;
  }
}
