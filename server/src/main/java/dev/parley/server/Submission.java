package dev.parley.server;

import java.util.List;

/**
 * What one request asks to be read: its texts, each with the name it goes by (a file's name, or
 * {@code left}, {@code right} for pasted text), and the settings.
 *
 * @param texts the texts, in order (left then right; the versions oldest first)
 * @param settings the settings
 */
record Submission(List<Submission.Text> texts, Settings settings) {

  Submission {
    texts = List.copyOf(texts);
  }

  /**
   * One text as it came: its name and its bytes, decoded by the library as a file would be.
   *
   * @param name the name it goes by in the result
   * @param bytes its bytes
   */
  record Text(String name, byte[] bytes) {}
}
