package dev.parley.similarity;

import java.util.Locale;
import java.util.Map;

/**
 * Meaning by table, for tests: each text's vector is that of the first topic word it holds
 * ("embargo" and "blockade" close, "climate" and "ocean" close, "reform" apart), or a vector of its
 * own for a text with none.
 */
public final class TopicEncoder implements SentenceEncoder {

  private static final Map<String, float[]> TOPICS =
      Map.of(
          "embargo", new float[] {1, 0, 0, 0},
          "blockade", new float[] {0.95f, 0.312f, 0, 0},
          "climate", new float[] {0, 0, 1, 0},
          "ocean", new float[] {0, 0, 0.6f, 0.8f},
          "reform", new float[] {0, 1, 0, 0});

  @Override
  public String name() {
    return "topics";
  }

  @Override
  public int dimensions() {
    return 4;
  }

  @Override
  public float[] encode(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String first = null;
    for (String topic : TOPICS.keySet()) {
      int at = lower.indexOf(topic);
      if (at >= 0 && (first == null || at < lower.indexOf(first))) {
        first = topic;
      }
    }
    return first == null ? new float[] {0, 0, 0, 1} : TOPICS.get(first).clone();
  }
}
