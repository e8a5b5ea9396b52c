package dev.parley.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a person may pick under the folder the server was given ({@code --root}): the {@code
 * *.txt} files under it, named by their paths relative to it. A path asked for is read only if its
 * real path (links followed) lies under the folder's real path: {@code ../}, absolute paths and
 * links out of the folder are refused.
 */
final class Picker {

  /** The most files a page lists. */
  static final int MAX_LISTED = 2_000;

  private final Path root;
  private final Path real;
  private final long maxBytes;

  Picker(Path root, long maxBytes) {
    this.root = root;
    this.maxBytes = maxBytes;
    try {
      this.real = root.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the folder " + root, e);
    }
    if (!Files.isDirectory(real)) {
      throw new IllegalArgumentException(root + " is not a folder");
    }
  }

  /** The folder. */
  Path root() {
    return root;
  }

  /** The {@code *.txt} files under the folder, relative, sorted, at most {@link #MAX_LISTED}. */
  List<String> list() {
    try (Stream<Path> files = Files.walk(real, 8)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .map(p -> real.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .limit(MAX_LISTED)
          .toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
  }

  /**
   * The bytes of the file at {@code relative} under the folder.
   *
   * @throws HttpFailure 403 if the path leads out of the folder, 404 if there is no such file, 413
   *     if it is over the size limit
   */
  Submission.Text read(String relative) {
    if (relative.isBlank() || relative.indexOf('\0') >= 0) {
      throw HttpFailure.badRequest("no file named");
    }
    Path asked;
    try {
      asked = Path.of(relative);
    } catch (java.nio.file.InvalidPathException e) {
      throw HttpFailure.badRequest("not a path: " + relative);
    }
    if (asked.isAbsolute()) {
      throw HttpFailure.forbidden(relative + ": not under the folder the server reads");
    }
    Path file;
    try {
      file = real.resolve(asked).toRealPath();
    } catch (IOException e) {
      throw HttpFailure.notFound(relative + ": no such file under the folder the server reads");
    }
    if (!file.startsWith(real)) {
      throw HttpFailure.forbidden(relative + ": not under the folder the server reads");
    }
    try {
      if (!Files.isRegularFile(file)) {
        throw HttpFailure.notFound(relative + ": not a file");
      }
      if (Files.size(file) > maxBytes) {
        throw HttpFailure.tooLarge(
            relative + ": larger than the " + maxBytes + " bytes a statement may have");
      }
      return new Submission.Text(relative, Files.readAllBytes(file));
    } catch (IOException e) {
      throw HttpFailure.unusable(relative + ": cannot be read");
    }
  }
}
