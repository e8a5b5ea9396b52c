package dev.parley.io;

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

  @Test
  void theFileGetsThePermissionsAnyNewFileGetsThere() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
    // What the user's umask gives a new file (0644 under 022); not the 0600 of a temporary file,
    // which would keep a shared report or index from the group and from a web server.
    Path plain = Files.createFile(dir.resolve("plain.txt"));
    Path written = dir.resolve("written.txt");
    AtomicWrite.writeString(written, "a report");
    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(plain));
  }
}
