package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.TermStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parley's one measure of how alike two texts are phrased, calibrated to read as a share: 1 for the
 * same wording, near 0 for two unrelated statements of the genre, falling steadily as more of the
 * words are reworded.
 *
 * <p>It blends two views of shared wording: content words weighted by rarity ({@link
 * ContentWordCosineSimilarity}, so that "terrorism" and "Semipalatinsk" count and "the United
 * Nations" does not) and word pairs kept in the same order ({@link ShingleJaccardSimilarity} of
 * two-word shingles). The blend is then set against the level that unrelated speeches of the UN
 * General Debate reach ({@link #UNRELATED_LEVEL}), so that what genre and boilerplate alone give
 * counts as nothing.
 *
 * <p>The weights answer two demands measured on real speeches ({@code SimilarityEvaluation} and
 * {@code PhrasingSimilarityTest}): whole statements of one delegation in consecutive years must
 * score above two delegations' statements of the same year (the content-word view carries this: ROC
 * AUC 0.98 to 0.99 where the blend is 0.3 : 0.7), and one text reworded step by step must fall
 * steadily (the word-pair view carries this: Spearman −0.95 over reworded share, where the
 * content-word view alone reaches −0.7). Across statements the content-word view varies over a far
 * wider range than the word-pair view, so a small weight still decides the ranking there.
 * Symmetric; unmoved by case, quotes, white space and line wrapping (it reads match forms).
 *
 * <pre>{@code
 * PhrasingSimilarity phrasing = PhrasingSimilarity.defaults();
 * double score = phrasing.similarity(WordSequence.of(a), WordSequence.of(b));
 * PhrasingScore why = phrasing.score(WordSequence.of(a), WordSequence.of(b)); // measures, phrases
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PhrasingSimilarity implements TokenSimilarity {

  /**
   * Beyond this product of the two lengths in words (about two 7,000-word texts) the {@code
   * lcsRatio} and {@code tokenEdit} measures are left out of {@link #score}: their time grows with
   * the product.
   */
  public static final long MAX_ORDER_MEASURE_CELLS = 50_000_000L;

  /** The weight of the content-word view; the word-order view has the rest. */
  static final double WORD_WEIGHT = 0.3;

  /**
   * The blend's median over unrelated pairs of UN General Debate speeches (different delegations,
   * ten years apart or more), measured by {@code SimilarityEvaluation}; it maps to 0.
   */
  public static final double UNRELATED_LEVEL = 0.036;

  private static final class DefaultHolder {
    static final PhrasingSimilarity DEFAULTS = of(TermStatistics.defaults());
  }

  private final ContentWordCosineSimilarity words;
  private final ShingleJaccardSimilarity phrasing;
  private final SharedPhrases sharedPhrases;
  private final Map<String, TokenSimilarity> others;
  private final Map<String, TokenSimilarity> orderMeasures;

  private PhrasingSimilarity(TermStatistics statistics) {
    this.words = ContentWordCosineSimilarity.of(statistics);
    this.phrasing = ShingleJaccardSimilarity.of(2);
    this.sharedPhrases = SharedPhrases.of(statistics, 2);
    Map<String, TokenSimilarity> linear = new LinkedHashMap<>();
    linear.put("tfIdfCosine", TfIdfCosineSimilarity.of(statistics));
    linear.put("shingleJaccard3", ShingleJaccardSimilarity.of(3));
    linear.put("shingleContainment3", ShingleContainmentSimilarity.of(3));
    linear.put("wordJaccard", WordJaccardSimilarity.instance());
    this.others = java.util.Collections.unmodifiableMap(linear);
    Map<String, TokenSimilarity> quadratic = new LinkedHashMap<>();
    quadratic.put("lcsRatio", LcsRatioSimilarity.instance());
    quadratic.put("tokenEdit", TokenEditSimilarity.instance());
    this.orderMeasures = java.util.Collections.unmodifiableMap(quadratic);
  }

  /** Returns the measure with the term statistics shipped with the library. */
  public static PhrasingSimilarity defaults() {
    return DefaultHolder.DEFAULTS;
  }

  /** Returns the measure weighing words by rarity in {@code statistics}. */
  public static PhrasingSimilarity of(TermStatistics statistics) {
    return new PhrasingSimilarity(requireNonNull(statistics, "statistics"));
  }

  @Override
  public double similarity(WordSequence left, WordSequence right) {
    return calibrate(blend(left, right));
  }

  /**
   * What the score needs of one text, computed once: for scoring one text against many (the aligner
   * does), prepare each text once and use {@link #similarity(Prepared, Prepared)}.
   */
  public static final class Prepared {
    private final WordSequence words;
    private final Map<String, Double> content;
    private final double contentNorm;
    private final java.util.Set<Long> shingles;

    private Prepared(
        WordSequence words, Map<String, Double> content, java.util.Set<Long> shingles) {
      this.words = words;
      this.content = content;
      this.contentNorm = Vectors.norm(content);
      this.shingles = shingles;
    }

    /** Returns the words this was prepared from. */
    public WordSequence words() {
      return words;
    }
  }

  /** Prepares {@code words} for repeated scoring. */
  public Prepared prepare(WordSequence words) {
    requireNonNull(words, "words");
    return new Prepared(words, this.words.vector(words), Shingles.of(words, 2).keySet());
  }

  /**
   * Returns the same score as {@link #similarity(WordSequence, WordSequence)}, from prepared texts.
   */
  public double similarity(Prepared left, Prepared right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    return calibrate(blend(left, right));
  }

  private double blend(Prepared a, Prepared b) {
    if (a.words.isEmpty() || b.words.isEmpty()) {
      return a.words.isEmpty() && b.words.isEmpty() ? 1.0 : 0.0;
    }
    double content =
        ContentWordCosineSimilarity.cosine(
            a.words, a.content, a.contentNorm, b.words, b.content, b.contentNorm);
    int shared = 0;
    java.util.Set<Long> small = a.shingles.size() <= b.shingles.size() ? a.shingles : b.shingles;
    java.util.Set<Long> large = small == a.shingles ? b.shingles : a.shingles;
    for (Long h : small) {
      if (large.contains(h)) {
        shared++;
      }
    }
    double jaccard = shared / (double) (a.shingles.size() + b.shingles.size() - shared);
    return WORD_WEIGHT * content + (1 - WORD_WEIGHT) * jaccard;
  }

  /**
   * Returns the score and the measures beside it whose cost grows linearly with the texts, by name,
   * in this order: {@code phrasing} (the score), {@code contentWordCosine} and {@code
   * shingleJaccard2} (its two views), {@code tfIdfCosine}, {@code shingleJaccard3}, {@code
   * shingleContainment3}, {@code wordJaccard}. The map is a new, modifiable one.
   */
  public Map<String, Double> measures(WordSequence left, WordSequence right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("phrasing", similarity(left, right));
    m.put("contentWordCosine", words.similarity(left, right));
    m.put("shingleJaccard2", phrasing.similarity(left, right));
    others.forEach((name, measure) -> m.put(name, measure.similarity(left, right)));
    return m;
  }

  /**
   * Returns the score with every measure beside it and the shared phrases behind it: the {@link
   * #measures linear-time measures}, then {@code lcsRatio} and {@code tokenEdit}, whose time grows
   * with the product of the lengths (left out beyond {@link #MAX_ORDER_MEASURE_CELLS}) (a pair of
   * 3,000-word speeches takes some tens of milliseconds).
   */
  public PhrasingScore score(WordSequence left, WordSequence right) {
    Map<String, Double> m = measures(left, right);
    if ((long) left.size() * right.size() <= MAX_ORDER_MEASURE_CELLS) {
      orderMeasures.forEach((name, measure) -> m.put(name, measure.similarity(left, right)));
    }
    return new PhrasingScore(m.get("phrasing"), m, sharedPhrases(left, right));
  }

  /**
   * Returns the phrases the two texts share, holding at least two content words each: the evidence
   * behind a score.
   */
  public List<SharedPhrase> sharedPhrases(WordSequence left, WordSequence right) {
    return sharedPhrases.find(left, right);
  }

  /**
   * Returns the blend of the two views before calibration, in [0, 1]: what {@link #UNRELATED_LEVEL}
   * is measured on.
   */
  public double blend(WordSequence left, WordSequence right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    return blend(prepare(left), prepare(right));
  }

  private static double calibrate(double blend) {
    if (blend >= 1.0 - 1e-9) {
      return 1.0; // identical wording, up to rounding in the cosine
    }
    return Math.max(0.0, (blend - UNRELATED_LEVEL) / (1.0 - UNRELATED_LEVEL));
  }
}
