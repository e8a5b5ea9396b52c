package dev.parley.report;

import dev.parley.align.Link;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * What the HTML pages share: the page's start with its style sheets, the hatching of blocks with no
 * partner, the score scale's colours, and the words and numbers the pages show.
 */
final class Pages {

  /** Colour stops of the score scale, from unlike (0) to identical (1). */
  private static final int[][] SCALE = {
    {0xf4, 0xe4, 0xb0}, {0xa8, 0xcb, 0xe0}, {0x4a, 0x86, 0xbf}, {0x1b, 0x3f, 0x7a}
  };

  private Pages() {}

  /**
   * Writes a report page's start, up to and including the body's start tag: its title, its style
   * sheets inside it, and the body's class.
   */
  static void head(Html html, String title, String bodyClass, String... styles) {
    html.raw("<!DOCTYPE html>").line().open("html", "lang", "en").line();
    html.open("head").line().open("meta", "charset", "utf-8").line();
    html.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").line();
    html.open("meta", "name", "generator", "content", "Parley").line();
    html.element("title", title).line().open("style").line();
    for (String style : styles) {
      html.raw(style);
    }
    html.close("style").line().close("head").line().open("body", "class", bodyClass).line();
  }

  /** Writes the hatching pattern that marks blocks with no partner in the reports' pictures. */
  static void hatch(Html html) {
    html.open("defs");
    html.open(
        "pattern",
        "id",
        "hatch",
        "width",
        "6",
        "height",
        "6",
        "patternUnits",
        "userSpaceOnUse",
        "patternTransform",
        "rotate(45)");
    html.empty("rect", "width", "6", "height", "6", "fill", "#fff");
    html.empty(
        "line",
        "x1",
        "0",
        "y1",
        "0",
        "x2",
        "0",
        "y2",
        "6",
        "stroke",
        "#8a5a1e",
        "stroke-width",
        "3");
    html.close("pattern").close("defs").line();
  }

  /** The colour of {@code score} on the scale, as {@code #rrggbb}. */
  static String colour(double score) {
    double s = Math.max(0, Math.min(1, score)) * (SCALE.length - 1);
    int i = Math.min((int) s, SCALE.length - 2);
    double f = s - i;
    StringBuilder b = new StringBuilder("#");
    for (int k = 0; k < 3; k++) {
      int v = (int) Math.round(SCALE[i][k] + f * (SCALE[i + 1][k] - SCALE[i][k]));
      b.append(String.format(Locale.ROOT, "%02x", v));
    }
    return b.toString();
  }

  /** What a link joins, in words: {@code left ¶ 3 moved to right ¶ 7}. */
  static String describe(Link l) {
    String left = numbers(l.left());
    String right = numbers(l.right());
    return switch (l.type()) {
      case INSERT -> "right " + right + " inserted";
      case DELETE -> "left " + left + " deleted";
      case MOVE -> "left " + left + " moved to right " + right;
      case PARTIAL ->
          AlignmentView.isRestatement(l)
              ? "part of left " + left + " restated in right " + right
              : "sentences of left " + left + " moved into right " + right;
      case SPLIT -> "left " + left + " split into right " + right;
      case MERGE -> "left " + left + " merged into right " + right;
      case MATCH -> "left " + left + " = right " + right;
      case RELATED -> "left " + left + " ~ right " + right;
    };
  }

  static String numbers(List<Integer> indices) {
    StringJoiner j = new StringJoiner(", ", "¶ ", "");
    indices.forEach(i -> j.add(Integer.toString(i + 1)));
    return j.toString();
  }

  static String excerpt(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1).stripTrailing() + "…";
  }

  static String fixed(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
