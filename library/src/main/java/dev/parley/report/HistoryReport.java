package dev.parley.report;

import static java.util.Objects.requireNonNull;

import dev.parley.diff.DiffOp;
import dev.parley.history.History;
import dev.parley.history.HistoryLink;
import dev.parley.history.Lineage;
import dev.parley.history.PhraseTimeline;
import dev.parley.history.Place;
import dev.parley.text.Statement;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * A history as one self-contained HTML page: the versions as columns of paragraph blocks (each as
 * tall as its text), lineages as streams between them (restores dashed, drawn across the versions
 * they skip; moved sentences dotted), the phrases the versions share on a timeline, and each
 * lineage's text through the versions with its word changes marked. Selecting a block or a stream
 * marks its whole lineage. Statement text is always escaped.
 */
public final class HistoryReport {

  private static final int HEIGHT = 560;
  private static final int TOP = 28;

  private HistoryReport() {}

  /**
   * Returns the report of {@code history} as one HTML document.
   *
   * @throws NullPointerException if {@code history} is null
   */
  public static String render(History history) {
    StringBuilder out = new StringBuilder(64 * 1024);
    write(history, out);
    return out.toString();
  }

  /**
   * Writes the report of {@code history} to {@code out}.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(History history, Appendable out) {
    write(history, out, PageChrome.NONE);
  }

  /**
   * Writes the report of {@code history} to {@code out}, with {@code chrome} around it: the page a
   * program serving it shows.
   *
   * @throws NullPointerException if an argument is null
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(History history, Appendable out, PageChrome chrome) {
    requireNonNull(history, "history");
    requireNonNull(out, "out");
    requireNonNull(chrome, "chrome");
    new Page(history, out, chrome).write();
  }

  private static final class Page {
    private final History h;
    private final Html html;
    private final Map<Place, Integer> lineageOf = new HashMap<>();
    private final Map<Place, List<HistoryLink>> into = new HashMap<>();

    private final PageChrome chrome;

    Page(History h, Appendable out, PageChrome chrome) {
      this.h = h;
      this.chrome = chrome;
      this.html = new Html(out);
      for (Lineage l : h.lineages()) {
        l.members().forEach(m -> lineageOf.put(m, l.id()));
      }
      for (HistoryLink l : h.links()) {
        if (l.type().isDescent()) {
          into.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
        }
      }
    }

    void write() {
      String title =
          AlignmentView.name(h.versions().get(0))
              + " — "
              + AlignmentView.name(h.versions().get(h.versions().size() - 1));
      Pages.head(html, "History: " + title, "history", Assets.STYLE, Assets.HISTORY_STYLE);
      chrome.bar(html);
      header();
      picture();
      html.open("main").line();
      timeline();
      lineages();
      html.close("main").line();
      html.element(
              "footer",
              "Followed by Parley. Versions are numbered from 0, oldest first; paragraphs from 1.")
          .line();
      html.open("script").line().raw(Assets.HISTORY_SCRIPT).close("script").line();
      chrome.scripts(html);
      html.close("body").line().close("html").line();
    }

    private void header() {
      html.open("header").line();
      html.element("h1", "History of " + h.versions().size() + " versions").line();
      html.open("ol", "class", "versions", "start", "0").line();
      for (Statement s : h.versions()) {
        html.open("li").element("span", s.source(), "class", "source");
        s.metadata().delegation().ifPresent(d -> html.text(" — " + d));
        s.metadata().date().ifPresent(d -> html.text(", " + d));
        html.text(" (" + s.paragraphs().size() + " paragraphs)").close("li").line();
      }
      html.close("ol").line().open("p", "class", "counts");
      Map<HistoryLink.Type, Integer> counts = new EnumMap<>(HistoryLink.Type.class);
      h.links().forEach(l -> counts.merge(l.type(), 1, Integer::sum));
      boolean first = true;
      for (Map.Entry<HistoryLink.Type, Integer> c : counts.entrySet()) {
        if (!first) {
          html.raw(" · ");
        }
        first = false;
        String type = c.getKey().label();
        html.element("span", c.getValue() + " " + type, "class", "badge " + type);
      }
      long returned = h.lineages().stream().filter(l -> !l.gaps().isEmpty()).count();
      html.raw(" · ").element("span", Integer.toString(h.lineages().size()), "id", "lineage-count");
      html.text(" lineages, " + returned + " returned after versions without them").close("p");
      html.line().close("header").line();
    }

    // ---- the picture ----

    private void picture() {
      int n = h.versions().size();
      int column = Math.max(36, Math.min(140, 1200 / n));
      int block = Math.max(12, column * 9 / 20);
      int width = column * (n - 1) + block + 4;
      long most = 1;
      for (Statement s : h.versions()) {
        long total = 0;
        for (var p : s.paragraphs()) {
          total += p.text().length();
        }
        most = Math.max(most, total);
      }
      double gap = 1.5;
      Map<Place, double[]> box = new HashMap<>(); // {x, y, height}
      for (int v = 0; v < n; v++) {
        Statement s = h.versions().get(v);
        double room = HEIGHT - gap * Math.max(0, s.paragraphs().size() - 1);
        double y = TOP;
        for (var p : s.paragraphs()) {
          double height = Math.max(1.0, room * p.text().length() / most);
          box.put(new Place(v, p.index()), new double[] {v * column, y, height});
          y += height + gap;
        }
      }
      int height = TOP + HEIGHT + 8;
      html.open("figure", "class", "series").line();
      html.open(
              "svg",
              "id",
              "series",
              "width",
              Integer.toString(width),
              "height",
              Integer.toString(height),
              "viewBox",
              "0 0 " + width + " " + height,
              "role",
              "img",
              "aria-labelledby",
              "series-caption")
          .line();
      Pages.hatch(html);
      for (int v = 0; v < n; v++) {
        html.element(
                "text", "v" + v, "class", "vlabel", "x", Integer.toString(v * column), "y", "16")
            .line();
      }
      for (HistoryLink l : h.links()) {
        stream(l, box.get(l.from()), box.get(l.to()), block);
      }
      for (Lineage line : h.lineages()) {
        for (Place p : line.members()) {
          block(p, box.get(p), block);
        }
      }
      html.close("svg").line();
      html.element(
              "figcaption",
              "Each column is a version, oldest on the left; each block a paragraph, as tall as"
                  + " its text. Streams join a paragraph to what it became, coloured by score"
                  + " (dark: kept, pale: rewritten); dashed streams are paragraphs restored after"
                  + " versions without them; dotted lines are sentences moved between paragraphs;"
                  + " hatched blocks appear in one version only. Select a block to mark its"
                  + " lineage.",
              "id",
              "series-caption")
          .line();
      html.close("figure").line();
    }

    /** The stream from one paragraph's block {@code a} to another's {@code b}. */
    private void stream(HistoryLink l, double[] a, double[] b, int block) {
      double x1 = a[0] + block;
      double x2 = b[0];
      double xm = (x1 + x2) / 2;
      int lineage = lineageOf.get(l.from());
      String title =
          l.type().label()
              + ": v"
              + l.from().version()
              + " ¶"
              + (l.from().paragraph() + 1)
              + " → v"
              + l.to().version()
              + " ¶"
              + (l.to().paragraph() + 1)
              + " · score "
              + Pages.fixed(l.score());
      if (l.type() == HistoryLink.Type.PARTIAL) {
        double y1 = a[1] + a[2] / 2;
        double y2 = b[1] + b[2] / 2;
        String d =
            String.format(
                Locale.ROOT,
                "M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f",
                x1,
                y1,
                xm,
                y1,
                xm,
                y2,
                x2,
                y2);
        html.open("path", "class", "stream partial", "d", d).element("title", title);
        html.close("path").line();
        return;
      }
      String d =
          String.format(
              Locale.ROOT,
              "M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f L%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f Z",
              x1,
              a[1],
              xm,
              a[1],
              xm,
              b[1],
              x2,
              b[1],
              x2,
              b[1] + b[2],
              xm,
              b[1] + b[2],
              xm,
              a[1] + a[2],
              x1,
              a[1] + a[2]);
      html.open("a", "href", "#lineage-" + lineage);
      html.open(
          "path",
          "class",
          "stream " + l.type().label(),
          "data-lineage",
          Integer.toString(lineage),
          "fill",
          Pages.colour(l.score()),
          "d",
          d);
      html.element("title", title).close("path").close("a").line();
    }

