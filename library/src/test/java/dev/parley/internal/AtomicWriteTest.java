package dev.parley.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AtomicWriteTest {

  @TempDir Path dir;

  @Test
  void replacesTheFileWholeAndLeavesNothingBeside() throws IOException {
    Path file = Files.writeString(dir.resolve("a.txt"), "old");
    AtomicWrite.writeString(file, "new content");
    assertThat(Files.readString(file)).isEqualTo("new content");
    AtomicWrite.writeString(dir.resolve("fresh.txt"), "first");
    assertThat(Files.readString(dir.resolve("fresh.txt"))).isEqualTo("first");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void aWriterThatFailsPartWayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
    Path file = Files.writeString(dir.resolve("index"), "the old index");
    assertThatThrownBy(
            () ->
                AtomicWrite.write(
                    file,
                    out -> {
                      out.write("half of a new ".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
    assertThat(Files.readString(file)).isEqualTo("the old index");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aBodyMayCloseTheStreamItWasGiven() throws IOException {
    Path file = dir.resolve("closed.txt");
    AtomicWrite.write(
        file,
        out -> {
          out.write('x');
          out.close();
        });
    assertThat(Files.readString(file)).isEqualTo("x");
  }
}
