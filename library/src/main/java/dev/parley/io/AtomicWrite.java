package dev.parley.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a reader sees either the old file or the whole new one, never a part: the
 * bytes go to a hidden temporary file beside the target, are forced to the disk, and the temporary
 * file is then moved over the target in one step. A writer that fails or is killed part-way leaves
 * the old file as it was (and, if killed, a hidden {@code .NAME.….tmp} beside it).
 */
public final class AtomicWrite {

  private AtomicWrite() {}

  /** What writes the new content. */
  @FunctionalInterface
  public interface Body {
    /** Writes the whole content to {@code out}; may close it or not. */
    void write(OutputStream out) throws IOException;
  }

  /**
   * Replaces {@code target} with what {@code body} writes.
   *
   * @throws IOException if the content cannot be written or moved into place; the target is then
   *     unchanged
   */
  public static void write(Path target, Body body) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = temporaryBeside(folder, absolute.getFileName().toString());
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        body.write(
            new FilterOutputStream(out) {
              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
              }

              @Override
              public void close() throws IOException {
                out.flush(); // the body may close what it was given; the file stays open to be
                // forced
              }
            });
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * A new hidden file beside the target, made as any file the user makes: with the permissions the
   * user's umask gives (0644 under 022), where {@code Files.createTempFile} would give 0600 and the
   * report or index written through it could not be shared or served.
   */
  private static Path temporaryBeside(Path folder, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path candidate =
          folder.resolve(
              "."
                  + name
                  + "."
                  + Long.toUnsignedString(
                      java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36)
                  + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt == 100) {
          throw e;
        }
      }
    }
  }

  /** Replaces {@code target} with {@code text} in UTF-8. */
  public static void writeString(Path target, String text) throws IOException {
    write(target, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
