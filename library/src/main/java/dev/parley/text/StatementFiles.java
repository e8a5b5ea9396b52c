package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a folder's statements are: its {@code *.txt} files, searched recursively, in path order.
 * The one place that says what a folder of statements is, for the corpus index, the term counts and
 * the command line.
 *
 * <p>Stateless and thread-safe.
 */
public final class StatementFiles {

  private StatementFiles() {}

  /**
   * Returns the statements of {@code folder}: its regular {@code *.txt} files, searched
   * recursively, in path order.
   *
   * @throws UnusableInputException if {@code folder} is missing, not a folder or cannot be read
   */
  public static List<Path> of(Path folder) {
    requireNonNull(folder, "folder");
    if (!Files.isDirectory(folder)) {
      throw new UnusableInputException(
          folder.toString(), Files.exists(folder) ? "is not a folder" : "no such folder");
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new UnusableInputException(
          folder.toString(), "cannot be read (" + e.getMessage() + ")");
    }
  }
}
