package dev.parley.similarity;

import static java.util.Objects.requireNonNull;

import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
public final class PhrasingSimilarity implements UnitSimilarity {

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
   * does), prepare each text once and use {@link #similarity(UnitSimilarity.Prepared,
   * UnitSimilarity.Prepared)}. Its content words are a vector over word ids and its word pairs an
   * ascending array of fingerprints, so two prepared texts meet by merging sorted arrays.
   */
  public static final class Prepared implements UnitSimilarity.Prepared {
    /**
     * The words; for texts joined from prepared parts, null until first asked for: scoring needs
     * only their number, and a statement joined whole would otherwise copy every word it holds.
     * Made again if two threads ask at once, the same words each time; volatile, so that a thread
     * sees the words another made whole (the sequence keeps what is derived in a field of its own).
     */
    private volatile @Nullable WordSequence words;

    /** The prepared parts this text joins, whose words make its own; else null. */
    private final @Nullable List<Prepared> parts;

    final int size;
    final SparseVector content;
    final long[] shingles;

    private Prepared(WordSequence words, SparseVector content, long[] shingles) {
      this.words = words;
      this.parts = null;
      this.size = words.size();
      this.content = content;
      this.shingles = shingles;
    }

    private Prepared(List<Prepared> parts, int size, SparseVector content, long[] shingles) {
      this.words = null;
      this.parts = List.copyOf(parts);
      this.size = size;
      this.content = content;
      this.shingles = shingles;
    }

    @Override
    public WordSequence words() {
      WordSequence w = words;
      if (w == null) {
        List<Prepared> joined = requireNonNull(parts, "parts"); // words are null only when joined
        w = WordSequence.concat(joined.stream().map(Prepared::words).toList());
        words = w;
      }
      return w;
    }

    /** The id of this text's last word ({@code last}) or of its first; it has words. */
    private long endId(boolean last) {
      List<Prepared> joined = parts;
      if (joined == null) {
        WordSequence w = words();
        return w.id(last ? w.size() - 1 : 0);
      }
      return joined.get(last ? joined.size() - 1 : 0).endId(last);
    }
  }

  /**
   * Prepares {@code words} for repeated scoring; what is prepared is kept with the words ({@link
   * WordSequence#computeIfAbsent}), so a paragraph or sentence is prepared once however often it is
   * scored.
   */
  @Override
  public Prepared prepare(WordSequence words) {
    requireNonNull(words, "words");
    return words.computeIfAbsent(
        this, w -> new Prepared(w, this.words.vector(w), Shingles.distinct(w, 2)));
  }

  /**
   * Prepares the texts of {@code parts} read one after another, as {@link #prepare} of their {@link
   * WordSequence#concat concatenation} would, from what is already prepared: the content vectors
   * are summed and the word pairs joined, with the pairs that span two parts added (each read from
   * the ids of the words on either side). The joined text's words are made only when {@link
   * Prepared#words} is asked for them.
   */
  @Override
  public Prepared concat(List<? extends UnitSimilarity.Prepared> given) {
    List<Prepared> parts = own(given);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("nothing to join");
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    int size = 0;
    for (Prepared p : parts) {
      if (p.size < 2) {
        // A one-word part is a shingle of its own alone.
        return prepare(WordSequence.concat(parts.stream().map(Prepared::words).toList()));
      }
      size += p.size;
    }
    // The pairs that span two parts and every part's own, joined; the content vectors summed. The
    // joined words are made only if asked for.
    long[] junctions = new long[parts.size() - 1];
    for (int n = 0; n + 1 < parts.size(); n++) {
      junctions[n] = Shingles.pair(parts.get(n).endId(true), parts.get(n + 1).endId(false));
    }
    List<long[]> shingles = new java.util.ArrayList<>(parts.size() + 1);
    List<SparseVector> content = new java.util.ArrayList<>(parts.size());
    shingles.add(Shingles.unique(junctions));
    for (Prepared p : parts) {
      shingles.add(p.shingles);
      content.add(p.content);
    }
    return new Prepared(parts, size, SparseVector.sum(content), Shingles.union(shingles));
  }

  /**
   * Returns the same score as {@link #similarity(WordSequence, WordSequence)}, from prepared texts.
   */
  @Override
  public double similarity(UnitSimilarity.Prepared left, UnitSimilarity.Prepared right) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    return calibrate(blend(own(left), own(right)));
  }

  /** {@code p} as prepared by this class, or an error naming the measure that prepared it. */
  private static Prepared own(UnitSimilarity.Prepared p) {
    if (p instanceof Prepared q) {
      return q;
    }
    throw new IllegalArgumentException(
        "a text prepared by another measure cannot be scored by PhrasingSimilarity: " + p);
  }

  @SuppressWarnings("unchecked") // every element checked
  private static List<Prepared> own(List<? extends UnitSimilarity.Prepared> parts) {
    for (UnitSimilarity.Prepared p : parts) {
      own(p);
    }
    return (List<Prepared>) parts;
  }

  /**
   * Returns {@link #similarity(UnitSimilarity.Prepared, UnitSimilarity.Prepared)} of every left
   * text with every right text, {@code [i][j]} for left {@code i} and right {@code j}: the same
   * scores, found through an index of the right texts' word pairs and content words, so that the
   * work follows the pairs that share something rather than every pair's whole length.
   */
  @Override
  public double[][] similarities(
      List<? extends UnitSimilarity.Prepared> left, List<? extends UnitSimilarity.Prepared> right) {
    return PhrasingMatrix.similarities(own(left), own(right));
  }

  /**
   * {@inheritDoc} The right texts are indexed 64 at a time, an index made when a left text has at
   * least two chosen texts among its 64; one alone is merged. Both give the same scores to the bit.
   */
  @Override
  public double[][] similarities(
      List<? extends UnitSimilarity.Prepared> givenLeft,
      List<? extends UnitSimilarity.Prepared> givenRight,
      int[][] chosen) {
    List<Prepared> left = own(givenLeft);
    List<Prepared> right = own(givenRight);
    Vectors.checkChosen(left.size(), right.size(), chosen);
    return PhrasingMatrix.similarities(left, right, chosen);
  }

  /**
   * The blend of {@code a} and {@code b} from the word pairs they share and the {@link
   * SparseVector#dot dot product} of their content vectors, however those were found: every way of
   * scoring ends here.
   */
  static double blend(Prepared a, Prepared b, int shared, double dot) {
    if (a.size == 0 || b.size == 0) {
      return a.size == 0 && b.size == 0 ? 1.0 : 0.0;
    }
    double cosine =
        a.content.isEmpty() || b.content.isEmpty()
            ? ContentWordCosineSimilarity.cosine(a.words(), a.content, b.words(), b.content)
            : SparseVector.cosine(a.content, b.content, dot);
    double jaccard = shared / (double) (a.shingles.length + b.shingles.length - shared);
    return WORD_WEIGHT * cosine + (1 - WORD_WEIGHT) * jaccard;
  }

  /** The blend of two prepared texts, their arrays merged. */
  static double blend(Prepared a, Prepared b) {
    if (a.size == 0 || b.size == 0) {
      return blend(a, b, 0, 0);
    }
    // The same words (a draft's kept paragraph and its copy) share every word pair. The sizes are
    // compared first: a joined text's words are made only when asked for.
    int shared =
        a.size == b.size && Vectors.sameWords(a.words(), b.words())
            ? a.shingles.length
            : Shingles.shared(a.shingles, b.shingles);
    double dot =
        a.content.isEmpty() || b.content.isEmpty() ? 0 : SparseVector.dot(a.content, b.content);
    return blend(a, b, shared, dot);
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

  static double calibrate(double blend) {
    if (blend >= 1.0 - 1e-9) {
      return 1.0; // identical wording, up to rounding in the cosine
    }
    return Math.max(0.0, (blend - UNRELATED_LEVEL) / (1.0 - UNRELATED_LEVEL));
  }
}
