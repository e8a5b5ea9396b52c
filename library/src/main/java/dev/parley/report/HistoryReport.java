package dev.parley.report;

import static java.util.Objects.requireNonNull;

import dev.parley.diff.DiffOp;
import dev.parley.history.History;
import dev.parley.history.HistoryLink;
import dev.parley.history.Lineage;
import dev.parley.history.PhraseTimeline;
import dev.parley.history.Place;
import dev.parley.text.Statement;
import java.io.IOException;
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
    requireNonNull(history, "history");
    requireNonNull(out, "out");
    try {
      new Page(history, out).write();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Page {
    private final History h;
    private final Appendable out;
    private final Map<Place, Integer> lineageOf = new HashMap<>();
    private final Map<Place, List<HistoryLink>> into = new HashMap<>();

    Page(History h, Appendable out) {
      this.h = h;
      this.out = out;
      for (Lineage l : h.lineages()) {
        l.members().forEach(m -> lineageOf.put(m, l.id()));
      }
      for (HistoryLink l : h.links()) {
        if (l.type().isDescent()) {
          into.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
        }
      }
    }

    void write() throws IOException {
      String title =
          HtmlReport.name(h.versions().get(0))
              + " — "
              + HtmlReport.name(h.versions().get(h.versions().size() - 1));
      out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<meta name=\"generator\" content=\"Parley\">\n<title>History: ")
          .append(HtmlReport.escape(title))
          .append("</title>\n<style>\n")
          .append(Assets.STYLE)
          .append(Assets.HISTORY_STYLE)
          .append("</style>\n</head>\n<body class=\"history\">\n");
      header();
      picture();
      out.append("<main>\n");
      timeline();
      lineages();
      out.append("</main>\n<footer>Followed by Parley. Versions are numbered from 0, oldest")
          .append(" first; paragraphs from 1.</footer>\n<script>\n")
          .append(Assets.HISTORY_SCRIPT)
          .append("</script>\n</body>\n</html>\n");
    }

    private void header() throws IOException {
      out.append("<header>\n<h1>History of ")
          .append(Integer.toString(h.versions().size()))
          .append(" versions</h1>\n<ol class=\"versions\" start=\"0\">\n");
      for (Statement s : h.versions()) {
        out.append("<li><span class=\"source\">")
            .append(HtmlReport.escape(s.source()))
            .append("</span>");
        s.metadata().delegation().ifPresent(d -> append(" — " + HtmlReport.escape(d)));
        s.metadata().date().ifPresent(d -> append(", " + d));
        out.append(" (")
            .append(Integer.toString(s.paragraphs().size()))
            .append(" paragraphs)</li>\n");
      }
      out.append("</ol>\n<p class=\"counts\">");
      Map<HistoryLink.Type, Integer> counts = new EnumMap<>(HistoryLink.Type.class);
      h.links().forEach(l -> counts.merge(l.type(), 1, Integer::sum));
      StringJoiner j = new StringJoiner(" · ");
      counts.forEach(
          (t, n) ->
              j.add("<span class=\"badge " + t.label() + "\">" + n + " " + t.label() + "</span>"));
      long returned = h.lineages().stream().filter(l -> !l.gaps().isEmpty()).count();
      out.append(j.toString())
          .append(" · <span id=\"lineage-count\">")
          .append(Integer.toString(h.lineages().size()))
          .append("</span> lineages, ")
          .append(Long.toString(returned))
          .append(" returned after versions without them</p>\n</header>\n");
    }

    private void append(String s) {
      try {
        out.append(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    // ---- the picture ----

    private void picture() throws IOException {
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
      out.append("<figure class=\"series\">\n<svg id=\"series\" width=\"")
          .append(Integer.toString(width))
          .append("\" height=\"")
          .append(Integer.toString(TOP + HEIGHT + 8))
          .append("\" viewBox=\"0 0 ")
          .append(Integer.toString(width))
          .append(" ")
          .append(Integer.toString(TOP + HEIGHT + 8))
          .append("\" role=\"img\" aria-labelledby=\"series-caption\">\n")
          .append("<defs><pattern id=\"hatch\" width=\"6\" height=\"6\"")
          .append(" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">")
          .append("<rect width=\"6\" height=\"6\" fill=\"#fff\"/>")
          .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8a5a1e\"")
          .append(" stroke-width=\"3\"/></pattern></defs>\n");
      for (int v = 0; v < n; v++) {
        out.append("<text class=\"vlabel\" x=\"")
            .append(Integer.toString(v * column))
            .append("\" y=\"16\">v")
            .append(Integer.toString(v))
            .append("</text>\n");
      }
      for (HistoryLink l : h.links()) {
        double[] a = box.get(l.from());
        double[] b = box.get(l.to());
        double x1 = a[0] + block;
        double x2 = b[0];
        double xm = (x1 + x2) / 2;
        int lineage = lineageOf.get(l.from());
        String title =
            HtmlReport.escape(
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
                    + HtmlReport.fixed(l.score()));
        if (l.type() == HistoryLink.Type.PARTIAL) {
          double y1 = a[1] + a[2] / 2;
          double y2 = b[1] + b[2] / 2;
          out.append(
              String.format(
                  Locale.ROOT,
                  "<path class=\"stream partial\" d=\"M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f\">"
                      + "<title>%s</title></path>\n",
                  x1,
                  y1,
                  xm,
                  y1,
                  xm,
                  y2,
                  x2,
                  y2,
                  title));
          continue;
        }
        out.append(
            String.format(
                Locale.ROOT,
                "<a href=\"#lineage-%d\"><path class=\"stream %s\" data-lineage=\"%d\""
                    + " fill=\"%s\" d=\"M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f"
                    + " L%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f Z\"><title>%s</title></path></a>\n",
                lineage,
                l.type().label(),
                lineage,
                HtmlReport.colour(l.score()),
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
                a[1] + a[2],
                title));
      }
      for (Lineage line : h.lineages()) {
        for (Place p : line.members()) {
          block(p, box.get(p), block);
        }
      }
      out.append("</svg>\n<figcaption id=\"series-caption\">Each column is a version, oldest")
          .append(" on the left; each block a paragraph, as tall as its text. Streams join a")
          .append(" paragraph to what it became, coloured by score (dark: kept, pale: rewritten);")
          .append(" dashed streams are paragraphs restored after versions without them; dotted")
          .append(" lines are sentences moved between paragraphs; hatched blocks appear in one")
          .append(" version only. Select a block to mark its lineage.</figcaption>\n</figure>\n");
    }

    private void block(Place p, double[] r, int block) throws IOException {
      int lineage = lineageOf.get(p);
      boolean alone = h.lineages().get(lineage).members().size() == 1;
      out.append(
          String.format(
              Locale.ROOT,
              "<a href=\"#lineage-%d\"><rect class=\"pblock%s\" data-lineage=\"%d\""
                  + " x=\"%.1f\" y=\"%.1f\" width=\"%d\" height=\"%.1f\"><title>v%d ¶%d: %s"
                  + "</title></rect></a>\n",
              lineage,
              alone ? " alone" : "",
              lineage,
              r[0],
              r[1],
              block,
              r[2],
              p.version(),
              p.paragraph() + 1,
              HtmlReport.escape(HtmlReport.excerpt(text(p), 80))));
    }

    // ---- phrases ----

    private void timeline() throws IOException {
      int n = h.versions().size();
      out.append("<h2 id=\"phrases\">Phrases two or more versions share (")
          .append(Integer.toString(h.phrases().size()))
          .append(")</h2>\n");
      if (h.phrases().isEmpty()) {
        out.append("<p>None.</p>\n");
        return;
      }
      out.append("<table class=\"timeline\">\n<thead><tr><th class=\"phrase\">phrase</th>");
      for (int v = 0; v < n; v++) {
        out.append("<th>v").append(Integer.toString(v)).append("</th>");
      }
      out.append("</tr></thead>\n<tbody>\n");
      for (PhraseTimeline p : h.phrases()) {
        Set<Integer> held = new HashSet<>(p.versions());
        out.append("<tr><td class=\"phrase\">").append(HtmlReport.escape(p.text())).append("</td>");
        for (int v = 0; v < n; v++) {
          if (held.contains(v)) {
            out.append("<td class=\"held")
                .append(v == p.introduced() ? " first" : "")
                .append("\" title=\"in v")
                .append(Integer.toString(v))
                .append("\"></td>");
          } else {
            out.append("<td></td>");
          }
        }
        out.append("</tr>\n");
      }
      out.append("</tbody>\n</table>\n");
    }

    // ---- lineages ----

    private void lineages() throws IOException {
      out.append("<h2 id=\"lineages\">Lineages</h2>\n");
      for (Lineage l : h.lineages()) {
        out.append("<section class=\"lineage\" id=\"lineage-")
            .append(Integer.toString(l.id()))
            .append("\" data-lineage=\"")
            .append(Integer.toString(l.id()))
            .append("\">\n<h3>Lineage ")
            .append(Integer.toString(l.id()))
            .append(": ")
            .append(
                l.first() == l.last()
                    ? "v" + l.first() + " only"
                    : "v" + l.first() + " to v" + l.last())
            .append(l.gaps().isEmpty() ? "" : ", absent from " + versions(l.gaps()))
            .append("</h3>\n");
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
            step(m, how + " " + HtmlReport.fixed(in.score()), in.diff());
          }
        }
        out.append("</section>\n");
      }
    }

    private void step(Place m, String how, @Nullable List<DiffOp> diff) throws IOException {
      boolean unchanged =
          diff != null && !diff.isEmpty() && diff.stream().allMatch(d -> d.op() == DiffOp.Op.EQUAL);
      out.append("<p class=\"step\"><span class=\"where\">v")
          .append(Integer.toString(m.version()))
          .append(" ¶")
          .append(Integer.toString(m.paragraph() + 1))
          .append(" ")
          .append(HtmlReport.escape(how.strip()))
          .append(unchanged ? " unchanged" : "")
          .append("</span>");
      if (diff == null || diff.isEmpty()) {
        out.append(HtmlReport.escape(text(m)));
      } else if (!unchanged) {
        for (DiffOp d : diff) {
          HtmlReport.mark(out, d.op(), d.text());
        }
      }
      out.append("</p>\n");
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
