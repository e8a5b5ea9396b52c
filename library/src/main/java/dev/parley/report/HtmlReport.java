package dev.parley.report;

import static dev.parley.report.AlignmentView.name;
import static java.util.Objects.requireNonNull;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.align.LinkEvidence;
import dev.parley.diff.DiffOp;
import dev.parley.report.AlignmentView.Row;
import dev.parley.report.AlignmentView.Segment;
import dev.parley.report.AlignmentView.Show;
import dev.parley.report.AlignmentView.Side;
import dev.parley.similarity.SharedPhrase;
import dev.parley.text.Metadata;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

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
    new Page(alignment, out).write();
  }

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

  private static final class Page {
    private final Alignment a;
    private final Html html;
    private final boolean versions;
    private final AlignmentView view;

    /** Paragraph ids already given to an element (delegations mode repeats paragraphs). */
    private final Set<String> written = new HashSet<>();

    Page(Alignment a, Appendable out) {
      this.a = a;
      this.html = new Html(out);
      this.versions = a.mode() == Alignment.Mode.VERSIONS;
      this.view = AlignmentView.of(a);
    }

    /** A paragraph's partners as element ids ({@code R3}), or null if it has none. */
    private @Nullable String partnerIds(Side side, int paragraph) {
      List<Integer> partners = view.partners(side, paragraph);
      if (partners.isEmpty()) {
        return null;
      }
      String prefix = side == Side.LEFT ? "R" : "L";
      return partners.stream().map(i -> prefix + i).collect(Collectors.joining(" "));
    }

    void write() {
      head(html, name(a.left()) + " — " + name(a.right()), a.mode().label(), Assets.STYLE);
      header();
      ribbon();
      html.open("main").line();
      if (versions) {
        versionRows();
      } else {
        relatedRows();
      }
      html.close("main").line();
      html.element("footer", "Compared by Parley. Paragraphs are numbered from 1.").line();
      html.open("script").line().raw(Assets.SCRIPT).close("script").line();
      html.close("body").line().close("html").line();
    }

    // ---- header ----

    private void header() {
      html.open("header").line().open("h1").text(name(a.left())).raw(" ");
      html.element("span", "and", "class", "vs").raw(" ").text(name(a.right())).close("h1").line();
      html.open("div", "class", "sides").line();
      statement("Left", a.left());
      statement("Right", a.right());
      html.close("div").line().open("div", "class", "summary").line();
      html.open("p", "class", "overall").text("Phrasing similarity ");
      html.element("strong", fixed(a.similarity()), "id", "similarity").raw(" ");
      html.open("span", "class", "meter", "aria-hidden", "true");
      html.open(
              "span",
              "style",
              String.format(Locale.ROOT, "width:%.1f%%;background:", 100 * a.similarity())
                  + colour(a.similarity()))
          .close("span")
          .close("span")
          .raw(" ");
      html.open("span", "class", "mode")
          .raw(versions ? "two versions of a statement" : "two delegations' statements")
          .close("span")
          .close("p")
          .line();
      html.open("p", "class", "counts");
      List<AlignmentView.Count> counts = view.kinds();
      if (counts.isEmpty()) {
        html.text("No related paragraphs found.");
      }
      boolean first = true;
      for (AlignmentView.Count c : counts) {
        if (!first) {
          html.raw(" · ");
        }
        first = false;
        html.element("span", c.count() + " " + c.noun(), "class", "badge " + c.type().label());
      }
      html.close("p").line();
      legend();
      html.close("div").line().close("header").line();
    }

    private void statement(String side, Statement s) {
      Metadata m = s.metadata();
      html.open("section", "class", "statement " + side.toLowerCase(Locale.ROOT)).line();
      html.open("h2").text(side + ": ").element("span", s.source(), "class", "source");
      html.close("h2").line().open("dl").line();
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
      html.close("dl").line();
      for (String w : s.warnings()) {
        html.element("p", w, "class", "warning").line();
      }
      html.close("section").line();
    }

    private void field(String label, @Nullable String value) {
      if (value != null) {
        html.element("dt", label).element("dd", value).line();
      }
    }

    private void legend() {
      html.open("p", "class", "legend");
      if (versions) {
        html.open("span").element("del", "deleted words").close("span").raw(" ");
        html.open("span").element("ins", "inserted words").close("span").raw(" ");
      } else {
        html.open("span").element("mark", "shared phrase").close("span").raw(" ");
      }
      StringBuilder ramp = new StringBuilder("background:linear-gradient(to right");
      for (int i = 0; i <= 4; i++) {
        ramp.append(",").append(colour(i / 4.0));
      }
      html.open("span", "class", "scale").text("score ");
      html.open("span", "class", "ramp", "style", ramp.append(")").toString()).close("span");
      html.text(" 0 (rewritten) … 1 (kept)").close("span").close("p").line();
    }

    // ---- the picture ----

    private void ribbon() {
      double[][] l = positions(a.left());
      double[][] r = positions(a.right());
      int height = RIBBON_BOTTOM + RIBBON_BAR + 14;
      html.open("figure", "class", "ribbon").line();
      html.open(
              "svg",
              "id",
              "ribbon",
              "viewBox",
              "0 0 " + RIBBON_WIDTH + " " + height,
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
      bar(a.left(), l, RIBBON_TOP, Side.LEFT);
      bar(a.right(), r, RIBBON_BOTTOM, Side.RIGHT);
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
            Integer.toString(RIBBON_BAR),
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

    private void columns() {
      html.open("div", "class", "columns", "aria-hidden", "true");
      html.element("div", "Left").element("div", "Right").close("div").line();
    }

    private void versionRows() {
      columns();
      for (Row row : view.rows()) {
        row(row);
      }
    }

    private void row(Row row) {
      Link l = row.link();
      if (l.type() == Link.Type.PARTIAL) {
        partialRow(row.index(), l);
        return;
      }
      String id = row.show() == Show.RIGHT ? "link-" + row.index() + "-to" : "link-" + row.index();
      String kind =
          l.type().label()
              + (row.show() == Show.BOTH ? "" : " half")
              + (l.evidence().map(LinkEvidence::weak).orElse(false) ? " weak" : "");
      html.open("section", "class", "row " + kind, "id", id).line();
      label(l, row.show());
      html.open("div", "class", "cell left");
      if (row.show() != Show.RIGHT) {
        List<List<Segment>> left = AlignmentView.segments(l, Side.LEFT);
        paragraphs(a.left(), l.left(), left, Side.LEFT, l.type() == Link.Type.DELETE);
        movedNotes(l, AlignmentView.Direction.LEAVING);
      } else {
        ghost("moved from ", Side.LEFT, l.left().get(0));
      }
      html.close("div").line().open("div", "class", "cell right");
      if (row.show() != Show.LEFT) {
        List<List<Segment>> right = AlignmentView.segments(l, Side.RIGHT);
        paragraphs(a.right(), l.right(), right, Side.RIGHT, l.type() == Link.Type.INSERT);
        movedNotes(l, AlignmentView.Direction.ARRIVING);
      } else {
        ghost("moved to ", Side.RIGHT, l.right().get(0));
      }
      html.close("div").line().close("section").line();
    }

    /**
     * Under a link's paragraphs, each sentence that left them for another paragraph, or arrived in
     * them from one, pointing at where it went or came from (its row shows it in full).
     */
    private void movedNotes(Link l, AlignmentView.Direction direction) {
      for (AlignmentView.MovedSentence m : view.movedSentences(l)) {
        if (m.direction() != direction) {
          continue;
        }
        boolean leaving = direction == AlignmentView.Direction.LEAVING;
        html.open("p", "class", "moved-note").text(leaving ? "⇢ moved to " : "⇠ moved here from ");
        pointer(leaving ? Side.RIGHT : Side.LEFT, leaving ? m.to() : m.from());
        html.text(": “" + excerpt(m.text(), 100) + "”").close("p").line();
      }
    }

    /** Where a moved paragraph is to be read: a pointer to it on {@code side}. */
    private void ghost(String words, Side side, int paragraph) {
      html.open("p", "class", "ghost").text(words);
      pointer(side, paragraph).close("p");
    }

    /** A link to paragraph {@code paragraph} of {@code side}: {@code left ¶ 4}. */
    private Html pointer(Side side, int paragraph) {
      return side == Side.LEFT
          ? html.element("a", "left ¶ " + (paragraph + 1), "href", "#L" + paragraph)
          : html.element("a", "right ¶ " + (paragraph + 1), "href", "#R" + paragraph);
    }

    /**
     * A row for sentences that moved from one paragraph into another: the sentences as they left
     * and as they arrived, changes marked, each side pointing at its paragraph.
     */
    private void partialRow(int n, Link l) {
      html.open("section", "class", "row partial", "id", "link-" + n).line();
      label(l, Show.BOTH);
      html.open("div", "class", "cell left");
      movedSentences(AlignmentView.segments(l, Side.LEFT), "from ", Side.LEFT, l.left().get(0));
      html.close("div").line().open("div", "class", "cell right");
      movedSentences(AlignmentView.segments(l, Side.RIGHT), "into ", Side.RIGHT, l.right().get(0));
      html.close("div").line().close("section").line();
    }

    private void movedSentences(
        List<List<Segment>> marked, String preposition, Side side, int index) {
      html.open("p", "class", "moved").open("span", "class", "ghost").text(preposition);
      pointer(side, index).text(":").close("span").raw(" ");
      for (List<Segment> part : marked) {
        for (Segment g : part) {
          html.change(g.op(), g.text());
        }
      }
      html.close("p").line();
    }

    private void label(Link l, Show show) {
      html.open("div", "class", "label");
      html.element("span", AlignmentView.noun(l), "class", "badge " + l.type().label()).raw(" ");
      html.element("span", describe(l), "class", "where");
      if (l.score().isPresent()) {
        double s = l.score().getAsDouble();
        html.raw(" ")
            .element("span", fixed(s), "class", "score", "style", "border-color:" + colour(s));
      }
      if (show == Show.LEFT) {
        html.raw(" ")
            .element(
                "span", "its text, with changes, is shown where it now stands", "class", "note");
      }
      l.evidence().ifPresent(this::why);
      html.close("div").line();
    }

    /**
     * Why a link is there, folded under its label: the rule that made it (a weak link says so), its
     * signals, and the specific words both sides share.
     */
    private void why(LinkEvidence e) {
      html.raw(" ").open("details", "class", e.weak() ? "why weak" : "why");
      html.element("summary", "why: " + e.rule().label() + (e.weak() ? " (weak)" : ""));
      StringBuilder b = new StringBuilder("words ").append(fixed(e.words()));
      e.meaning().ifPresent(m -> b.append(" · meaning ").append(fixed(m)));
      if (!e.terms().isEmpty()) {
        b.append(" · shared: ").append(String.join(", ", e.terms()));
      }
      html.element("span", b.toString()).close("details");
    }

    /** Writes a side's paragraphs of a link, each its own element, changes marked. */
    private void paragraphs(
        Statement s, List<Integer> indices, List<List<Segment>> marked, Side side, boolean alone) {
      for (int k = 0; k < indices.size(); k++) {
        int i = indices.get(k);
        Paragraph p = s.paragraphs().get(i);
        openParagraph(p, side, partnerIds(side, i), alone ? " alone" : "");
        if (k < marked.size() && sameText(marked.get(k), p.text())) {
          for (Segment g : marked.get(k)) {
            if (g.op() == DiffOp.Op.EQUAL || g.text().isBlank()) {
              // A change of spacing alone (where paragraphs were joined or cut) is not marked.
              html.text(g.text());
              continue;
            }
            html.change(g.op(), g.text());
          }
        } else {
          html.text(p.text());
        }
        html.close("p").line();
      }
    }

    private void openParagraph(Paragraph p, Side side, @Nullable String partners, String extra) {
      String id = (side == Side.LEFT ? "L" : "R") + p.index();
      html.open("p", "class", "para" + extra, "id", id, "tabindex", "0", "data-partner", partners);
      html.element("span", Integer.toString(p.index() + 1), "class", "num");
      if (p.kind() != Paragraph.Kind.BODY) {
        html.element("span", p.kind().label(), "class", "kind").raw(" ");
      }
    }

    // ---- delegations mode ----

    private void relatedRows() {
      closest();
      columns();
      for (int n = 0; n < a.links().size(); n++) {
        Link l = a.links().get(n);
        html.open("section", "class", "row related", "id", "link-" + n).line();
        label(l, Show.BOTH);
        html.open("div", "class", "cell left");
        marked(a.left(), l.left().get(0), Side.LEFT, l.sharedPhrases());
        positions(l, Side.LEFT);
        html.close("div").line().open("div", "class", "cell right");
        marked(a.right(), l.right().get(0), Side.RIGHT, l.sharedPhrases());
        positions(l, Side.RIGHT);
        html.close("div").line().close("section").line();
      }
      html.open("details", "class", "others").line();
      html.element("summary", "Paragraphs with no related partner").line();
      html.open("div", "class", "row").open("div", "class", "cell left");
      unlinked(a.left(), Side.LEFT);
      html.close("div").open("div", "class", "cell right");
      unlinked(a.right(), Side.RIGHT);
      html.close("div").close("div").line().close("details").line();
    }

    /**
     * Under each side of a related link, the sentence that most says the matter both take up: the
     * two positions side by side.
     */
    private void positions(Link l, Side side) {
      for (Link s : l.sentences()) {
        Statement st = side == Side.LEFT ? a.left() : a.right();
        int p = (side == Side.LEFT ? l.left() : l.right()).get(0);
        int k = (side == Side.LEFT ? s.left() : s.right()).get(0);
        html.open("p", "class", "position")
            .element("span", side == Side.LEFT ? "left says: " : "right says: ", "class", "ghost")
            .text("“" + st.paragraphs().get(p).sentences().get(k).text() + "”")
            .close("p")
            .line();
      }
    }

    /** Where no paragraphs are related: the pairs that came closest, and why they fell short. */
    private void closest() {
      if (a.closest().isEmpty()) {
        return;
      }
      html.open("section", "class", "closest").line();
      html.element("h2", "No related paragraphs: the pairs that came closest").line();
      html.open("ul");
      for (dev.parley.align.NearMiss m : a.closest()) {
        html.open("li");
        pointer(Side.LEFT, m.left()).text(" and ");
        pointer(Side.RIGHT, m.right())
            .text(
                ": "
                    + m.shortOf()
                    + (m.terms().isEmpty() ? "" : "; shared: " + String.join(", ", m.terms())));
        html.close("li").line();
      }
      html.close("ul").close("section").line();
    }

    /**
     * Writes one paragraph with its shared phrases marked. A paragraph related to several others
     * appears once per link; only the first gets the element id.
     */
    private void marked(Statement s, int index, Side side, List<SharedPhrase> phrases) {
      Paragraph p = s.paragraphs().get(index);
      String text = p.text();
      TreeSet<int[]> ranges = new TreeSet<>(Comparator.comparingInt(r -> r[0]));
      for (SharedPhrase ph : phrases) {
        SharedPhrase.Occurrence o = side == Side.LEFT ? ph.left() : ph.right();
        if (o.paragraph() == index && o.end() <= text.length()) {
          ranges.add(new int[] {o.start(), o.end()});
        }
      }
      String id = (side == Side.LEFT ? "L" : "R") + index;
      boolean first = written.add(id);
      String partners = partnerIds(side, index);
      html.open(
          "p",
          "class",
          "para",
          "id",
          first ? id : null,
          "tabindex",
          "0",
          "data-partner",
          partners == null ? "" : partners);
      html.element("span", Integer.toString(index + 1), "class", "num");
      int at = 0;
      for (int[] r : ranges) {
        if (r[0] < at) {
          continue;
        }
        html.text(text.substring(at, r[0])).element("mark", text.substring(r[0], r[1]));
        at = r[1];
      }
      html.text(text.substring(at)).close("p").line();
    }

    private void unlinked(Statement s, Side side) {
      for (Paragraph p : s.paragraphs()) {
        if (view.partners(side, p.index()).isEmpty()) {
          openParagraph(p, side, null, "");
          html.text(p.text()).close("p").line();
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
  }

  private static boolean sameText(List<Segment> segments, String text) {
    StringBuilder b = new StringBuilder(text.length());
    segments.forEach(s -> b.append(s.text()));
    return b.toString().equals(text);
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
}
