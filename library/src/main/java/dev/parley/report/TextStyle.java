package dev.parley.report;

/**
 * How a plain-text report is laid out: the width it wraps at and whether it colours changes with
 * ANSI escapes. The {@code [-deleted-]} and {@code {+inserted+}} marks stay either way, so colour
 * never carries meaning alone.
 *
 * @param width the columns to wrap at, 20 to 1,000
 * @param colour whether to colour deleted words red and inserted words green
 */
public record TextStyle(int width, boolean colour) {

  /** 100 columns, no colour: a report for a file or another program. */
  public static final TextStyle PLAIN = new TextStyle(100, false);

  static final String RED = "\u001b[31m";
  static final String GREEN = "\u001b[32m";
  static final String RESET = "\u001b[0m";

  /**
   * Checks the width.
   *
   * @throws IllegalArgumentException if the width is outside 20 to 1,000
   */
  public TextStyle {
    if (width < 20 || width > 1_000) {
      throw new IllegalArgumentException("width must be 20 to 1,000 columns: " + width);
    }
  }

  String deleted(String text) {
    return colour ? RED + "[-" + text + "-]" + RESET : "[-" + text + "-]";
  }

  String inserted(String text) {
    return colour ? GREEN + "{+" + text + "+}" + RESET : "{+" + text + "+}";
  }
}
