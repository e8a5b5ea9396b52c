package dev.parley.cli;

import dev.parley.similarity.SentenceEncoder;
import java.util.Optional;

/**
 * The sentence encoder the command line uses: the one installed beside it ({@code parley-meaning}),
 * loaded once per run, when a command first asks for it.
 */
final class Meaning {

  private Meaning() {}

  private static final class Holder {
    static final Optional<SentenceEncoder> INSTALLED = load();

    private static Optional<SentenceEncoder> load() {
      try {
        return SentenceEncoder.installed();
      } catch (IllegalStateException | java.util.ServiceConfigurationError e) {
        // The deepest cause says what is wrong (a missing file, a damaged model).
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
          cause = cause.getCause();
        }
        throw new ModelUnusableException(
            cause instanceof IllegalStateException
                ? cause.getMessage()
                : cause.getClass().getSimpleName() + ": " + cause.getMessage());
      }
    }
  }

  /** The installed encoder, if any. */
  static Optional<SentenceEncoder> installed() {
    return Holder.INSTALLED;
  }

  /** The installed encoder's model cannot be loaded: one line says why. */
  static final class ModelUnusableException extends RuntimeException {
    ModelUnusableException(String message) {
      super(
          "the meaning model cannot be loaded: "
              + message
              + " (--meaning off links on words alone)");
    }
  }
}
