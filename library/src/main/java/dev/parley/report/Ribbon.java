package dev.parley.report;

import static dev.parley.report.AlignmentView.name;
import static dev.parley.report.Pages.colour;
import static dev.parley.report.Pages.describe;
import static dev.parley.report.Pages.excerpt;
import static dev.parley.report.Pages.fixed;
import static dev.parley.report.Pages.hatch;
import static dev.parley.report.Pages.num;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.report.AlignmentView.Side;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.util.Locale;

/**
 * The alignment picture at the top of a comparison page: each statement a bar of blocks, one a
 * paragraph, as wide as its text; bands join linked paragraphs, coloured by score; blocks with no
 * partner hatched. An SVG drawn in the page, whose bands and blocks link to the rows below.
 */
final class Ribbon {

  private static final int WIDTH = 1000;
  private static final int TOP = 34;
  private static final int BAR = 16;
  private static final int BOTTOM = 150;

  private final Alignment a;
  private final Html html;
  private final AlignmentView view;

  Ribbon(Alignment a, Html html, AlignmentView view) {
    this.a = a;
    this.html = html;
    this.view = view;
  }

  /** Draws the picture. */
  void write() {
    double[][] l = positions(a.left());
    double[][] r = positions(a.right());
    int height = BOTTOM + BAR + 14;
    html.open("figure", "class", "ribbon").line();
    html.open(
            "svg",
            "id",
            "ribbon",
            "viewBox",
            "0 0 " + WIDTH + " " + height,
            "role",
            "img",
            "aria-labelledby",
            "ribbon-caption",
            "preserveAspectRatio",
            "none")
        .line();
    hatch(html);
    html.element("text", "left: " + name(a.left()), "x", "0", "y", "12", "class", "axis").line();
    html.element(
            "text",
            "right: " + name(a.right()),
            "x",
            "0",
            "y",
            Integer.toString(height - 2),
            "class",
            "axis")
        .line();
    for (int n = 0; n < a.links().size(); n++) {
      band(n, a.links().get(n), l, r);
    }
    bar(a.left(), l, TOP, Side.LEFT);
    bar(a.right(), r, BOTTOM, Side.RIGHT);
    html.close("svg").line();
    html.element(
            "figcaption",
            "Each block is a paragraph, as wide as its text; bands join linked paragraphs,"
                + " coloured by score (dark: kept, pale: rewritten); dashed bands are moves;"
                + " thin dotted bands are sentences that moved to another paragraph; hatched"
                + " blocks have no partner. Select a band or a block to go to it.",
            "id",
            "ribbon-caption")
        .line();
    html.close("figure").line();
  }

  /** The band joining the two sides of link {@code n}, if it has two sides. */
  private void band(int n, Link k, double[][] l, double[][] r) {
    if (k.left().isEmpty() || k.right().isEmpty()) {
      return;
    }
    double x1 = l[k.left().get(0)][0];
    double x2 = l[k.left().get(k.left().size() - 1)][1];
    double x3 = r[k.right().get(0)][0];
    double x4 = r[k.right().get(k.right().size() - 1)][1];
    if (k.type() == Link.Type.PARTIAL && k.share().isPresent()) {
      // Moved sentences: a band as wide as their part of each paragraph, from its middle.
      double[] left = narrowed(x1, x2, k.share().get().left());
      double[] right = narrowed(x3, x4, k.share().get().right());
      x1 = left[0];
      x2 = left[1];
      x3 = right[0];
      x4 = right[1];
    }
    int y1 = TOP + BAR;
    int y2 = BOTTOM;
    int ym = (y1 + y2) / 2;
    double score = k.score().orElse(0);
    // Two cubic curves, top edge to bottom edge, so that bands leave and reach their blocks
    // vertically.
    String path =
        String.format(
            Locale.ROOT,
            "M%.1f %d C%.1f %d %.1f %d %.1f %d L%.1f %d C%.1f %d %.1f %d %.1f %d Z",
            x1,
            y1,
            x1,
            ym,
            x3,
            ym,
            x3,
            y2,
            x4,
            y2,
            x4,
            ym,
            x2,
            ym,
            x2,
            y1);
    html.open("a", "href", "#link-" + n);
    html.open(
        "path",
        "id",
        "band-" + n,
        "class",
        "band " + k.type().label(),
        "fill",
        colour(score),
        "d",
        path);
    html.element("title", describe(k) + " · score " + fixed(score));
    html.close("path").close("a").line();
  }

  /** The middle {@code share} of {@code [from, to]}, at least one unit wide. */
  private static double[] narrowed(double from, double to, double share) {
    double middle = (from + to) / 2;
    double half = Math.max(0.5, (to - from) * share / 2);
    return new double[] {middle - half, middle + half};
  }

  private void bar(Statement s, double[][] x, int y, Side which) {
    String side = which == Side.LEFT ? "L" : "R";
    for (int i = 0; i < x.length; i++) {
      boolean alone = view.alone(which, i);
      html.open("a", "href", "#" + side + i);
      html.open(
          "rect",
          "class",
          alone ? "block alone" : "block",
          "x",
          num(x[i][0]),
          "y",
          Integer.toString(y),
          "width",
          num(Math.max(0.5, x[i][1] - x[i][0])),
          "height",
          Integer.toString(BAR),
          "fill",
          alone ? "url(#hatch)" : null);
      html.element(
          "title",
          (which == Side.LEFT ? "left" : "right")
              + " ¶ "
              + (i + 1)
              + ": "
              + excerpt(s.paragraphs().get(i).text(), 80));
      html.close("rect").close("a").line();
    }
  }

  /** Each paragraph's start and end on the picture's x axis, proportional to its length. */
  private static double[][] positions(Statement s) {
    int n = s.paragraphs().size();
    double[][] x = new double[n][2];
    if (n == 0) {
      return x;
    }
    double gap = Math.min(2.0, 200.0 / n);
    double total = 0;
    for (Paragraph p : s.paragraphs()) {
      total += p.text().length();
    }
    double room = WIDTH - gap * (n - 1);
    double at = 0;
    for (int i = 0; i < n; i++) {
      double w = room * s.paragraphs().get(i).text().length() / Math.max(1, total);
      x[i][0] = at;
      x[i][1] = at + w;
      at += w + gap;
    }
    return x;
  }
}
