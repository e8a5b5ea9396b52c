package dev.parley.cli;

import dev.parley.internal.AtomicWrite;
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
      super(file + ": cannot be written (" + cause.getMessage() + ")", cause);
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
}
