package dev.parley.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The style sheets and scripts the HTML reports carry inside them. */
final class Assets {

  static final String STYLE = read("report.css");
  static final String SCRIPT = read("report.js");
  static final String HISTORY_STYLE = read("history.css");
  static final String HISTORY_SCRIPT = read("history.js");

  private Assets() {}

  private static String read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("report resource " + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
