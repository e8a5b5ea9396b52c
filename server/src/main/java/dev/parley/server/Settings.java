package dev.parley.server;

import dev.parley.align.Alignment;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a person chose beside the texts: the mode, the thresholds (null for the defaults) and
 * whether meaning is weighed. Part of a result's address: the same texts with other settings are
 * another result.
 *
 * @param mode versions or delegations
 * @param matchThreshold versions mode: the similarity from which paragraphs link one to one
 * @param relatedThreshold delegations mode: the similarity from which paragraphs are related
 * @param meaning whether meaning is weighed beside words (where a model is installed)
 */
record Settings(
    Alignment.Mode mode,
    @Nullable Double matchThreshold,
    @Nullable Double relatedThreshold,
    boolean meaning) {

  static final Settings DEFAULTS = new Settings(Alignment.Mode.VERSIONS, null, null, true);

  /**
   * Reads the settings from named fields ({@code mode}, {@code match-threshold}, {@code
   * related-threshold}, {@code meaning}); a field that is absent or empty keeps its default.
   *
   * @throws HttpFailure 400 if a field holds what it cannot
   */
  static Settings read(Function<String, @Nullable String> field) {
    Alignment.Mode mode =
        switch (orEmpty(field.apply("mode")).toLowerCase(Locale.ROOT)) {
          case "", "versions" -> Alignment.Mode.VERSIONS;
          case "delegations" -> Alignment.Mode.DELEGATIONS;
          default ->
              throw HttpFailure.badRequest(
                  "mode must be versions or delegations, not '" + field.apply("mode") + "'");
        };
    Double match = threshold(field, "match-threshold");
    Double related = threshold(field, "related-threshold");
    boolean meaning =
        switch (orEmpty(field.apply("meaning")).toLowerCase(Locale.ROOT)) {
          case "", "on", "true" -> true;
          case "off", "false" -> false;
          default ->
              throw HttpFailure.badRequest(
                  "meaning must be on or off, not '" + field.apply("meaning") + "'");
        };
    return new Settings(mode, match, related, meaning);
  }

  private static @Nullable Double threshold(Function<String, @Nullable String> field, String name) {
    String v = orEmpty(field.apply(name)).strip();
    if (v.isEmpty()) {
      return null;
    }
    try {
      double x = Double.parseDouble(v);
      if (!(x > 0 && x < 1)) {
        throw HttpFailure.badRequest(name + " must be between 0 and 1: " + v);
      }
      // Two decimals: what the form offers, and a bound on the engines kept for settings.
      return Math.round(x * 100) / 100.0;
    } catch (NumberFormatException e) {
      throw HttpFailure.badRequest(name + " must be a number: " + v);
    }
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }

  /** These settings as properties, to keep beside a result's texts. */
  void store(Properties p) {
    p.setProperty("mode", mode.label());
    if (matchThreshold != null) {
      p.setProperty("match-threshold", matchThreshold.toString());
    }
    if (relatedThreshold != null) {
      p.setProperty("related-threshold", relatedThreshold.toString());
    }
    p.setProperty("meaning", meaning ? "on" : "off");
  }

  /** The settings kept in {@code p}. */
  static Settings load(Properties p) {
    return read(p::getProperty);
  }

  /** A text that tells these settings apart from any others, for a result's address. */
  String key() {
    return mode.label() + "|" + matchThreshold + "|" + relatedThreshold + "|" + meaning;
  }
}
