package dev.parley.cli;

import dev.parley.Parley;
import dev.parley.text.Statement;
import dev.parley.text.UnusableInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a command reads a statement: a file, or standard input for {@code -} (read once, to the
 * size limit and one byte more, so that a larger input is refused as a file would be).
 */
final class StandardInput {

  private StandardInput() {}

  /** The name standard input goes by in messages and outputs. */
  static final String NAME = "-";

  /** Whether {@code file} names standard input. */
  static boolean is(Path file) {
    return file.toString().equals(NAME);
  }

  /**
   * Checks that standard input is named at most once among {@code files}.
   *
   * @throws ParleyCommand.UsageException if it is named more than once
   */
  static void atMostOnce(List<Path> files) {
    if (files.stream().filter(StandardInput::is).count() > 1) {
      throw new ParleyCommand.UsageException("standard input (-) can be read only once");
    }
  }

  /** The statement of {@code file}, or of standard input for {@code -}. */
  static Statement read(Parley parley, Path file) {
    return is(file) ? readStandardInput(parley, System.in) : parley.normalize(file);
  }

  static Statement readStandardInput(Parley parley, InputStream in) {
    long limit = parley.normalizer().decoder().maxBytes();
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      return parley.normalize(NAME, bytes);
    } catch (IOException e) {
      throw new UnusableInputException(NAME, "cannot be read (" + e.getMessage() + ")");
    }
  }
}
