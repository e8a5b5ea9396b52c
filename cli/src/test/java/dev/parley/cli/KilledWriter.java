package dev.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A writer to be killed part-way: replaces the file {@code args[0]} with the first half of the
 * bytes of {@code args[1]}, flushes them, then waits to be killed before finishing.
 */
public final class KilledWriter {

  private KilledWriter() {}

  /** Writes half, then waits. */
  public static void main(String[] args) throws Exception {
    byte[] bytes = Files.readAllBytes(Path.of(args[1]));
    Output.write(
        Path.of(args[0]),
        out -> {
          out.write(bytes, 0, bytes.length / 2);
          out.flush();
          System.out.println("half written");
          System.out.flush();
          try {
            Thread.sleep(120_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          out.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
        });
  }
}
