package dev.parley.benchmarks;

import com.github.difflib.DiffUtils;
import dev.parley.Parley;
import dev.parley.align.Alignment;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code Parley.compare} against a plain word diff on whole real speeches, pair by pair: the left
 * side a speech of the corpus as published (with its title lines, page furniture and hard
 * wrapping), the right side its body reworded and rearranged by the {@code medium} edits of {@link
 * AlignmentEvaluation}. Where {@link AlignmentBenchmark} builds its statements of long paragraphs,
 * these are whole speeches as they come, among them speeches of many short paragraphs (bulleted
 * lists, one-sentence paragraphs), where Parley's work for each paragraph and link weighs most
 * against a diff.
 *
 * <p>The speeches: the corpus's files in a shuffled order (seed {@code 1}), the first with 25 to 60
 * body paragraphs, up to twenty ({@code -p pair=0..19}); the speech before them lends the inserted
 * paragraphs. Both statements are normalised beforehand. The baseline is what a user writes: {@code
 * DiffUtils.diff(Arrays.asList(left.split("\\s+")), …)} on the raw texts, the split included.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SpeechPairsBenchmark -p corpus=../shared/corpus/ungdc \
 *     -rf json -rff benchmarks/target/jmh-speech-pairs.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class SpeechPairsBenchmark {

  /**
   * A folder of speeches, read through all its subfolders: the seeds unless told; the README's
   * figures are of the UN General Debate corpus.
   */
  @Param("seeds")
  public String corpus;

  /** Which of the twenty pairs. */
  @Param({
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16",
    "17", "18", "19"
  })
  public int pair;

  /** The number of pairs drawn. */
  static final int PAIRS = 20;

  private final Parley parley = Parley.defaults();
  private Statement left;
  private Statement right;

  /** Draws the pair. */
  @Setup
  public void setUp() throws IOException {
    List<Path> files = shuffled(corpus);
    List<String> donor = null;
    int drawn = 0;
    for (Path file : files) {
      Statement speech = parley.normalize(file);
      List<String> body = body(speech);
      if (donor == null) {
        donor = body;
        continue;
      }
      if (body.size() < 25 || body.size() > 60) {
        continue;
      }
      if (drawn++ < pair) {
        continue;
      }
      List<String> edited =
          AlignmentEvaluation.edit(
                  body,
                  donor,
                  new AlignmentEvaluation.Setting("medium", 0.2, 0.2),
                  new Random(pair))
              .stream()
              .map(AlignmentEvaluation.Piece::text)
              .toList();
      left = speech;
      right = parley.normalize("edited " + file.getFileName(), String.join("\n\n", edited));
      return;
    }
    throw new IllegalStateException(
        corpus + " has " + drawn + " speeches of 25 to 60 paragraphs, not " + (pair + 1));
  }

  /** The corpus's speech files, in the order of a shuffle with seed 1. */
  static List<Path> shuffled(String corpus) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of(corpus))) {
      files = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
    }
    if (files.isEmpty()) {
      throw new IllegalStateException(corpus + " has no .txt files");
    }
    Collections.shuffle(files, new Random(1));
    return files;
  }

  private static List<String> body(Statement s) {
    return s.paragraphs().stream()
        .filter(p -> p.kind() == Paragraph.Kind.BODY)
        .map(Paragraph::text)
        .toList();
  }

  /**
   * Parley compared again: what it derives from a statement's words is kept with the statement, so
   * from the second call on this is the pair compared again.
   */
  @Benchmark
  public Alignment parley() {
    return parley.compare(left, right);
  }

  /**
   * Parley on fresh copies of the two statements: every paragraph read and prepared in the call.
   */
  @Benchmark
  public Alignment parleyFirstComparison() {
    return parley.compare(AlignmentBenchmark.fresh(left), AlignmentBenchmark.fresh(right));
  }

  /** Baseline: java-diff-utils' diff of the two raw texts split on white space, split included. */
  @Benchmark
  public int javaDiffUtilsSplitAndDiff() {
    return DiffUtils.diff(
            Arrays.asList(left.original().split("\\s+")),
            Arrays.asList(right.original().split("\\s+")))
        .getDeltas()
        .size();
  }
}
