package dev.parley.benchmarks;

import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.TextDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Normalisation throughput on one core: one operation normalises every statement of a corpus held
 * in memory (bytes, as read from disk), so that every operation does the same work. The {@code
 * bytes} counter reports input bytes per second; the baseline in the same run only decodes the
 * bytes and splits the text into lines, the least any normaliser must do.
 *
 * <p>Run from the project root, after {@code mvn -B package -DskipTests}:
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar NormalizationBenchmark \
 *     -p corpus=../shared/corpus/ungdc -rf json -rff benchmarks/target/jmh-normalization.json
 * </pre>
 *
 * Without {@code -p corpus=…} it runs over {@code seeds/}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx4g"})
@Threads(1)
public class NormalizationBenchmark {

  /** A folder of statements ({@code *.txt}, searched recursively). */
  @Param("seeds")
  public String corpus;

  private List<byte[]> documents;

  /** Bytes processed, reported by JMH as bytes per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** Input bytes handled. */
    public long bytes;

    /** Clears the counter before each iteration. */
    @Setup(Level.Iteration)
    public void clear() {
      bytes = 0;
    }
  }

  /** Reads the corpus into memory. */
  @Setup
  public void load() {
    documents = readCorpus(Path.of(corpus));
    if (documents.isEmpty()) {
      throw new IllegalStateException("no .txt files under " + corpus);
    }
  }

  static List<byte[]> readCorpus(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".txt"))
          .sorted()
          .map(
              p -> {
                try {
                  return Files.readAllBytes(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decode, normalise: paragraphs, kinds, metadata, sentences. */
  @Benchmark
  public int normalize(Bytes counter) {
    int paragraphs = 0;
    for (byte[] d : documents) {
      paragraphs += Normalizer.defaults().normalize("bench", d).paragraphs().size();
      counter.bytes += d.length;
    }
    return paragraphs;
  }

  /** As {@link #normalize}, and tokenise every paragraph too. */
  @Benchmark
  public long normalizeAndTokenize(Bytes counter) {
    long tokens = 0;
    for (byte[] d : documents) {
      for (Paragraph p : Normalizer.defaults().normalize("bench", d).paragraphs()) {
        tokens += p.tokens().size();
      }
      counter.bytes += d.length;
    }
    return tokens;
  }

  /** Baseline: decode the bytes and split the text into lines, nothing more. */
  @Benchmark
  public long baselineDecodeAndSplitLines(Bytes counter) {
    long lines = 0;
    for (byte[] d : documents) {
      lines += TextDecoder.defaults().decode(d, "bench").text().lines().count();
      counter.bytes += d.length;
    }
    return lines;
  }
}
