package dev.parley.server;

import dev.parley.Parley;
import dev.parley.align.Alignment;
import dev.parley.history.History;
import dev.parley.similarity.PhrasingScore;
import dev.parley.similarity.SentenceEncoder;
import dev.parley.text.Statement;
import dev.parley.text.UnusableInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs the library for the server: one {@link Parley} per settings (kept, a few at a time), and a
 * bounded number of comparisons at once. A request that finds every turn taken waits its turn for a
 * while, then is told to come back (503): the server stays answerable however many ask.
 */
final class Engine {

  private final ServerConfig config;
  private final Semaphore turns;

  /** The engines made for settings asked for, the least recently used dropped beyond 16. */
  private final Map<String, Parley> parleys =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parley> eldest) {
          return size() > 16;
        }
      };

  /** The encoder the engines weigh meaning with, remembering what it encoded; or null. */
  private final @Nullable SentenceEncoder encoder;

  /** How many texts' vectors are remembered: about 30 MB of them. */
  static final int REMEMBERED_TEXTS = 20_000;

  Engine(ServerConfig config) {
    this.config = config;
    this.encoder =
        config.encoder() == null
            ? null
            : new RememberingEncoder(config.encoder(), REMEMBERED_TEXTS);
    this.turns = new Semaphore(config.concurrent(), true);
  }

  /** Whether meaning can be weighed (a model is installed). */
  boolean hasMeaning() {
    return config.encoder() != null;
  }

  /** The engine for {@code s}. */
  synchronized Parley parley(Settings s) {
    return parleys.computeIfAbsent(
        s.key(),
        k -> {
          Parley.Builder b = config.configure().apply(Parley.builder());
          b.maxInputBytes(config.maxInputBytes()).mode(s.mode());
          if (s.meaning() && encoder != null) {
            b.meaning(encoder);
          }
          if (s.matchThreshold() != null) {
            b.matchThreshold(s.matchThreshold());
          }
          if (s.relatedThreshold() != null) {
            b.relatedThreshold(s.relatedThreshold());
          }
          return b.build();
        });
  }

  /**
   * Runs {@code work} in one of the turns.
   *
   * @throws HttpFailure 503 if no turn comes free in time
   */
  <T> T run(Supplier<T> work) {
    boolean got;
    try {
      got = turns.tryAcquire(config.queueMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      got = false;
    }
    if (!got) {
      throw HttpFailure.busy(
          "all "
              + config.concurrent()
              + " comparison turns are taken and others are waiting; try again in a few seconds",
          5);
    }
    try {
      return work.get();
    } finally {
      turns.release();
    }
  }

  /** The statement of {@code t}, or a failure naming it (413 when too large, else 422). */
  Statement read(Parley p, Submission.Text t) {
    try {
      return p.normalize(t.name(), t.bytes());
    } catch (UnusableInputException e) {
      if (e.reason().startsWith("too large")) {
        throw HttpFailure.tooLarge(e.getMessage());
      }
      throw HttpFailure.unusable(e.getMessage());
    }
  }

  Statement normalize(Submission s) {
    return run(() -> read(parley(s.settings()), one(s)));
  }

  Alignment compare(Submission s) {
    two(s);
    return run(
        () -> {
          Parley p = parley(s.settings());
          return p.compare(
              read(p, s.texts().get(0)), read(p, s.texts().get(1)), s.settings().mode());
        });
  }

  PhrasingScore score(Submission s) {
    two(s);
    return run(
        () -> {
          Parley p = parley(s.settings());
          return p.score(read(p, s.texts().get(0)), read(p, s.texts().get(1)));
        });
  }

  /**
   * The history of the submission's versions, in the order given, or by the dates their texts give
   * when {@code byDate}.
   */
  History history(Submission s, boolean byDate) {
    if (s.texts().size() < 2) {
      throw HttpFailure.badRequest(
          "a history needs at least two versions; " + s.texts().size() + " given");
    }
    return run(
        () -> {
          Parley p = parley(s.settings());
          List<Statement> versions = new ArrayList<>();
          for (Submission.Text t : s.texts()) {
            versions.add(read(p, t));
          }
          if (byDate) {
            for (Statement v : versions) {
              if (v.metadata().date().isEmpty()) {
                throw HttpFailure.unusable(
                    v.source() + ": no date found in its text; order the versions by hand");
              }
            }
            versions.sort(
                Comparator.comparing((Statement v) -> v.metadata().date().orElse(LocalDate.MIN)));
          }
          return p.history(versions);
        });
  }

  private static Submission.Text one(Submission s) {
    if (s.texts().size() != 1) {
      throw HttpFailure.badRequest("give one statement; " + s.texts().size() + " given");
    }
    return s.texts().get(0);
  }

  private static void two(Submission s) {
    if (s.texts().size() != 2) {
      throw HttpFailure.badRequest(
          "give two statements, left and right; " + s.texts().size() + " given");
    }
  }
}
