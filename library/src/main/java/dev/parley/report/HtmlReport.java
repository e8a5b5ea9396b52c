package dev.parley.report;

import static java.util.Objects.requireNonNull;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.diff.DiffOp;
import dev.parley.similarity.SharedPhrase;
import dev.parley.text.Metadata;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;

/**
 * A comparison as one self-contained HTML page, for a person to read and print: both statements'
 * metadata and the overall similarity on top, an alignment picture (an SVG ribbon joining the
 * paragraph positions of the two statements, coloured by score), then the aligned paragraphs side
 * by side with deleted and inserted words marked.
 *
 * <p>The page needs no network: its style sheet and its few lines of script are inside it. Moves,
 * splits and merges are labelled and linked; selecting a paragraph marks its partner and scrolls to
 * it. Changes are shown by more than colour (struck through, underlined), and the colours are a
 * blue–orange pair that colour-blind readers can tell apart. Statement text is always escaped: it
 * never becomes markup.
 *
 * <p>Paragraphs are numbered from 1 on the page, as a reader counts them; the JSON output counts
 * from 0.
 */
public final class HtmlReport {

  /** Colour stops of the score scale, from unlike (0) to identical (1). */
  private static final int[][] SCALE = {
    {0xf4, 0xe4, 0xb0}, {0xa8, 0xcb, 0xe0}, {0x4a, 0x86, 0xbf}, {0x1b, 0x3f, 0x7a}
  };

  private static final int RIBBON_WIDTH = 1000;
  private static final int RIBBON_TOP = 34;
  private static final int RIBBON_BAR = 16;
  private static final int RIBBON_BOTTOM = 150;

  private HtmlReport() {}

  /**
   * Returns the report of {@code alignment} as one HTML document.
   *
   * @throws NullPointerException if {@code alignment} is null
   */
  public static String render(Alignment alignment) {
    StringBuilder out = new StringBuilder(64 * 1024);
    write(alignment, out);
    return out.toString();
  }

  /**
   * Writes the report of {@code alignment} to {@code out}.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(Alignment alignment, Appendable out) {
    requireNonNull(alignment, "alignment");
    requireNonNull(out, "out");
    try {
      new Page(alignment, out).write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code text} escaped, struck through if deleted, underlined if inserted. */
  static void mark(Appendable out, DiffOp.Op op, String text) throws IOException {
    switch (op) {
      case EQUAL -> out.append(escape(text));
      case DELETE -> out.append("<del>").append(escape(text)).append("</del>");
      case INSERT -> out.append("<ins>").append(escape(text)).append("</ins>");
    }
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String r =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
          };
      if (r == null && (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f)) {
        r = "\uFFFD";
      }
      if (r != null) {
        if (b == null) {
          b = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        b.append(r);
      } else if (b != null) {
        b.append(c);
      }
    }
    return b == null ? text : b.toString();
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

  /** Which sides of a link a row of the page shows. */
  private enum Show {
    BOTH,
    /** Where a moved paragraph stood on the left. */
    LEFT,
    /** Where a moved paragraph stands on the right. */
    RIGHT
  }

  private record Row(int link, Show show) {}

  private static final class Page {
    private final Alignment a;
    private final Appendable out;
    private final boolean versions;

    /** Each paragraph's partners, as element ids, per side. */
    private final Map<Integer, List<String>> leftPartners = new HashMap<>();

    private final Map<Integer, List<String>> rightPartners = new HashMap<>();

    /**
     * The link each paragraph is in, per side (versions mode: its one link, or for a paragraph made
     * only of moved sentences, its first partial link).
     */
    private final Map<Integer, Integer> leftLink = new HashMap<>();

    private final Map<Integer, Integer> rightLink = new HashMap<>();

    /** Paragraph ids already given to an element (delegations mode repeats paragraphs). */
    private final Set<String> written = new HashSet<>();

    Page(Alignment a, Appendable out) {
      this.a = a;
      this.out = out;
      this.versions = a.mode() == Alignment.Mode.VERSIONS;
      // A paragraph's own link first; partial links (moved sentences) only for a paragraph that
      // has no other.
      for (boolean partial : new boolean[] {false, true}) {
        for (int n = 0; n < a.links().size(); n++) {
          Link l = a.links().get(n);
          if ((l.type() == Link.Type.PARTIAL) != partial) {
            continue;
          }
          for (int i : l.left()) {
            leftLink.putIfAbsent(i, n);
            List<String> p = leftPartners.computeIfAbsent(i, k -> new ArrayList<>());
            l.right().forEach(j -> p.add("R" + j));
          }
          for (int j : l.right()) {
            rightLink.putIfAbsent(j, n);
            List<String> p = rightPartners.computeIfAbsent(j, k -> new ArrayList<>());
            l.left().forEach(i -> p.add("L" + i));
          }
        }
      }
    }

