package dev.parley.benchmarks;

import com.github.difflib.DiffUtils;
import dev.parley.Parley;
import dev.parley.align.Alignment;
import dev.parley.meaning.OnnxSentenceEncoder;
import dev.parley.similarity.SentenceEncoder;
import dev.parley.text.Paragraph;
import dev.parley.text.Sentence;
import dev.parley.text.Statement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the meaning signal costs: the sentence encoder's throughput (sentences a second, one thread
 * and two), and a first comparison of two real consecutive-year speeches with meaning and without,
 * beside a plain word diff of their raw texts, in one run.
 *
 * <p>The speeches: Kazakhstan's General Debate statements of 2006 and 2007 ({@code seeds/}, 30 and
 * 29 paragraphs); the sentences: the 2006 speech's, 120 or so, encoded one by one.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar MeaningBenchmark -rf json \
 *     -rff benchmarks/target/jmh-meaning.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class MeaningBenchmark {

  /** The folder the two speeches are read from. */
  @Param("seeds")
  public String seeds;

  /** The number of sentences one call of {@link #encodeSentences} encodes. */
  static final int SENTENCES = 100;

  private final SentenceEncoder encoder = OnnxSentenceEncoder.miniLm();
  private final Parley words = Parley.defaults();
  private final Parley meaning = Parley.builder().meaning(encoder).build();
  private Statement left;
  private Statement right;
  private List<String> sentences;

  /** Reads the speeches and their sentences. */
  @Setup
  public void setUp() throws IOException {
    left = words.normalize(Path.of(seeds, "kazakhstan-general-debate-2006.txt"));
    right = words.normalize(Path.of(seeds, "kazakhstan-general-debate-2007.txt"));
    sentences = new ArrayList<>();
    for (Paragraph p : left.paragraphs()) {
      for (Sentence s : p.sentences()) {
        sentences.add(s.text());
      }
    }
    while (sentences.size() < SENTENCES) {
      sentences.addAll(List.copyOf(sentences));
    }
    sentences = List.copyOf(sentences.subList(0, SENTENCES));
  }

  /** The encoder on one thread: a hundred sentences, one call each (time per sentence). */
  @Benchmark
  @OperationsPerInvocation(SENTENCES)
  public float encodeSentences() {
    float sum = 0;
    for (String s : sentences) {
      sum += encoder.encode(s)[0];
    }
    return sum;
  }

  /** The same on two threads at once. */
  @Benchmark
  @Threads(2)
  @OperationsPerInvocation(SENTENCES)
  public float encodeSentencesTwoThreads() {
    return encodeSentences();
  }

  /** A first comparison of the two speeches on words alone: every paragraph read in the call. */
  @Benchmark
  public Alignment firstComparisonWords() {
    return words.compare(AlignmentBenchmark.fresh(left), AlignmentBenchmark.fresh(right));
  }

  /** The same with meaning: every paragraph encoded in the call as well. */
  @Benchmark
  public Alignment firstComparisonMeaning() {
    return meaning.compare(AlignmentBenchmark.fresh(left), AlignmentBenchmark.fresh(right));
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
