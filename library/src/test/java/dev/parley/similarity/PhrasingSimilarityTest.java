package dev.parley.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The calibration promises of {@link PhrasingSimilarity}, on real paragraphs. */
final class PhrasingSimilarityTest {

  private static final PhrasingSimilarity PHRASING = PhrasingSimilarity.defaults();
  private static final List<String> PARAGRAPHS = RealParagraphs.all();

  private static double score(String a, String b) {
    return PHRASING.similarity(WordSequence.of(a), WordSequence.of(b));
  }

  static IntStream seeds() {
    return IntStream.range(0, 20);
  }

  @Test
  void identicalTextScoresOne() {
    for (String p : PARAGRAPHS) {
      assertThat(score(p, p)).isEqualTo(1.0);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void isSymmetricAndInRange(int seed) {
    Random random = new Random(seed);
    String a = PARAGRAPHS.get(random.nextInt(PARAGRAPHS.size()));
    String b =
        reword(PARAGRAPHS.get(random.nextInt(PARAGRAPHS.size())), random.nextDouble(), random);
    double ab = score(a, b);
    assertThat(ab).isBetween(0.0, 1.0).isEqualTo(score(b, a));
  }

  @Test
  void isUnmovedByWhitespaceCaseQuotesAndWrapping() {
    String a =
        "We welcome the “Global Counter-Terrorism Strategy” of the United Nations, adopted last year.";
    String b =
        "we  welcome the \"global counter-terrorism\n strategy\" of the\tUnited NATIONS, adopted last year";
    assertThat(score(a, b)).isEqualTo(1.0);
  }

  @Test
  void unrelatedStatementsOfTheGenreScoreNearZero() {
    List<Double> scores = new ArrayList<>();
    for (int i = 0; i < PARAGRAPHS.size(); i++) {
      for (int j = i + 1; j < PARAGRAPHS.size(); j++) {
        scores.add(score(PARAGRAPHS.get(i), PARAGRAPHS.get(j)));
      }
    }
    double[] sorted = scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    // Paragraphs of the same speech share its topic; across the fixtures the median is the
    // genre's level, which calibration maps to about zero.
    assertThat(sorted[sorted.length / 2]).isLessThan(0.05);
  }

  @Test
  void fallsSteadilyAsMoreWordsAreReworded() {
    Random random = new Random(20261128);
    List<double[]> points = new ArrayList<>(); // {share reworded, score}
    for (String p : PARAGRAPHS) {
      for (int step = 0; step <= 10; step++) {
        double share = step * 0.05;
        points.add(new double[] {share, score(p, reword(p, share, random))});
      }
    }
    double rho = spearman(points);
    assertThat(rho)
        .as("Spearman correlation of reworded share and score")
        .isLessThanOrEqualTo(-0.95);
  }

  /** Replaces {@code share} of the words, chosen at random, by words of other paragraphs. */
  static String reword(String text, double share, Random random) {
    String[] words = text.split(" ");
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < words.length; i++) {
      order.add(i);
    }
    java.util.Collections.shuffle(order, random);
    int n = (int) Math.round(share * words.length);
    for (int k = 0; k < n; k++) {
      String[] donor = PARAGRAPHS.get(random.nextInt(PARAGRAPHS.size())).split(" ");
      words[order.get(k)] = donor[random.nextInt(donor.length)];
    }
    return String.join(" ", words);
  }

  static double spearman(List<double[]> points) {
    double[] x = ranks(points.stream().mapToDouble(p -> p[0]).toArray());
    double[] y = ranks(points.stream().mapToDouble(p -> p[1]).toArray());
    double mx = Arrays.stream(x).average().orElse(0);
    double my = Arrays.stream(y).average().orElse(0);
    double sxy = 0, sxx = 0, syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** Ranks with ties sharing their mean rank. */
  private static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = (i + j) / 2.0;
      }
      i = j + 1;
    }
    return ranks;
  }
}