    void write() throws IOException {
      out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"Parley\">\n")
          .append("<title>")
          .append(escape(name(a.left()) + " — " + name(a.right())))
          .append("</title>\n<style>\n")
          .append(Assets.STYLE)
          .append("</style>\n</head>\n<body class=\"")
          .append(a.mode().label())
          .append("\">\n");
      header();
      ribbon();
      out.append("<main>\n");
      if (versions) {
        versionRows();
      } else {
        relatedRows();
      }
      out.append("</main>\n<footer>Compared by Parley. Paragraphs are numbered from 1.</footer>\n")
          .append("<script>\n")
          .append(Assets.SCRIPT)
          .append("</script>\n</body>\n</html>\n");
    }

    // ---- header ----

    private void header() throws IOException {
      out.append("<header>\n<h1>")
          .append(escape(name(a.left())))
          .append(" <span class=\"vs\">and</span> ")
          .append(escape(name(a.right())))
          .append("</h1>\n<div class=\"sides\">\n");
      statement("Left", a.left());
      statement("Right", a.right());
      out.append("</div>\n<div class=\"summary\">\n<p class=\"overall\">Phrasing similarity ")
          .append("<strong id=\"similarity\">")
          .append(fixed(a.similarity()))
          .append("</strong> <span class=\"meter\" aria-hidden=\"true\"><span style=\"width:")
          .append(String.format(Locale.ROOT, "%.1f", 100 * a.similarity()))
          .append("%;background:")
          .append(colour(a.similarity()))
          .append("\"></span></span> <span class=\"mode\">")
          .append(versions ? "two versions of a statement" : "two delegations' statements")
          .append("</span></p>\n<p class=\"counts\">");
      Map<Link.Type, Integer> counts = new EnumMap<>(Link.Type.class);
      a.links().forEach(l -> counts.merge(l.type(), 1, Integer::sum));
      StringJoiner j = new StringJoiner(" · ");
      counts.forEach(
          (t, n) ->
              j.add("<span class=\"badge " + t.label() + "\">" + n + " " + noun(t) + "</span>"));
      out.append(counts.isEmpty() ? "No related paragraphs found." : j.toString()).append("</p>\n");
      legend();
      out.append("</div>\n</header>\n");
    }

    private void statement(String side, Statement s) throws IOException {
      Metadata m = s.metadata();
      out.append("<section class=\"statement ")
          .append(side.toLowerCase(Locale.ROOT))
          .append("\">\n<h2>")
          .append(side)
          .append(": <span class=\"source\">")
          .append(escape(s.source()))
          .append("</span></h2>\n<dl>\n");
      field("Delegation", m.delegation().orElse(null));
      field("Speaker", m.speaker().orElse(null));
      field("Title", m.title().orElse(null));
      field(
          "Agenda item",
          m.agendaItem()
              .map(i -> i + m.agendaTitle().map(t -> ": " + t).orElse(""))
              .orElse(m.agendaTitle().orElse(null)));
      field("Date", m.date().map(Object::toString).orElse(null));
      field(
          "Paragraphs",
          s.paragraphs().size() + " (" + s.bodyParagraphs().size() + " of running text)");
      out.append("</dl>\n");
      for (String w : s.warnings()) {
        out.append("<p class=\"warning\">").append(escape(w)).append("</p>\n");
      }
      out.append("</section>\n");
    }

    private void field(String label, String value) throws IOException {
      if (value != null) {
        out.append("<dt>")
            .append(label)
            .append("</dt><dd>")
            .append(escape(value))
            .append("</dd>\n");
      }
    }

    private void legend() throws IOException {
      out.append("<p class=\"legend\">");
      if (versions) {
        out.append("<span><del>deleted words</del></span> <span><ins>inserted words</ins></span> ");
      } else {
        out.append("<span><mark>shared phrase</mark></span> ");
      }
      out.append("<span class=\"scale\">score <span class=\"ramp\" style=\"background:")
          .append("linear-gradient(to right");
      for (int i = 0; i <= 4; i++) {
        out.append(",").append(colour(i / 4.0));
      }
      out.append(")\"></span> 0 (rewritten) … 1 (kept)</span></p>\n");
    }

