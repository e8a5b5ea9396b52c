package dev.parley.cli;

/** Word-wraps text for the terminal. */
final class Wrap {

  private Wrap() {}

  /** Wraps {@code text} at {@code width} columns, each line starting with {@code indent}. */
  static String indent(String text, String indent, int width) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int column = 0;
    for (String word : text.split(" ")) {
      if (column > 0 && column + 1 + word.length() > width) {
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
      column += word.length();
    }
    return out.toString();
  }
}
