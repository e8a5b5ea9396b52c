package dev.parley.server;

import dev.parley.similarity.SentenceEncoder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sentence encoder that remembers the vectors of the texts it encoded lately, so that a statement
 * compared again (against another one, in a history, from the corpus page, at its address after its
 * result was let go) is not encoded again: encoding is most of what a comparison with meaning
 * costs. The vectors are those of the encoder it wraps, which encodes each text alone, so
 * remembering changes no answer. At most {@code capacity} texts are kept, the least recently used
 * let go first; a vector is about 1.5 kB.
 */
final class RememberingEncoder implements SentenceEncoder {

  private final SentenceEncoder encoder;
  private final Map<String, float[]> remembered;

  RememberingEncoder(SentenceEncoder encoder, int capacity) {
    this.encoder = encoder;
    this.remembered =
        new LinkedHashMap<>(1024, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > capacity;
          }
        };
  }

  @Override
  public String name() {
    return encoder.name();
  }

  @Override
  public int dimensions() {
    return encoder.dimensions();
  }

  @Override
  public float[] encode(String text) {
    float[] known;
    synchronized (remembered) {
      known = remembered.get(text);
    }
    if (known == null) {
      // Encoded outside the lock: two threads may encode one text at once, to the same vector.
      known = encoder.encode(text);
      synchronized (remembered) {
        remembered.put(text, known);
      }
    }
    return known.clone();
  }

  /** How many texts are remembered now. */
  int size() {
    synchronized (remembered) {
      return remembered.size();
    }
  }
}