    // ---- the picture ----

    private void ribbon() throws IOException {
      double[][] l = positions(a.left());
      double[][] r = positions(a.right());
      int height = RIBBON_BOTTOM + RIBBON_BAR + 14;
      out.append("<figure class=\"ribbon\">\n<svg id=\"ribbon\" viewBox=\"0 0 ")
          .append(Integer.toString(RIBBON_WIDTH))
          .append(" ")
          .append(Integer.toString(height))
          .append("\" role=\"img\" aria-labelledby=\"ribbon-caption\"")
          .append(" preserveAspectRatio=\"none\">\n")
          .append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\"")
          .append(" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
          .append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/>")
          .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8a5a1e\"")
          .append(" stroke-width=\"3\"/></pattern></defs>\n")
          .append("<text x=\"0\" y=\"12\" class=\"axis\">left: ")
          .append(escape(name(a.left())))
          .append("</text>\n<text x=\"0\" y=\"")
          .append(Integer.toString(height - 2))
          .append("\" class=\"axis\">right: ")
          .append(escape(name(a.right())))
          .append("</text>\n");
      for (int n = 0; n < a.links().size(); n++) {
        Link k = a.links().get(n);
        if (k.left().isEmpty() || k.right().isEmpty()) {
          continue;
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
        int y1 = RIBBON_TOP + RIBBON_BAR;
        int y2 = RIBBON_BOTTOM;
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
        out.append(
            String.format(
                Locale.ROOT,
                "<a href=\"#link-%d\"><path id=\"band-%d\" class=\"band %s\" fill=\"%s\" d=\"%s\">"
                    + "<title>%s</title></path></a>\n",
                n,
                n,
                k.type().label(),
                colour(score),
                path,
                escape(describe(k) + " · score " + fixed(score))));
      }
      bar(a.left(), l, RIBBON_TOP, "L", leftLink);
      bar(a.right(), r, RIBBON_BOTTOM, "R", rightLink);
      out.append("</svg>\n<figcaption id=\"ribbon-caption\">Each block is a paragraph, as wide as")
          .append(" its text; bands join linked paragraphs, coloured by score (dark: kept, pale:")
          .append(" rewritten); dashed bands are moves; thin dotted bands are sentences that")
          .append(" moved to another paragraph; hatched blocks have no partner.")
          .append(" Select a band or a block to go to it.</figcaption>\n</figure>\n");
    }

    /** The middle {@code share} of {@code [from, to]}, at least one unit wide. */
    private static double[] narrowed(double from, double to, double share) {
      double middle = (from + to) / 2;
      double half = Math.max(0.5, (to - from) * share / 2);
      return new double[] {middle - half, middle + half};
    }

