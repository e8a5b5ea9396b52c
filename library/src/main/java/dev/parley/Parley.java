package dev.parley;

import static java.util.Objects.requireNonNull;

import dev.parley.align.Aligner;
import dev.parley.align.Alignment;
import dev.parley.history.Historian;
import dev.parley.history.History;
import dev.parley.similarity.CommonPhrases;
import dev.parley.similarity.PhrasingScore;
import dev.parley.similarity.PhrasingSimilarity;
import dev.parley.similarity.SentenceEncoder;
import dev.parley.similarity.TokenSimilarity;
import dev.parley.text.Normalizer;
import dev.parley.text.Statement;
import dev.parley.text.TermStatistics;
import dev.parley.text.UnusableInputException;
import dev.parley.text.WordSequence;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parley's front door: normalises statements, and, as the library grows, compares and scores them.
 *
 * <pre>{@code
 * Parley parley = Parley.defaults();
 * Statement s = parley.normalize(Path.of("seeds/kazakhstan-sixth-committee-terrorism.txt"));
 * s.metadata().speaker();   // Optional[Yerzhan Kazykhanov]
 * for (Paragraph p : s.paragraphs()) System.out.println(p.kind().label() + ": " + p.text());
 * }</pre>
 *
 * <p>Immutable and thread-safe: configure once with {@link #builder()} and share one instance
 * between threads.
 */
public final class Parley {

  private static final class DefaultHolder {
    static final Parley DEFAULTS =
        new Parley(
            Normalizer.defaults(),
            PhrasingSimilarity.defaults(),
            Aligner.defaults(),
            Alignment.Mode.VERSIONS);
  }

  private final Normalizer normalizer;
  private final PhrasingSimilarity phrasing;
  private final Aligner aligner;
  private final Alignment.Mode mode;

  private Parley(
      Normalizer normalizer, PhrasingSimilarity phrasing, Aligner aligner, Alignment.Mode mode) {
    this.normalizer = normalizer;
    this.phrasing = phrasing;
    this.aligner = aligner;
    this.mode = mode;
  }

  /** Returns an instance with the default configuration. */
  public static Parley defaults() {
    return DefaultHolder.DEFAULTS;
  }

  /** Returns a builder starting from the default configuration. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the normaliser this instance uses. */
  public Normalizer normalizer() {
    return normalizer;
  }

  /**
   * Reads and normalises the statement in the file at {@code path}.
   *
   * @throws NullPointerException if {@code path} is null
   * @throws UnusableInputException if the file is missing, a folder, a pipe or device, unreadable,
   *     too large, binary or has no text
   */
  public Statement normalize(Path path) {
    return normalizer.read(requireNonNull(path, "path"));
  }

  /**
   * Normalises statement text that is already decoded.
   *
   * @param source a name for the text, used in messages and kept in the statement
   * @param text the text
   * @throws NullPointerException if an argument is null
   * @throws UnusableInputException if the text is empty or only white space
   */
  public Statement normalize(String source, String text) {
    return normalizer.normalize(source, text);
  }

  /**
   * Decodes and normalises the bytes of a statement.
   *
   * @param source a name for the input, used in messages and kept in the statement
   * @param bytes the input
   * @throws NullPointerException if an argument is null
   * @throws UnusableInputException if the input is too large, binary or has no text
   */
  public Statement normalize(String source, byte[] bytes) {
    return normalizer.normalize(source, bytes);
  }

  /** Returns the sentence encoder comparisons weigh meaning with, if one was given. */
  public java.util.Optional<SentenceEncoder> meaning() {
    return aligner.meaning();
  }

  /** Returns the mode {@link #compare(Statement, Statement)} aligns in. */
  public Alignment.Mode mode() {
    return mode;
  }

  /**
   * Compares two statements in this instance's {@link #mode() mode} (versions by default):
   * paragraph links, sentence links and word differences inside them, scores.
   *
   * <pre>{@code
   * Alignment a = parley.compare(parley.normalize(draft), parley.normalize(delivered));
   * a.similarity();
   * a.links(Link.Type.MOVE);
   * }</pre>
   *
   * @throws NullPointerException if either is null
   */
  public Alignment compare(Statement left, Statement right) {
    return aligner.align(left, right, mode);
  }

  /**
   * Compares two statements in {@code mode}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Alignment compare(Statement left, Statement right, Alignment.Mode mode) {
    return aligner.align(left, right, mode);
  }

  /**
   * Follows a series of versions of one statement, oldest first (drafts, or one delegation's
   * statement year after year): links between paragraphs of consecutive versions, restores of
   * paragraphs that come back after versions without them, lineages, and the phrases the versions
   * share with when each was introduced and dropped. Aligns as {@link #compare(Statement,
   * Statement)} does in versions mode, with this instance's thresholds and similarity.
   *
   * <pre>{@code
   * History h = parley.history(List.of(draft1, draft2, draft3));
   * h.links(HistoryLink.Type.RESTORE);   // paragraphs dropped and brought back
   * h.phrases().get(0).introduced();     // since when a phrase has been said
   * }</pre>
   *
   * @throws NullPointerException if the list or a version is null
   * @throws IllegalArgumentException if there are fewer than two versions
   */
  public History history(List<Statement> versions) {
    return Historian.of(aligner).trace(versions);
  }

  /** Returns the phrasing similarity this instance scores with. */
  public PhrasingSimilarity phrasing() {
    return phrasing;
  }

  /**
   * Scores how alike two statements are phrased, over all their paragraphs: the calibrated
   * similarity, the measures beside it, the phrases they share, and, with a meaning model, the
   * paragraphs that say the same in other words ({@link PhrasingScore#restatements()}).
   *
   * <pre>{@code
   * PhrasingScore s = parley.score(parley.normalize(a), parley.normalize(b));
   * s.similarity();        // 0.41
   * s.sharedPhrases();     // [comprehensive convention on international terrorism, …]
   * }</pre>
   *
   * @throws NullPointerException if either is null
   */
  public PhrasingScore score(Statement left, Statement right) {
    PhrasingScore score =
        phrasing.score(
            WordSequence.of(requireNonNull(left, "left")),
            WordSequence.of(requireNonNull(right, "right")));
    return aligner.meaning().isPresent()
        ? score.withRestatements(aligner.restatements(left, right))
        : score;
  }

  /** Builds a {@link Parley}. Not thread-safe; what it builds is. */
  public static final class Builder {
    private TermStatistics termStatistics;
    private long maxInputBytes = -1;
    private Alignment.Mode mode = Alignment.Mode.VERSIONS;
    private @Nullable TokenSimilarity similarity;
    private double matchThreshold = Double.NaN;
    private double relatedThreshold = Double.NaN;
    private @Nullable CommonPhrases commonPhrases;
    private @Nullable SentenceEncoder meaning;

    private Builder() {}

    /**
     * Uses word statistics from the caller's own corpus, for hyphen resolution and, as the library
     * grows, weighting words by rarity. The statistics of the UN General Debate corpus by default.
     */
    public Builder termStatistics(TermStatistics statistics) {
      this.termStatistics = requireNonNull(statistics, "statistics");
      return this;
    }

    /**
     * Refuses inputs longer than {@code maxBytes}; 64 MiB by default.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     */
    public Builder maxInputBytes(long maxBytes) {
      if (maxBytes <= 0) {
        throw new IllegalArgumentException("maxInputBytes must be positive: " + maxBytes);
      }
      this.maxInputBytes = maxBytes;
      return this;
    }

    /** Compares in {@code mode}; {@link Alignment.Mode#VERSIONS versions} by default. */
    public Builder mode(Alignment.Mode mode) {
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Aligns with {@code similarity}; {@link PhrasingSimilarity} built on the term statistics by
     * default. A {@link PhrasingSimilarity} also gives {@link #score}; for any other measure {@link
     * #score} stays the phrasing similarity, whose measures and shared phrases explain it, and the
     * thresholds are read on the given measure's scale (their defaults are set for the phrasing
     * similarity).
     */
    public Builder similarity(TokenSimilarity similarity) {
      this.similarity = requireNonNull(similarity, "similarity");
      return this;
    }

    /**
     * Links paragraphs one to one in versions mode from this phrasing similarity; 0.2 by default.
     *
     * @throws IllegalArgumentException if {@code threshold} is outside (0, 1)
     */
    public Builder matchThreshold(double threshold) {
      Aligner.defaults().withMatchThreshold(threshold);
      this.matchThreshold = threshold;
      return this;
    }

    /**
     * Links paragraphs with no echoed sentence as related in delegations mode from this phrasing
     * similarity; 0.4 by default.
     *
     * @throws IllegalArgumentException if {@code threshold} is outside (0, 1)
     */
    public Builder relatedThreshold(double threshold) {
      Aligner.defaults().withRelatedThreshold(threshold);
      this.relatedThreshold = threshold;
      return this;
    }

    /**
     * In delegations mode, takes no phrase of {@code phrases} as evidence that two paragraphs are
     * related (see {@link Aligner#withCommonPhrases}): those many statements of the UN General
     * Debate corpus say by default; a user's own corpus gives its own ({@link CommonPhrases#count},
     * {@code parley phrases}).
     */
    public Builder commonPhrases(CommonPhrases phrases) {
      this.commonPhrases = requireNonNull(phrases, "phrases");
      return this;
    }

    /**
     * Weighs what paragraphs mean beside the words they share, with {@code encoder} (see {@link
     * Aligner#withMeaning}); words alone by default. {@code SentenceEncoder.installed()} gives the
     * one the {@code parley-meaning} module provides.
     */
    public Builder meaning(SentenceEncoder encoder) {
      this.meaning = requireNonNull(encoder, "encoder");
      return this;
    }

    /** Returns the configured instance. */
    public Parley build() {
      if (termStatistics == null
          && maxInputBytes < 0
          && mode == Alignment.Mode.VERSIONS
          && similarity == null
          && Double.isNaN(matchThreshold)
          && Double.isNaN(relatedThreshold)
          && commonPhrases == null
          && meaning == null) {
        return defaults();
      }
      Normalizer.Builder b = Normalizer.builder();
      if (termStatistics != null) {
        b.termStatistics(termStatistics);
      }
      if (maxInputBytes > 0) {
        b.maxInputBytes(maxInputBytes);
      }
      Normalizer normalizer = b.build();
      PhrasingSimilarity phrasing =
          similarity instanceof PhrasingSimilarity given
              ? given
              : termStatistics == null
                  ? PhrasingSimilarity.defaults()
                  : PhrasingSimilarity.of(normalizer.termStatistics());
      Aligner aligner =
          Aligner.of(similarity != null ? similarity : phrasing, normalizer.termStatistics());
      if (!Double.isNaN(matchThreshold)) {
        aligner = aligner.withMatchThreshold(matchThreshold);
      }
      if (!Double.isNaN(relatedThreshold)) {
        aligner = aligner.withRelatedThreshold(relatedThreshold);
      }
      if (commonPhrases != null) {
        aligner = aligner.withCommonPhrases(commonPhrases);
      }
      if (meaning != null) {
        aligner = aligner.withMeaning(meaning);
      }
      return new Parley(normalizer, phrasing, aligner, mode);
    }
  }
}
