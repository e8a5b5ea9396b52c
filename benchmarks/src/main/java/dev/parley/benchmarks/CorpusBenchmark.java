package dev.parley.benchmarks;

import dev.parley.corpus.CorpusIndex;
import dev.parley.corpus.Neighbour;
import dev.parley.corpus.ReusedPassage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Corpus search: the ten nearest statements of one statement through the index (the pruned inverted
 * index and exact re-scoring) against the baseline of comparing it with every statement, and reuse
 * detection over the whole sample. One thread; the statement changes on each call.
 *
 * <p>Run from the project root, after {@code mvn -B package -DskipTests}:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CorpusBenchmark -p corpus=../shared/corpus/ungdc \
 *     -rf json -rff benchmarks/target/jmh-corpus.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
public class CorpusBenchmark {

  /** A folder of statements ({@code *.txt}, recursively). */
  @Param("seeds")
  public String corpus;

  /** How many of its files to index, spread evenly over it. */
  @Param({"1000"})
  public int files;

  private CorpusIndex index;
  private int next;

  /** Indexes the sample. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path sample = CorpusSample.of(Path.of(corpus), files);
    try {
      index = CorpusIndex.build(sample, CorpusIndex.Progress.NONE);
    } finally {
      CorpusSample.delete(sample);
    }
  }

  /** Moves to the next statement. */
  @TearDown(Level.Invocation)
  public void advance() {
    next = (next + 1) % index.documents().size();
  }

  /** Baseline: cosine with every statement, the ten best kept. */
  @Benchmark
  public List<Neighbour> nearestByComparingWithEvery() {
    return index.nearestExhaustive(next, 10);
  }

  /** The index's search. */
  @Benchmark
  public List<Neighbour> nearestThroughTheIndex() {
    return index.nearest(next, 10);
  }

  /** Reuse detection over the whole sample, passages of 25 words and more. */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public List<ReusedPassage> reusedPassages() {
    return index.reuse(25, CorpusIndex.Progress.NONE);
  }
}
