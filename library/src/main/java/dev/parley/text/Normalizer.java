package dev.parley.text;

import static java.util.Objects.requireNonNull;

import dev.parley.internal.ReadErrors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns statement text as it really comes into a {@link Statement}: hard-wrapped PDF extractions,
 * numbered official records, mission web pages with letterhead and title block, in any common
 * encoding.
 *
 * <p>The steps, in order, each a class of its own: split into lines (CR LF, CR, LF, form feed);
 * take out page furniture (footers, headers, document symbols, delivery notes, notes of the record,
 * copyright lines) and letterhead; take paragraph numbers off numbered records; measure the layout
 * (one line per paragraph, indented paragraph starts, blank lines, trailing spaces or the width of
 * wrapped lines) and join lines into paragraphs by it, resolving line-end hyphens from evidence;
 * read the title block into {@link Metadata}; tell headings, salutations and closings from body
 * paragraphs; split sentences. {@link LineScan} does the lines, {@link ParagraphAssembler} the
 * paragraphs, {@link ParagraphClassifier} the kinds and metadata; this class runs them.
 *
 * <pre>{@code
 * Normalizer normalizer = Normalizer.defaults();
 * Statement s = normalizer.read(Path.of("seeds/kazakhstan-general-debate-2006.txt"));
 * }</pre>
 *
 * <p>Immutable and thread-safe: configure once with {@link #builder()}, share freely.
 */
public final class Normalizer {

  private final TermStatistics statistics;
  private final TextDecoder decoder;

  private Normalizer(TermStatistics statistics, TextDecoder decoder) {
    this.statistics = statistics;
    this.decoder = decoder;
  }

  /** Returns a normaliser with the shipped term statistics and the default size limit. */
  public static Normalizer defaults() {
    return DefaultHolder.DEFAULTS;
  }

  private static final class DefaultHolder {
    static final Normalizer DEFAULTS =
        new Normalizer(TermStatistics.defaults(), TextDecoder.defaults());
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the term statistics used to resolve line-end hyphens. */
  public TermStatistics termStatistics() {
    return statistics;
  }

  /** Returns the decoder used for bytes and files. */
  public TextDecoder decoder() {
    return decoder;
  }

  /**
   * Reads, decodes and normalises the file at {@code path}; the statement's source is the path as
   * given.
   *
   * @throws NullPointerException if {@code path} is null
   * @throws UnusableInputException if the file is missing, a folder, not a regular file (a pipe or
   *     a device), unreadable, too large, binary or has no text
   */
  public Statement read(Path path) {
    requireNonNull(path, "path");
    String source = path.toString();
    if (Files.isDirectory(path)) {
      throw new UnusableInputException(source, "is a folder, not a file");
    }
    if (!Files.exists(path)) {
      throw new UnusableInputException(source, "no such file");
    }
    if (!Files.isRegularFile(path)) {
      // A pipe or a device could keep a reader waiting for ever.
      throw new UnusableInputException(source, "not a regular file (a pipe, socket or device)");
    }
    byte[] bytes;
    try {
      decoder.checkSize(Files.size(path), source);
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw ReadErrors.of(source, e);
    } catch (OutOfMemoryError e) {
      throw new UnusableInputException(source, "too large to hold in memory", e);
    }
    return normalize(source, bytes);
  }

  /**
   * Decodes and normalises {@code bytes}.
   *
   * @param source the input's name, used in messages and kept in the statement
   * @throws NullPointerException if an argument is null
   * @throws UnusableInputException if the input is too large, binary or has no text
   */
  public Statement normalize(String source, byte[] bytes) {
    DecodedText decoded = decoder.decode(bytes, requireNonNull(source, "source"));
    return normalize(source, decoded.text(), decoded.warnings());
  }

  /**
   * Normalises {@code text}, already decoded.
   *
   * @param source the input's name, used in messages and kept in the statement
   * @param text the statement text; a leading byte order mark is dropped
   * @throws NullPointerException if an argument is null
   * @throws UnusableInputException if the text is empty or only white space
   */
  public Statement normalize(String source, String text) {
    requireNonNull(source, "source");
    requireNonNull(text, "text");
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return normalize(source, text, List.of());
  }

  private Statement normalize(String source, String text, List<String> decodingWarnings) {
    if (text.isBlank()) {
      throw new UnusableInputException(
          source,
          text.isEmpty() ? "empty, no text to read" : "holds only whitespace, no text to read");
    }
    // 1. Lines, with page furniture, letterhead and paragraph numbers marked and taken out.
    LineScan.Result scanned = LineScan.scan(text);
    List<SourceLine> lines = scanned.lines();
    // 2. Paragraphs, joined from lines by the document's layout, line-end hyphens resolved.
    LayoutProfile profile = LayoutProfile.measure(text, lines);
    List<ParagraphAssembler.Draft> drafts =
        new ParagraphAssembler(statistics).assemble(text, lines, profile);
    if (drafts.isEmpty()) {
      throw new UnusableInputException(
          source, "holds no statement text (only page furniture or letterhead)");
    }
    // 3. Kinds and the title block's metadata; sentences.
    Metadata metadata = ParagraphClassifier.classify(drafts);
    List<Paragraph> paragraphs = new ArrayList<>(drafts.size());
    for (int i = 0; i < drafts.size(); i++) {
      paragraphs.add(drafts.get(i).toParagraph(i));
    }
    List<RemovedText> removed = new ArrayList<>(scanned.removed());
    removed.sort(Comparator.comparingInt(r -> r.span().start()));
    List<String> warnings = new ArrayList<>(decodingWarnings);
    ParagraphClassifier.checkDateAgainstCopyright(metadata, removed, warnings);
    return new Statement(source, text, metadata, paragraphs, removed, warnings);
  }

  /** Builds a {@link Normalizer}. Not thread-safe; the normaliser it builds is. */
  public static final class Builder {
    private TermStatistics statistics;
    private long maxBytes = TextDecoder.DEFAULT_MAX_BYTES;

    private Builder() {}

    /** Uses {@code statistics} to resolve line-end hyphens; the shipped statistics by default. */
    public Builder termStatistics(TermStatistics statistics) {
      this.statistics = requireNonNull(statistics, "statistics");
      return this;
    }

    /**
     * Refuses input longer than {@code maxBytes}; 64 MiB by default.
     *
     * @throws IllegalArgumentException if {@code maxBytes} is not positive
     */
    public Builder maxInputBytes(long maxBytes) {
      TextDecoder.withMaxBytes(maxBytes);
      this.maxBytes = maxBytes;
      return this;
    }

    /** Returns the configured normaliser. */
    public Normalizer build() {
      return new Normalizer(
          statistics != null ? statistics : TermStatistics.defaults(),
          maxBytes == TextDecoder.DEFAULT_MAX_BYTES
              ? TextDecoder.defaults()
              : TextDecoder.withMaxBytes(maxBytes));
    }
  }
}
