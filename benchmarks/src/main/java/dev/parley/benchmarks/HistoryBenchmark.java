package dev.parley.benchmarks;

import com.github.difflib.DiffUtils;
import dev.parley.align.Aligner;
import dev.parley.history.Historian;
import dev.parley.history.History;
import dev.parley.text.Normalizer;
import dev.parley.text.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
 * A history of many versions against what a user would write instead: a plain word diff of each
 * version with the next (java-diff-utils over the texts split on white space). The versions are
 * drafted from a statement of 60 real speech paragraphs as {@link HistoryEvaluation} drafts them
 * (rewording, splits, merges, deletions, insertions, moves, half the deleted paragraphs restored
 * one or two versions later): ten drafts, repeated to make longer series. Run with several {@code
 * versions} to see how the cost grows.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar HistoryBenchmark -p corpus=../shared/corpus/ungdc \
 *     -rf json -rff benchmarks/target/jmh-history.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class HistoryBenchmark {

  /** A folder of statements to take paragraphs from ({@code *.txt}, recursively). */
  @Param("seeds")
  public String corpus;

  /** The number of paragraphs of the first version. */
  @Param("60")
  public int paragraphs;

  /** The number of versions. */
  @Param({"5", "10", "20", "40"})
  public int versions;

  private List<Statement> series;
  private List<List<String>> words;

  /** Drafts the series. */
  @Setup
  public void setUp() throws Exception {
    List<String> pool = AlignmentBenchmark.paragraphPool(corpus, paragraphs);
    // Ten drafted versions, repeated as often as needed: chained drafting shrinks a statement
    // into fewer, longer paragraphs, and a series whose versions keep their size is what shows
    // how the cost grows with the number of versions. Each repeat brings back what the last
    // drafts dropped, so restores are exercised throughout.
    List<List<HistoryEvaluation.Piece>> drafted =
        HistoryEvaluation.draft(
            pool.subList(0, paragraphs), pool.subList(paragraphs, pool.size()), 10, new Random(7));
    series = new ArrayList<>();
    words = new ArrayList<>();
    for (int k = 0; k < versions; k++) {
      List<HistoryEvaluation.Piece> v = drafted.get(k % drafted.size());
      Statement s =
          Normalizer.defaults()
              .normalize(
                  "v" + series.size(),
                  String.join("\n\n", v.stream().map(HistoryEvaluation.Piece::text).toList()));
      series.add(s);
      words.add(List.of(s.original().split("\\s+")));
    }
  }

  /** Parley: the whole history (links, restores, lineages, phrase timeline). */
  @Benchmark
  public History parley() {
    return Historian.of(Aligner.defaults()).trace(series);
  }

  /**
   * Parley on versions traced for the first time: fresh copies of them (copying counted), so every
   * paragraph and sentence is read and prepared within the call; {@link #parley} traces versions
   * already prepared by the calls before it.
   */
  @Benchmark
  public History parleyFirstTrace() {
    return Historian.of(Aligner.defaults())
        .trace(series.stream().map(AlignmentBenchmark::fresh).toList());
  }

  /** Baseline: java-diff-utils' word diff of each version with the next. */
  @Benchmark
  public int chainedWordDiff() {
    int deltas = 0;
    for (int v = 0; v + 1 < words.size(); v++) {
      deltas += DiffUtils.diff(words.get(v), words.get(v + 1)).getDeltas().size();
    }
    return deltas;
  }
}
