package dev.parley.benchmarks;

import dev.parley.similarity.ContentWordCosineSimilarity;
import dev.parley.similarity.LcsRatioSimilarity;
import dev.parley.similarity.PhrasingSimilarity;
import dev.parley.similarity.SharedPhrases;
import dev.parley.similarity.ShingleContainmentSimilarity;
import dev.parley.similarity.ShingleJaccardSimilarity;
import dev.parley.similarity.TfIdfCosineSimilarity;
import dev.parley.similarity.TokenEditSimilarity;
import dev.parley.similarity.TokenSimilarity;
import dev.parley.similarity.WordJaccardSimilarity;
import dev.parley.text.Normalizer;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
 * The cost of each similarity measure on a pair of whole speeches (Kazakhstan's General Debate
 * statements of 2006 and 2007, about 2,000 words each, from {@code seeds/}), against what a user
 * writes in the same run: the Jaccard index of the two raw texts' sets of words split on white
 * space, the split included. {@code score} scores words read beforehand (a measure that prepares a
 * text keeps what it prepared with the words, so this is a pair scored again); {@code scoreFirst}
 * reads the words of the two texts within the call, as a first comparison does.
 *
 * <p>Run from the project root, after {@code mvn -B package -DskipTests}:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar SimilarityBenchmark -rf json -rff benchmarks/target/jmh-similarity.json
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class SimilarityBenchmark {

  /** The measure to run. */
  @Param({
    "wordJaccard",
    "phrasing",
    "contentWordCosine",
    "tfIdfCosine",
    "shingleJaccard3",
    "shingleContainment3",
    "lcsRatio",
    "tokenEdit",
    "sharedPhrases"
  })
  public String measure;

  private WordSequence left;
  private WordSequence right;
  private String leftText;
  private String rightText;
  private TokenSimilarity similarity;

  /** Normalises the pair and picks the measure. */
  @Setup
  public void setUp() {
    Statement first =
        Normalizer.defaults().read(Path.of("seeds/kazakhstan-general-debate-2006.txt"));
    Statement second =
        Normalizer.defaults().read(Path.of("seeds/kazakhstan-general-debate-2007.txt"));
    left = WordSequence.of(first);
    right = WordSequence.of(second);
    leftText = first.original();
    rightText = second.original();
    TermStatistics stats = TermStatistics.defaults();
    SharedPhrases phrases = SharedPhrases.of(stats, 2);
    Map<String, TokenSimilarity> all =
        Map.of(
            "wordJaccard", WordJaccardSimilarity.instance(),
            "phrasing", PhrasingSimilarity.defaults(),
            "contentWordCosine", ContentWordCosineSimilarity.of(stats),
            "tfIdfCosine", TfIdfCosineSimilarity.of(stats),
            "shingleJaccard3", ShingleJaccardSimilarity.of(3),
            "shingleContainment3", ShingleContainmentSimilarity.of(3),
            "lcsRatio", LcsRatioSimilarity.instance(),
            "tokenEdit", TokenEditSimilarity.instance(),
            "sharedPhrases", (a, b) -> phrases.find(a, b).size());
    similarity = all.get(measure);
  }

  /** Scores the pair once, its words read beforehand. */
  @Benchmark
  public double score() {
    return similarity.similarity(left, right);
  }

  /** Reads the words of both texts and scores the pair, as a first comparison does. */
  @Benchmark
  public double scoreFirst() {
    return similarity.similarity(WordSequence.of(leftText), WordSequence.of(rightText));
  }

  /**
   * Baseline: what a user writes, the Jaccard index of the raw texts' words split on white space
   * ({@code new HashSet<>(Arrays.asList(text.split("\\s+")))}), the split included; run once
   * whatever the measure.
   */
  @Benchmark
  public double baselineSplitJaccard() {
    Set<String> a = new HashSet<>(Arrays.asList(leftText.split("\\s+")));
    Set<String> b = new HashSet<>(Arrays.asList(rightText.split("\\s+")));
    int shared = 0;
    for (String w : b) {
      if (a.contains(w)) {
        shared++;
      }
    }
    return shared / (double) (a.size() + b.size() - shared);
  }
}
