package dev.parley.benchmarks;

import dev.parley.similarity.ContentWordCosineSimilarity;
import dev.parley.similarity.LcsRatioSimilarity;
import dev.parley.similarity.PhrasingSimilarity;
import dev.parley.similarity.ShingleContainmentSimilarity;
import dev.parley.similarity.ShingleJaccardSimilarity;
import dev.parley.similarity.TfIdfCosineSimilarity;
import dev.parley.similarity.TokenSimilarity;
import dev.parley.similarity.WordJaccardSimilarity;
import dev.parley.text.Normalizer;
import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Evaluates phrasing similarity on the UN General Debate corpus: a delegation's speeches in two
 * consecutive years (positives) must score above two delegations' speeches of the same year
 * (negatives). Reports ROC AUC for the combined {@link PhrasingSimilarity} and for each measure,
 * plain word-set Jaccard and tf-idf cosine being the baselines; and, for calibration, each
 * measure's median over unrelated pairs (different delegations at least ten years apart).
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * dev.parley.benchmarks.SimilarityEvaluation CORPUS_DIR [PAIRS_PER_CLASS] [SEED]}, the corpus laid
 * out as {@code YEAR/ISO3_SESSION_YEAR.txt}.
 */
public final class SimilarityEvaluation {

  private SimilarityEvaluation() {}

  record Speech(String delegation, int year, Path path) {}

  /** Runs the evaluation. */
  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    int perClass = args.length > 1 ? Integer.parseInt(args[1]) : 400;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261128L;
    Map<String, Speech> byKey = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(corpus)) {
      walk.filter(p -> p.toString().endsWith(".txt"))
          .forEach(
              p -> {
                String[] parts = p.getFileName().toString().replace(".txt", "").split("_");
                if (parts.length == 3) {
                  Speech s = new Speech(parts[0], Integer.parseInt(parts[2]), p);
                  byKey.put(s.delegation() + s.year(), s);
                }
              });
    }
    List<Speech> speeches = new ArrayList<>(byKey.values());
    Random random = new Random(seed);
    List<Speech[]> positives = new ArrayList<>();
    List<Speech[]> negatives = new ArrayList<>();
    List<Speech[]> unrelated = new ArrayList<>();
    List<Speech[]> allPositives = new ArrayList<>();
    for (Speech s : speeches) {
      Speech next = byKey.get(s.delegation() + (s.year() + 1));
      if (next != null) {
        allPositives.add(new Speech[] {s, next});
      }
    }
    Collections.shuffle(allPositives, random);
    positives.addAll(allPositives.subList(0, Math.min(perClass, allPositives.size())));
    while (negatives.size() < perClass) {
      Speech a = speeches.get(random.nextInt(speeches.size()));
      Speech b = speeches.get(random.nextInt(speeches.size()));
      if (a.year() == b.year() && !a.delegation().equals(b.delegation())) {
        negatives.add(new Speech[] {a, b});
      }
    }
    while (unrelated.size() < perClass) {
      Speech a = speeches.get(random.nextInt(speeches.size()));
      Speech b = speeches.get(random.nextInt(speeches.size()));
      if (Math.abs(a.year() - b.year()) >= 10 && !a.delegation().equals(b.delegation())) {
        unrelated.add(new Speech[] {a, b});
      }
    }
    TermStatistics stats = TermStatistics.defaults();
    Map<String, TokenSimilarity> measures = new LinkedHashMap<>();
    PhrasingSimilarity phrasing = PhrasingSimilarity.defaults();
    measures.put("phrasing", phrasing);
    measures.put("phrasing blend (uncalibrated)", (a, b) -> phrasing.blend(a, b));
    measures.put("wordJaccard (baseline)", WordJaccardSimilarity.instance());
    measures.put("tfIdfCosine (baseline)", TfIdfCosineSimilarity.of(stats));
    measures.put("contentWordCosine", ContentWordCosineSimilarity.of(stats));
    measures.put("shingleJaccard2", ShingleJaccardSimilarity.of(2));
    measures.put("shingleJaccard3", ShingleJaccardSimilarity.of(3));
    measures.put("shingleContainment3", ShingleContainmentSimilarity.of(3));
    measures.put("lcsRatio", LcsRatioSimilarity.instance());
    if (System.getProperty("blends") != null) {
      TokenSimilarity cc = ContentWordCosineSimilarity.of(stats);
      TokenSimilarity s2 = ShingleJaccardSimilarity.of(2);
      TokenSimilarity lcs = LcsRatioSimilarity.instance();
      for (double[] w :
          new double[][] {{0.3, 0.4, 0.3}, {0.35, 0.35, 0.3}, {0.4, 0.3, 0.3}, {0.35, 0.45, 0.2}}) {
        measures.put(
            "blend " + java.util.Arrays.toString(w),
            (a, b) ->
                w[0] * cc.similarity(a, b)
                    + w[1] * s2.similarity(a, b)
                    + w[2] * lcs.similarity(a, b));
      }
    }
    Map<Path, WordSequence> cache = new ConcurrentHashMap<>();
    java.util.function.Function<Path, WordSequence> words =
        p -> cache.computeIfAbsent(p, q -> WordSequence.of(Normalizer.defaults().read(q)));
    System.out.printf(
        Locale.ROOT,
        "pairs: %d positives (same delegation, consecutive years), %d negatives (two delegations, same year), %d unrelated%n",
        positives.size(),
        negatives.size(),
        unrelated.size());
    System.out.printf(
        Locale.ROOT,
        "%-24s %8s %12s %12s %12s%n",
        "measure",
        "ROC AUC",
        "median pos",
        "median neg",
        "median unrel");
    for (Map.Entry<String, TokenSimilarity> m : measures.entrySet()) {
      double[] pos = score(positives, m.getValue(), words);
      double[] neg = score(negatives, m.getValue(), words);
      double[] unr = score(unrelated, m.getValue(), words);
      System.out.printf(
          Locale.ROOT,
          "%-24s %8.4f %12.4f %12.4f %12.4f%n",
          m.getKey(),
          auc(pos, neg),
          median(pos),
          median(neg),
          median(unr));
    }
  }

  private static double[] score(
      List<Speech[]> pairs,
      TokenSimilarity measure,
      java.util.function.Function<Path, WordSequence> words) {
    return pairs.parallelStream()
        .mapToDouble(p -> measure.similarity(words.apply(p[0].path()), words.apply(p[1].path())))
        .toArray();
  }

  /** The probability that a random positive scores above a random negative (ties count half). */
  static double auc(double[] positives, double[] negatives) {
    double wins = 0;
    for (double p : positives) {
      for (double n : negatives) {
        wins += p > n ? 1 : p == n ? 0.5 : 0;
      }
    }
    return wins / ((double) positives.length * negatives.length);
  }

  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
