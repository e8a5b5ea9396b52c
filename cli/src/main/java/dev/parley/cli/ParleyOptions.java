package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.similarity.CommonPhrases;
import dev.parley.text.TermStatistics;
import dev.parley.text.UnusableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Option;

/**
 * The options every command that reads statements shares, and the one place the command line builds
 * {@link Parley} from them: term statistics and common phrases of the user's own corpus (as {@code
 * parley terms} and {@code parley phrases} write them), the size limit, and the alignment
 * thresholds.
 */
final class ParleyOptions {

  @Option(
      names = "--terms",
      paramLabel = "FILE",
      description =
          "Term statistics of your own corpus, as 'parley terms' writes them (.gz or plain);"
              + " those of the UN General Debate corpus by default.")
  Path terms;

  @Option(
      names = "--phrases",
      paramLabel = "FILE",
      description =
          "Delegations mode: the phrases many statements of your own corpus say, as 'parley"
              + " phrases' writes them (.gz or plain); those of the UN General Debate corpus by"
              + " default.")
  Path phrases;

  @Option(
      names = "--max-input-mb",
      paramLabel = "MB",
      description =
          "Refuse statements larger than this many megabytes (default: 10; a statement is"
              + " rarely over 0.2).")
  Integer maxInputMegabytes;

  @Option(
      names = "--match-threshold",
      paramLabel = "X",
      description =
          "Versions mode: the phrasing similarity from which paragraphs link one to one"
              + " (default: 0.2).")
  Double matchThreshold;

  @Option(
      names = "--related-threshold",
      paramLabel = "X",
      description =
          "Delegations mode: the similarity from which paragraphs with no echoed sentence are"
              + " related (default: 0.4).")
  Double relatedThreshold;

  @Option(
      names = "--meaning",
      paramLabel = "on|off",
      description =
          "Weigh what paragraphs mean beside the words they share, with the sentence encoder"
              + " the launcher ships (all-MiniLM-L6-v2, English): on by default; off links on"
              + " words alone.")
  String meaning = "on";

  /** The configured instance; the shared default when no option is given. */
  Parley parley() {
    Parley.Builder b = Parley.builder();
    switch (meaning) {
      case "on" -> Meaning.installed().ifPresent(b::meaning);
      case "off" -> {}
      default ->
          throw new ParleyCommand.UsageException(
              "--meaning must be on or off, not '" + meaning + "'");
    }
    corpus(b);
    b.maxInputBytes(maxInputBytes());
    try {
      if (matchThreshold != null) {
        b.matchThreshold(matchThreshold);
      }
      if (relatedThreshold != null) {
        b.relatedThreshold(relatedThreshold);
      }
    } catch (IllegalArgumentException e) {
      throw new ParleyCommand.UsageException(e.getMessage());
    }
    return b.build();
  }

  /**
   * What the command line reads of a statement at most, when {@code --max-input-mb} is not given.
   */
  static final int DEFAULT_MAX_INPUT_MB = 10;

  /**
   * The most bytes of one statement to read: {@code --max-input-mb}, or 10 MB, which two statements
   * compare within about a minute (time grows with the paragraphs).
   */
  long maxInputBytes() {
    int mb = maxInputMegabytes == null ? DEFAULT_MAX_INPUT_MB : maxInputMegabytes;
    if (mb <= 0) {
      throw new ParleyCommand.UsageException("--max-input-mb must be positive: " + mb);
    }
    return mb * 1_000_000L;
  }

  /** Sets what {@code --terms} and {@code --phrases} give on {@code b}; returns it. */
  Parley.Builder corpus(Parley.Builder b) {
    if (terms != null) {
      b.termStatistics(read(terms, TermStatistics::read));
    }
    if (phrases != null) {
      b.commonPhrases(read(phrases, CommonPhrases::read));
    }
    return b;
  }

  /** The sentence encoder {@code --meaning} asks for, if one is installed. */
  java.util.Optional<dev.parley.similarity.SentenceEncoder> encoder() {
    return switch (meaning) {
      case "on" -> Meaning.installed();
      case "off" -> java.util.Optional.empty();
      default ->
          throw new ParleyCommand.UsageException(
              "--meaning must be on or off, not '" + meaning + "'");
    };
  }

  private static <T> T read(Path file, java.util.function.Function<InputStream, T> reader) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in =
            file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw) {
      return reader.apply(in);
    } catch (NoSuchFileException e) {
      throw new UnusableInputException(file.toString(), "no such file");
    } catch (IllegalArgumentException e) {
      throw new UnusableInputException(file.toString(), e.getMessage());
    } catch (IOException | UncheckedIOException e) {
      throw new UnusableInputException(file.toString(), "cannot be read (" + e.getMessage() + ")");
    }
  }
}
