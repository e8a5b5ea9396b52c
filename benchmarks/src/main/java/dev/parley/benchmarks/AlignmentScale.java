package dev.parley.benchmarks;

import dev.parley.align.Aligner;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Aligns one very long statement (long body paragraphs of the corpus's speeches in file order, up
 * to the number asked for) against itself and against a copy with its paragraphs shuffled, and
 * reports the time and the peak heap. One cold run each, as a user would meet it.
 *
 * <p>Run: {@code java -Xmx2g -cp benchmarks/target/benchmarks.jar
 * dev.parley.benchmarks.AlignmentScale CORPUS_DIR [PARAGRAPHS]}.
 */
public final class AlignmentScale {

  private AlignmentScale() {}

  /** Runs the check. */
  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
    List<String> paragraphs = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path p : walk.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
        for (Paragraph q : Normalizer.defaults().read(p).paragraphs()) {
          // Long whole paragraphs, so that 6,000 of them make about 5 MB, as long statements do.
          String t = q.text();
          if (q.kind() == Paragraph.Kind.BODY
              && t.length() >= 600
              && Character.isUpperCase(t.charAt(0))
              && t.endsWith(".")) {
            paragraphs.add(q.text());
          }
        }
        if (paragraphs.size() >= wanted) {
          break;
        }
      }
    }
    paragraphs = paragraphs.subList(0, Math.min(wanted, paragraphs.size()));
    String text = String.join("\n\n", paragraphs);
    Statement statement = Normalizer.defaults().normalize("long", text);
    List<String> shuffled = new ArrayList<>(paragraphs);
    Collections.shuffle(shuffled, new Random(20261128));
    Statement reshuffled =
        Normalizer.defaults().normalize("reshuffled", String.join("\n\n", shuffled));
    System.out.printf(
        Locale.ROOT,
        "statement: %d paragraphs, %.1f MB%n",
        statement.paragraphs().size(),
        text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length / 1e6);
    for (Statement other : List.of(statement, reshuffled)) {
      resetPeaks();
      long start = System.nanoTime();
      Alignment a = Aligner.defaults().align(statement, other, Alignment.Mode.VERSIONS);
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<Link.Type, Integer> counts = new EnumMap<>(Link.Type.class);
      a.links().forEach(l -> counts.merge(l.type(), 1, Integer::sum));
      System.out.printf(
          Locale.ROOT,
          "against %-10s %6.1f s, peak heap %5.0f MB, links %s%n",
          other.source(),
          seconds,
          peakHeapMb(),
          counts);
    }
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1e6;
  }
}