    private void block(Place p, double[] r, int block) {
      int lineage = lineageOf.get(p);
      boolean alone = h.lineages().get(lineage).members().size() == 1;
      html.open("a", "href", "#lineage-" + lineage);
      html.open(
          "rect",
          "class",
          alone ? "pblock alone" : "pblock",
          "data-lineage",
          Integer.toString(lineage),
          "x",
          String.format(Locale.ROOT, "%.1f", r[0]),
          "y",
          String.format(Locale.ROOT, "%.1f", r[1]),
          "width",
          Integer.toString(block),
          "height",
          String.format(Locale.ROOT, "%.1f", r[2]));
      html.element(
          "title",
          "v" + p.version() + " ¶" + (p.paragraph() + 1) + ": " + Pages.excerpt(text(p), 80));
      html.close("rect").close("a").line();
    }

    // ---- phrases ----

    private void timeline() {
      int n = h.versions().size();
      html.element(
              "h2",
              "Phrases two or more versions share (" + h.phrases().size() + ")",
              "id",
              "phrases")
          .line();
      if (h.phrases().isEmpty()) {
        html.element("p", "None.").line();
        return;
      }
      html.open("table", "class", "timeline").line();
      html.open("thead").open("tr").element("th", "phrase", "class", "phrase");
      for (int v = 0; v < n; v++) {
        html.element("th", "v" + v);
      }
      html.close("tr").close("thead").line().open("tbody").line();
      for (PhraseTimeline p : h.phrases()) {
        Set<Integer> held = new HashSet<>(p.versions());
        html.open("tr").element("td", p.text(), "class", "phrase");
        for (int v = 0; v < n; v++) {
          if (held.contains(v)) {
            String kind = v == p.introduced() ? "held first" : "held";
            html.open("td", "class", kind, "title", "in v" + v).close("td");
          } else {
            html.open("td").close("td");
          }
        }
        html.close("tr").line();
      }
      html.close("tbody").line().close("table").line();
    }

