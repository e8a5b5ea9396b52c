package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * This module uses only what parley-core's module exports: a package the module keeps to itself
 * ({@code dev.parley.internal}) is readable on the class path but not on the module path, where a
 * user may well run it.
 */
final class ExportedApiOnlyTest {

  @Test
  void noSourceReadsTheLibrarysInternalPackages() throws IOException {
    Path sources = Path.of("src/main/java");
    assertThat(sources).isDirectory();
    List<String> readers;
    try (Stream<Path> files = Files.walk(sources)) {
      readers =
          files
              .filter(f -> f.toString().endsWith(".java"))
              .filter(f -> read(f).contains("dev.parley.internal"))
              .map(Path::toString)
              .toList();
    }
    assertThat(readers).isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
