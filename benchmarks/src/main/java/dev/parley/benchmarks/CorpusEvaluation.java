package dev.parley.benchmarks;

import dev.parley.corpus.CorpusIndex;
import dev.parley.corpus.Neighbour;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The corpus targets, measured as a user meets them (one cold run each, all cores): time to index,
 * to find the ten nearest statements of every statement and to find reused passages of 25 words,
 * and the peak heap, on even samples of 1,000 and 2,000 files and on the whole corpus; and the
 * recall of the nearest-statement search against the exhaustive tf-idf comparison on the 1,000-file
 * sample. Prints a table and writes JSON.
 *
 * <p>Run from the project root, after {@code mvn -B package -DskipTests}:
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.parley.benchmarks.CorpusEvaluation \
 *     ../shared/corpus/ungdc benchmarks/target/corpus-evaluation.json
 * </pre>
 */
public final class CorpusEvaluation {

  private CorpusEvaluation() {}

  /** Runs the evaluation. */
  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path output = Path.of(args.length > 1 ? args[1] : "benchmarks/target/corpus-evaluation.json");
    int all = CorpusSample.files(corpus).size();
    List<String> rows = new ArrayList<>();
    System.out.println(
        "| files | words | index | top-10 for every statement | reuse (25 words) | passages | peak heap |");
    System.out.println("|---|---|---|---|---|---|---|");
    double recall = Double.NaN;
    for (int size : new int[] {1000, 2000, all}) {
      Path sample = CorpusSample.of(corpus, size);
      try {
        resetPeaks();
        long t0 = System.nanoTime();
        CorpusIndex index = CorpusIndex.build(sample, CorpusIndex.Progress.NONE);
        double indexSeconds = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "%d files: index %.1f s%n", size, indexSeconds);
        Path file = Files.createTempFile("parley", ".idx");
        index.write(file);
        long bytes = Files.size(file);
        index = CorpusIndex.read(file);
        Files.delete(file);
        CorpusIndex loaded = index;
        double similarSeconds = seconds(() -> loaded.nearestAll(10, CorpusIndex.Progress.NONE));
        System.err.printf(Locale.ROOT, "%d files: top 10 for all %.1f s%n", size, similarSeconds);
        long t2 = System.nanoTime();
        int[] counted = new int[1];
        index.reuse(25, CorpusIndex.Progress.NONE, p -> counted[0]++);
        int passages = counted[0];
        double reuseSeconds = (System.nanoTime() - t2) / 1e9;
        long peak = peakHeap();
        long words = index.documents().stream().mapToLong(d -> d.words()).sum();
        if (size == 1000) {
          recall = recall(index);
        }
        System.out.printf(
            Locale.ROOT,
            "| %,d | %,d | %.1f s | %.1f s | %.1f s | %,d | %,d MB |%n",
            index.documents().size(),
            words,
            indexSeconds,
            similarSeconds,
            reuseSeconds,
            passages,
            peak >> 20);
        rows.add(
            String.format(
                Locale.ROOT,
                "{\"files\": %d, \"words\": %d, \"indexSeconds\": %.2f, \"indexBytes\": %d,"
                    + " \"similarSeconds\": %.2f, \"reuseSeconds\": %.2f, \"passages\": %d,"
                    + " \"peakHeapBytes\": %d}",
                index.documents().size(),
                words,
                indexSeconds,
                bytes,
                similarSeconds,
                reuseSeconds,
                passages,
                peak));
      } finally {
        CorpusSample.delete(sample);
      }
    }
    System.out.printf(Locale.ROOT, "%nrecall of the top 10 on 1,000 files: %.4f%n", recall);
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(
        output,
        String.format(
            Locale.ROOT,
            "{\"cores\": %d, \"java\": \"%s\", \"recallTop10On1000\": %.5f, \"runs\": [%n  %s%n]}%n",
            Runtime.getRuntime().availableProcessors(),
            System.getProperty("java.version"),
            recall,
            String.join(",\n  ", rows)));
    System.out.println("wrote " + output);
  }

  /** The share of the exhaustive top 10 of every statement that the index's search finds. */
  static double recall(CorpusIndex index) {
    long found = 0;
    long total = 0;
    for (int d = 0; d < index.documents().size(); d++) {
      Set<Integer> got = new HashSet<>();
      for (Neighbour n : index.nearest(d, 10)) {
        got.add(n.document());
      }
      for (Neighbour n : index.nearestExhaustive(d, 10)) {
        total++;
        if (got.contains(n.document())) {
          found++;
        }
      }
    }
    return found / (double) total;
  }

  private static double seconds(Supplier<?> work) {
    long t = System.nanoTime();
    work.get();
    return (System.nanoTime() - t) / 1e9;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