    private void bar(Statement s, double[][] x, int y, String side, Map<Integer, Integer> linkOf)
        throws IOException {
      for (int i = 0; i < x.length; i++) {
        Integer n = linkOf.get(i);
        boolean alone =
            n == null || a.links().get(n).left().isEmpty() || a.links().get(n).right().isEmpty();
        out.append("<a href=\"#")
            .append(side)
            .append(Integer.toString(i))
            .append("\"><rect class=\"block")
            .append(alone ? " alone" : "")
            .append("\" x=\"")
            .append(num(x[i][0]))
            .append("\" y=\"")
            .append(Integer.toString(y))
            .append("\" width=\"")
            .append(num(Math.max(0.5, x[i][1] - x[i][0])))
            .append("\" height=\"")
            .append(Integer.toString(RIBBON_BAR))
            .append("\"")
            .append(alone ? " fill=\"url(#hatch)\"" : "")
            .append("><title>")
            .append(side.equals("L") ? "left" : "right")
            .append(" ¶ ")
            .append(Integer.toString(i + 1))
            .append(": ")
            .append(escape(excerpt(s.paragraphs().get(i).text(), 80)))
            .append("</title></rect></a>\n");
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
      double room = RIBBON_WIDTH - gap * (n - 1);
      double at = 0;
      for (int i = 0; i < n; i++) {
        double w = room * s.paragraphs().get(i).text().length() / Math.max(1, total);
        x[i][0] = at;
        x[i][1] = at + w;
        at += w + gap;
      }
      return x;
    }

    // ---- versions mode ----

    private void versionRows() throws IOException {
      List<Row> rows = new ArrayList<>();
      List<Integer> moves = new ArrayList<>();
      for (int n = 0; n < a.links().size(); n++) {
        Link l = a.links().get(n);
        if (l.type() == Link.Type.MOVE) {
          rows.add(new Row(n, Show.LEFT));
          moves.add(n);
        } else {
          rows.add(new Row(n, Show.BOTH));
        }
      }
      // A moved paragraph's right half goes after the row holding the right paragraph before it.
      moves.sort(Comparator.comparing(n -> a.links().get(n).right().get(0)));
      for (int n : moves) {
        int j = a.links().get(n).right().get(0);
        int at = 0;
        for (int r = 0; r < rows.size(); r++) {
          Row row = rows.get(r);
          if (row.show() != Show.LEFT && a.links().get(row.link()).right().contains(j - 1)) {
            at = r + 1;
            break;
          }
        }
        rows.add(at, new Row(n, Show.RIGHT));
      }
      out.append("<div class=\"columns\" aria-hidden=\"true\"><div>Left</div><div>Right</div>")
          .append("</div>\n");
      for (Row row : rows) {
        row(row);
      }
    }

    private void row(Row row) throws IOException {
      Link l = a.links().get(row.link());
      if (l.type() == Link.Type.PARTIAL) {
        partialRow(row.link(), l);
        return;
      }
      String id = row.show() == Show.RIGHT ? "link-" + row.link() + "-to" : "link-" + row.link();
      out.append("<section class=\"row ")
          .append(l.type().label())
          .append(row.show() == Show.BOTH ? "" : " half")
          .append("\" id=\"")
          .append(id)
          .append("\">\n<div class=\"label\">")
          .append(label(l, row.show()))
          .append("</div>\n");
      List<List<Segment>> left = List.of();
      List<List<Segment>> right = List.of();
      if (!l.diff().isEmpty()) {
        left = sides(l.diff(), true);
        right = sides(l.diff(), false);
      }
      out.append("<div class=\"cell left\">");
      if (row.show() != Show.RIGHT) {
        paragraphs(a.left(), l.left(), left, "L", leftPartners, l.type() == Link.Type.DELETE);
      } else {
        out.append("<p class=\"ghost\">moved from <a href=\"#L")
            .append(Integer.toString(l.left().get(0)))
            .append("\">left ¶ ")
            .append(Integer.toString(l.left().get(0) + 1))
            .append("</a></p>");
      }
      out.append("</div>\n<div class=\"cell right\">");
      if (row.show() != Show.LEFT) {
        paragraphs(a.right(), l.right(), right, "R", rightPartners, l.type() == Link.Type.INSERT);
      } else {
        out.append("<p class=\"ghost\">moved to <a href=\"#R")
            .append(Integer.toString(l.right().get(0)))
            .append("\">right ¶ ")
            .append(Integer.toString(l.right().get(0) + 1))
            .append("</a></p>");
      }
      out.append("</div>\n</section>\n");
    }

    /**
     * A row for sentences that moved from one paragraph into another: the sentences as they left
     * and as they arrived, changes marked, each side pointing at its paragraph.
     */
    private void partialRow(int n, Link l) throws IOException {
      int i = l.left().get(0);
      int j = l.right().get(0);
      out.append("<section class=\"row partial\" id=\"link-")
          .append(Integer.toString(n))
          .append("\">\n<div class=\"label\">")
          .append(label(l, Show.BOTH))
          .append("</div>\n<div class=\"cell left\">");
      movedSentences(sides(l.diff(), true), "from", "L", i, "left");
      out.append("</div>\n<div class=\"cell right\">");
      movedSentences(sides(l.diff(), false), "into", "R", j, "right");
      out.append("</div>\n</section>\n");
    }

    private void movedSentences(
        List<List<Segment>> marked, String preposition, String side, int index, String sideName)
        throws IOException {
      out.append("<p class=\"moved\"><span class=\"ghost\">")
          .append(preposition)
          .append(" <a href=\"#")
          .append(side)
          .append(Integer.toString(index))
          .append("\">")
          .append(sideName)
          .append(" ¶ ")
          .append(Integer.toString(index + 1))
          .append("</a>:</span> ");
      for (List<Segment> part : marked) {
        for (Segment g : part) {
          mark(out, g.op(), g.text());
        }
      }
      out.append("</p>\n");
    }

    private String label(Link l, Show show) {
      StringBuilder b = new StringBuilder("<span class=\"badge ").append(l.type().label());
      b.append("\">").append(noun(l.type())).append("</span>");
      b.append(" <span class=\"where\">").append(escape(describe(l))).append("</span>");
      if (l.score().isPresent()) {
        double s = l.score().getAsDouble();
        b.append(" <span class=\"score\" style=\"border-color:")
            .append(colour(s))
            .append("\">")
            .append(fixed(s))
            .append("</span>");
      }
      if (show == Show.LEFT) {
        b.append(
            " <span class=\"note\">its text, with changes, is shown where it now stands</span>");
      }
      return b.toString();
    }

    /** Writes a side's paragraphs of a link, each its own element, changes marked. */
    private void paragraphs(
        Statement s,
        List<Integer> indices,
        List<List<Segment>> marked,
        String side,
        Map<Integer, List<String>> partners,
        boolean alone)
        throws IOException {
      for (int k = 0; k < indices.size(); k++) {
        int i = indices.get(k);
        Paragraph p = s.paragraphs().get(i);
        openParagraph(p, side, partners.get(i), alone ? " alone" : "");
        if (k < marked.size() && sameText(marked.get(k), p.text())) {
          for (Segment g : marked.get(k)) {
            if (g.op() == DiffOp.Op.EQUAL || g.text().isBlank()) {
              // A change of spacing alone (where paragraphs were joined or cut) is not marked.
              out.append(escape(g.text()));
              continue;
            }
            mark(out, g.op(), g.text());
          }
        } else {
          out.append(escape(p.text()));
        }
        out.append("</p>\n");
      }
    }

    private void openParagraph(Paragraph p, String side, List<String> partners, String extra)
        throws IOException {
      out.append("<p class=\"para")
          .append(extra)
          .append("\" id=\"")
          .append(side)
          .append(Integer.toString(p.index()))
          .append("\" tabindex=\"0\"");
      if (partners != null && !partners.isEmpty()) {
        out.append(" data-partner=\"").append(String.join(" ", partners)).append("\"");
      }
      out.append("><span class=\"num\">").append(Integer.toString(p.index() + 1)).append("</span>");
      if (p.kind() != Paragraph.Kind.BODY) {
        out.append("<span class=\"kind\">").append(p.kind().label()).append("</span> ");
      }
    }

    // ---- delegations mode ----

    private void relatedRows() throws IOException {
      out.append("<div class=\"columns\" aria-hidden=\"true\"><div>Left</div><div>Right</div>")
          .append("</div>\n");
      for (int n = 0; n < a.links().size(); n++) {
        Link l = a.links().get(n);
        out.append("<section class=\"row related\" id=\"link-")
            .append(Integer.toString(n))
            .append("\">\n<div class=\"label\">")
            .append(label(l, Show.BOTH))
            .append("</div>\n<div class=\"cell left\">");
        int i = l.left().get(0);
        int j = l.right().get(0);
        marked(a.left(), i, "L", l.sharedPhrases(), true);
        out.append("</div>\n<div class=\"cell right\">");
        marked(a.right(), j, "R", l.sharedPhrases(), false);
        out.append("</div>\n</section>\n");
      }
      out.append("<details class=\"others\">\n<summary>Paragraphs with no related partner")
          .append("</summary>\n<div class=\"row\"><div class=\"cell left\">");
      unlinked(a.left(), "L", leftPartners);
      out.append("</div><div class=\"cell right\">");
      unlinked(a.right(), "R", rightPartners);
      out.append("</div></div>\n</details>\n");
    }

    /**
     * Writes one paragraph with its shared phrases marked. A paragraph related to several others
     * appears once per link; only the first gets the element id.
     */
    private void marked(
        Statement s, int index, String side, List<SharedPhrase> phrases, boolean leftSide)
        throws IOException {
      Paragraph p = s.paragraphs().get(index);
      String text = p.text();
      TreeSet<int[]> ranges = new TreeSet<>(Comparator.comparingInt(r -> r[0]));
      for (SharedPhrase ph : phrases) {
        SharedPhrase.Occurrence o = leftSide ? ph.left() : ph.right();
        if (o.paragraph() == index && o.end() <= text.length()) {
          ranges.add(new int[] {o.start(), o.end()});
        }
      }
      boolean first = written.add(side + index);
      Map<Integer, List<String>> partners = leftSide ? leftPartners : rightPartners;
      out.append("<p class=\"para\"");
      if (first) {
        out.append(" id=\"").append(side).append(Integer.toString(index)).append("\"");
      }
      out.append(" tabindex=\"0\" data-partner=\"")
          .append(String.join(" ", partners.getOrDefault(index, List.of())))
          .append("\"><span class=\"num\">")
          .append(Integer.toString(index + 1))
          .append("</span>");
      int at = 0;
      for (int[] r : ranges) {
        if (r[0] < at) {
          continue;
        }
        out.append(escape(text.substring(at, r[0])))
            .append("<mark>")
            .append(escape(text.substring(r[0], r[1])))
            .append("</mark>");
        at = r[1];
      }
      out.append(escape(text.substring(at))).append("</p>\n");
    }

    private void unlinked(Statement s, String side, Map<Integer, List<String>> partners)
        throws IOException {
      for (Paragraph p : s.paragraphs()) {
        if (!partners.containsKey(p.index())) {
          openParagraph(p, side, null, "");
          out.append(escape(p.text())).append("</p>\n");
        }
      }
    }

    // ---- words ----

    private String describe(Link l) {
      String left = numbers(l.left());
      String right = numbers(l.right());
      return switch (l.type()) {
        case INSERT -> "right " + right + " inserted";
        case DELETE -> "left " + left + " deleted";
        case MOVE -> "left " + left + " moved to right " + right;
        case PARTIAL -> "sentences of left " + left + " moved into right " + right;
        case SPLIT -> "left " + left + " split into right " + right;
        case MERGE -> "left " + left + " merged into right " + right;
        case MATCH -> "left " + left + " = right " + right;
        case RELATED -> "left " + left + " ~ right " + right;
      };
    }
  }

