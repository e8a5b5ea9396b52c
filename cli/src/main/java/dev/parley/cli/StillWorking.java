package dev.parley.cli;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Says on standard error that long work is still going: nothing for the first five seconds (a
 * comparison of two speeches takes well under one), then a line every ten seconds with the time so
 * far, so that a large input is never a silent wait.
 */
final class StillWorking implements AutoCloseable {

  static final long FIRST_SECONDS = 5;
  static final long EVERY_SECONDS = 10;

  private final ScheduledExecutorService timer;

  private StillWorking(ScheduledExecutorService timer) {
    this.timer = timer;
  }

  /** Starts saying {@code parley: still WHAT (N s)} on {@code err} while the work goes on. */
  static StillWorking start(PrintWriter err, String what) {
    ScheduledExecutorService timer =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "parley-still-working");
              t.setDaemon(true);
              return t;
            });
    long started = System.nanoTime();
    timer.scheduleAtFixedRate(
        () -> {
          long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
          synchronized (err) {
            err.println("parley: still " + what + " (" + seconds + " s)");
            err.flush();
          }
        },
        FIRST_SECONDS,
        EVERY_SECONDS,
        TimeUnit.SECONDS);
    return new StillWorking(timer);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