    // ---- lineages ----

    private void lineages() {
      html.element("h2", "Lineages", "id", "lineages").line();
      for (Lineage l : h.lineages()) {
        String id = Integer.toString(l.id());
        html.open("section", "class", "lineage", "id", "lineage-" + id, "data-lineage", id).line();
        html.element(
                "h3",
                "Lineage "
                    + id
                    + ": "
                    + (l.first() == l.last()
                        ? "v" + l.first() + " only"
                        : "v" + l.first() + " to v" + l.last())
                    + (l.gaps().isEmpty() ? "" : ", absent from " + versions(l.gaps())))
            .line();
        for (Place m : l.members()) {
          List<HistoryLink> incoming = into.getOrDefault(m, List.of());
          if (incoming.isEmpty()) {
            step(m, "enters", null);
          }
          for (HistoryLink in : incoming) {
            String how =
                switch (in.type()) {
                  case RESTORE ->
                      "returns, from v" + in.from().version() + " ¶" + (in.from().paragraph() + 1);
                  case SPLIT -> "split from ¶" + (in.from().paragraph() + 1);
                  case MERGE -> "merged from ¶" + (in.from().paragraph() + 1);
                  case MOVE -> "moved from ¶" + (in.from().paragraph() + 1);
                  default -> "";
                };
            step(m, how + " " + Pages.fixed(in.score()), in.diff());
          }
        }
        html.close("section").line();
      }
    }

    private void step(Place m, String how, @Nullable List<DiffOp> diff) {
      boolean unchanged =
          diff != null && !diff.isEmpty() && diff.stream().allMatch(d -> d.op() == DiffOp.Op.EQUAL);
      html.open("p", "class", "step");
      html.element(
          "span",
          "v"
              + m.version()
              + " ¶"
              + (m.paragraph() + 1)
              + " "
              + how.strip()
              + (unchanged ? " unchanged" : ""),
          "class",
          "where");
      if (diff == null || diff.isEmpty()) {
        html.text(text(m));
      } else if (!unchanged) {
        for (DiffOp d : diff) {
          html.change(d.op(), d.text());
        }
      }
      html.close("p").line();
    }

    private String text(Place p) {
      return h.versions().get(p.version()).paragraphs().get(p.paragraph()).text();
    }

    private static String versions(List<Integer> vs) {
      StringJoiner j = new StringJoiner(", ");
      vs.forEach(v -> j.add("v" + v));
      return j.toString();
    }
  }
}
