package dev.parley.cli;

import dev.parley.io.AtomicWrite;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Where the commands' reports and files go. A file is replaced whole or not at all (written beside
 * the target, then moved into place), so that a run that fails or is killed part-way leaves what
 * was there.
 */
final class Output {

  private Output() {}

  /** A file that could not be written: one line naming it, exit status 1. */
  static final class CannotWrite extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotWrite(Path file, IOException cause) {
      this(file, cause, "");
    }

    /** With what became of the file, e.g. {@code "; the index is as it was"}. */
    CannotWrite(Path file, IOException cause, String after) {
      super(file + ": cannot be written (" + cause.getMessage() + ")" + after, cause);
    }
  }

  /** Prints {@code text} on standard output, or writes it to {@code output} when one is given. */
  static void deliver(CommandSpec spec, Path output, String text) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      write(output, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
  }

  /**
   * Replaces {@code file} with what {@code body} writes.
   *
   * @throws CannotWrite if it cannot be written; the file is then as it was
   */
  static void write(Path file, AtomicWrite.Body body) {
    try {
      AtomicWrite.write(file, body);
    } catch (IOException e) {
      throw new CannotWrite(file, e);
    }
  }

  /** What writes a file's content, with the library's {@code UncheckedIOException}s. */
  @FunctionalInterface
  interface Content {
    void write(java.io.OutputStream out);
  }

  /**
   * As {@link #write}, gzip-compressed when the file's name ends in {@code .gz} (term statistics,
   * word vectors).
   */
  static void writeCompressible(Path file, Content content) {
    write(
        file,
        out -> {
          java.io.OutputStream target =
              file.toString().endsWith(".gz") ? new java.util.zip.GZIPOutputStream(out) : out;
          try {
            content.write(target);
          } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
          }
          target.close();
        });
  }

  /** Reports a file left out, from any thread: {@code parley: skipped <file>: <problem>}. */
  static java.util.function.Consumer<String> skipped(PrintWriter err) {
    return reason -> {
      synchronized (err) {
        err.println("parley: skipped " + reason);
      }
    };
  }
}
