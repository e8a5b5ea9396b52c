package dev.parley.cli;

import java.util.Map;

/**
 * How text reports are laid out: the width to wrap at (the terminal's, from {@code COLUMNS}, else
 * 100 columns) and whether to colour changes (only when standard output is a terminal and {@code
 * NO_COLOR} is not set; the {@code [-…-]} and {@code {+…+}} marks stay either way, so colour never
 * carries meaning alone).
 *
 * @param width columns to wrap at
 * @param colour whether to add ANSI colours
 */
record Terminal(int width, boolean colour) {

  /** A report written to a file: no colour, 100 columns. */
  static final Terminal FILE = new Terminal(100, false);

  /** Returns the terminal standard output goes to now. */
  static Terminal current() {
    return detect(System.getenv(), System.console() != null);
  }

  /** Reads the terminal from the environment. */
  static Terminal detect(Map<String, String> env, boolean stdoutIsTerminal) {
    int width = 100;
    String columns = env.get("COLUMNS");
    if (columns != null && columns.matches("\\d{2,4}")) {
      width = Math.max(40, Math.min(200, Integer.parseInt(columns) - 1));
    }
    boolean colour = stdoutIsTerminal && !env.containsKey("NO_COLOR");
    return new Terminal(width, colour);
  }

  /** The library's style for this terminal. */
  dev.parley.report.TextStyle style() {
    return new dev.parley.report.TextStyle(width, colour);
  }
}
