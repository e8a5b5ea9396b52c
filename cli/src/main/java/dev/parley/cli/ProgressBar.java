package dev.parley.cli;

import dev.parley.corpus.CorpusIndex;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A progress bar on standard error for long work, redrawn in place at most ten times a second and
 * cleared at the end; drawn only when standard error is a terminal, so that logs and pipes get
 * none.
 */
final class ProgressBar implements CorpusIndex.Progress, AutoCloseable {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final boolean draw;
  private long lastDrawn;
  private boolean drawn;

  private ProgressBar(PrintWriter err, String label, boolean draw) {
    this.err = err;
    this.label = label;
    this.draw = draw;
  }

  /** A bar on {@code err}, drawn if standard error is a terminal. */
  static ProgressBar open(PrintWriter err, String label) {
    return new ProgressBar(err, label, stderrIsTerminal());
  }

  /**
   * Whether file descriptor 2 is a terminal: read from {@code /proc} where there is one, else taken
   * to be so when the process has a console.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    if (Files.exists(Path.of("/proc/self/fd"))) {
      try {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      } catch (Exception e) {
        return false;
      }
    }
    return System.console() != null;
  }

  @Override
  public synchronized void step(int done, int total) {
    if (!draw) {
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDrawn < 100_000_000L) {
      return;
    }
    lastDrawn = now;
    int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
    err.print(
        String.format(
            Locale.ROOT,
            "\r%s [%s%s] %d/%d",
            label,
            "#".repeat(filled),
            ".".repeat(WIDTH - filled),
            done,
            total));
    err.flush();
    drawn = true;
  }

  @Override
  public synchronized void close() {
    if (drawn) {
      err.print("\r" + " ".repeat(label.length() + WIDTH + 30) + "\r");
      err.flush();
    }
  }
}
