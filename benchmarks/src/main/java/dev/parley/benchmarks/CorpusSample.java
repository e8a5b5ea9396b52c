package dev.parley.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** A folder of links to an even sample of a corpus's files, for measuring at several sizes. */
final class CorpusSample {

  private CorpusSample() {}

  /** The corpus's {@code *.txt} files, in path order. */
  static List<Path> files(Path corpus) {
    return dev.parley.text.StatementFiles.of(corpus);
  }

  /**
   * Links {@code size} files spread evenly over the corpus (all of them when it has no more) into a
   * new temporary folder, keeping their relative paths, and returns the folder.
   */
  static Path of(Path corpus, int size) throws IOException {
    List<Path> all = files(corpus);
    Path folder = Files.createTempDirectory("parley-sample");
    int n = Math.min(size, all.size());
    for (int i = 0; i < n; i++) {
      Path file = all.get((int) ((long) i * all.size() / n));
      Path link = folder.resolve(corpus.relativize(file).toString());
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, file.toAbsolutePath());
    }
    return folder;
  }

  /** Deletes a folder made by {@link #of}. */
  static void delete(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
