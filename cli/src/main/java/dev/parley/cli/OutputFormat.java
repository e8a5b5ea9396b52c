package dev.parley.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats of the commands; each command accepts some of them. */
enum OutputFormat {
  TEXT,
  JSON,
  HTML;

  /**
   * Returns the format named {@code name}, which must be one of {@code allowed}.
   *
   * @throws ParleyCommand.UsageException if it is not
   */
  static OutputFormat parse(String name, OutputFormat... allowed) {
    for (OutputFormat f : allowed) {
      if (f.name().equalsIgnoreCase(name)) {
        return f;
      }
    }
    throw new ParleyCommand.UsageException(
        "unknown format '"
            + name
            + "' (expected "
            + Arrays.stream(allowed)
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" or "))
            + ")");
  }
}
