package dev.parley.report;

import static dev.parley.report.AlignmentView.name;
import static dev.parley.report.Pages.colour;
import static dev.parley.report.Pages.fixed;
import static dev.parley.report.Pages.head;

import dev.parley.align.Alignment;
import dev.parley.text.Metadata;
import dev.parley.text.Statement;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A comparison as one HTML page: the head with both statements' metadata, the similarity and the
 * counts of links, the alignment picture ({@link Ribbon}), the rows ({@link VersionRows} or {@link
 * RelatedRows}), and the page's script.
 */
final class ComparisonPage {
  private final Alignment a;
  private final Html html;
  private final boolean versions;
  private final AlignmentView view;
  private final Cells cells;
  private final PageChrome chrome;

  ComparisonPage(Alignment a, Appendable out, PageChrome chrome) {
    this.chrome = chrome;
    this.a = a;
    this.html = new Html(out);
    this.versions = a.mode() == Alignment.Mode.VERSIONS;
    this.view = AlignmentView.of(a);
    this.cells = new Cells(a, html, view);
  }

  void write() {
    head(html, name(a.left()) + " — " + name(a.right()), a.mode().label(), Assets.STYLE);
    chrome.bar(html);
    header();
    new Ribbon(a, html, view).write();
    html.open("main").line();
    if (versions) {
      new VersionRows(cells).write();
    } else {
      new RelatedRows(cells).write();
    }
    html.close("main").line();
    html.element("footer", "Compared by Parley. Paragraphs are numbered from 1.").line();
    html.open("script").line().raw(Assets.SCRIPT).close("script").line();
    chrome.scripts(html);
    html.close("body").line().close("html").line();
  }

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
}
