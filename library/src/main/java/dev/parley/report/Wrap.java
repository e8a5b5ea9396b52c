package dev.parley.report;

/** Word-wraps text for the terminal. */
final class Wrap {

  private Wrap() {}

  /** The length of {@code word} on screen: ANSI colour sequences take no room. */
  static int visibleLength(String word) {
    return word.indexOf('\u001b') < 0
        ? word.length()
        : word.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }

  /** Wraps {@code text} at {@code width} columns, each line starting with {@code indent}. */
  static String indent(String text, String indent, int width) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int column = 0;
    for (String word : text.split(" ")) {
      int visible = visibleLength(word);
      if (column > 0 && column + 1 + visible > width) {
        out.append('\n');
        column = 0;
      }
      if (column == 0) {
        out.append(indent);
        column = indent.length();
      } else {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += visible;
    }
    return out.toString();
  }

  /**
   * Wraps {@code text} at {@code width} columns, the first line after {@code first}, the others
   * indented as far.
   */
  static String hanging(String text, String first, int width) {
    String wrapped = indent(text, " ".repeat(first.length()), width);
    return first + wrapped.substring(Math.min(first.length(), wrapped.length()));
  }
}
