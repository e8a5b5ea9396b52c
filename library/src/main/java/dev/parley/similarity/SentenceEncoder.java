package dev.parley.similarity;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Turns a text into a vector of what it means, so that two texts saying the same thing in other
 * words lie close together: the meaning signal beside shared words. Parley's core ships no model;
 * the module {@code dev.parley:parley-meaning} provides one (a small sentence encoder run in the
 * JVM, no network) and any other can be plugged in through this interface.
 *
 * <pre>{@code
 * SentenceEncoder encoder = SentenceEncoder.installed().orElseThrow();
 * float[] v = encoder.encode("We call for an end to the embargo against Cuba.");
 * Parley parley = Parley.builder().meaning(encoder).build();
 * }</pre>
 *
 * <p>Implementations are thread-safe and deterministic: the same text gives the same vector on
 * every call, from any thread, whatever else is encoded at the same time.
 */
public interface SentenceEncoder {

  /** Returns the model's name, as reports and JSON name it ({@code all-MiniLM-L6-v2 (int8)}). */
  String name();

  /** Returns the number of dimensions of every vector. */
  int dimensions();

  /**
   * Returns the meaning of {@code text}: a vector of {@link #dimensions()} floats of length 1 (or
   * all zero for a text with no words). A text longer than the model reads at once is read in
   * parts, their vectors averaged by length.
   *
   * @throws NullPointerException if {@code text} is null
   */
  float[] encode(String text);

  /**
   * Returns the encoder a module on the class or module path provides ({@code parley-meaning}),
   * loaded now (a second or two for the default model); empty if none is installed.
   *
   * @throws IllegalStateException if an installed encoder cannot load its model (a missing or
   *     damaged file), with a message naming it
   */
  static Optional<SentenceEncoder> installed() {
    return ServiceLoader.load(SentenceEncoder.class).stream()
        .findFirst()
        .map(ServiceLoader.Provider::get);
  }

  /**
   * Returns the cosine of two vectors of one encoder: their dot product, as both have length 1 (0
   * where either is all zero).
   *
   * @throws IllegalArgumentException if their lengths differ
   */
  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors of " + a.length + " and " + b.length + " floats");
    }
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      sum += (double) a[k] * b[k];
    }
    return sum;
  }
}
