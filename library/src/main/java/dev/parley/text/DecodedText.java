package dev.parley.text;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Text decoded from bytes, with the encoding that was used and what a reader should know about it.
 *
 * @param text the text, byte order mark removed, line ends untouched
 * @param encoding the name of the encoding used ({@code UTF-8}, {@code windows-1252}, …)
 * @param warnings one line each, such as a fallback to Windows-1252
 */
public record DecodedText(String text, String encoding, List<String> warnings) {

  /**
   * Checks the fields and copies the warnings.
   *
   * @throws NullPointerException if a field is null
   */
  public DecodedText {
    requireNonNull(text, "text");
    requireNonNull(encoding, "encoding");
    warnings = List.copyOf(warnings);
  }
}