  /** A piece of one side's text: equal, deleted (left side) or inserted (right side). */
  private record Segment(DiffOp.Op op, String text) {}

  /**
   * One side of a diff, cut into that side's paragraphs at the line breaks that join them. The left
   * side keeps equal and deleted text, the right side equal and inserted text.
   */
  private static List<List<Segment>> sides(List<DiffOp> diff, boolean left) {
    List<List<Segment>> paragraphs = new ArrayList<>();
    List<Segment> current = new ArrayList<>();
    paragraphs.add(current);
    DiffOp.Op own = left ? DiffOp.Op.DELETE : DiffOp.Op.INSERT;
    for (DiffOp d : diff) {
      if (d.op() != DiffOp.Op.EQUAL && d.op() != own) {
        continue;
      }
      String t = d.text();
      int from = 0;
      for (int nl = t.indexOf('\n'); nl >= 0; nl = t.indexOf('\n', from)) {
        if (nl > from) {
          current.add(new Segment(d.op(), t.substring(from, nl)));
        }
        current = new ArrayList<>();
        paragraphs.add(current);
        from = nl + 1;
      }
      if (from < t.length()) {
        current.add(new Segment(d.op(), t.substring(from)));
      }
    }
    return paragraphs;
  }

  private static boolean sameText(List<Segment> segments, String text) {
    StringBuilder b = new StringBuilder(text.length());
    segments.forEach(s -> b.append(s.text()));
    return b.toString().equals(text);
  }

  static String name(Statement s) {
    Metadata m = s.metadata();
    String file = s.source().replaceAll(".*[/\\\\]", "");
    StringBuilder b = new StringBuilder(m.delegation().orElse(file));
    m.date().ifPresent(d -> b.append(", ").append(d.getYear()));
    if (m.delegation().isPresent() && m.date().isEmpty()) {
      b.append(" (").append(file).append(')');
    }
    return b.toString();
  }

  private static String numbers(List<Integer> indices) {
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

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String noun(Link.Type t) {
    return switch (t) {
      case MATCH -> "matched";
      case SPLIT -> "split";
      case MERGE -> "merged";
      case MOVE -> "moved";
      case PARTIAL -> "sentences moved";
      case DELETE -> "deleted";
      case INSERT -> "inserted";
      case RELATED -> "related";
    };
  }
}
