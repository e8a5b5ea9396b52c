package dev.parley.report;

import static dev.parley.report.Pages.colour;
import static dev.parley.report.Pages.describe;
import static dev.parley.report.Pages.fixed;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.align.LinkEvidence;
import dev.parley.report.AlignmentView.Show;
import dev.parley.report.AlignmentView.Side;
import dev.parley.text.Paragraph;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What every row of a comparison page is made of: the link's label with its score and why it is
 * there, pointers to paragraphs, a paragraph's element with its number and partners; and what the
 * page's parts share (the comparison, the markup writer, the view, the ids given).
 */
final class Cells {
  final Alignment a;
  final Html html;
  final AlignmentView view;

  /** Paragraph ids already given to an element (delegations mode repeats paragraphs). */
  final Set<String> written = new HashSet<>();

  Cells(Alignment a, Html html, AlignmentView view) {
    this.a = a;
    this.html = html;
    this.view = view;
  }

  /** A paragraph's partners as element ids ({@code R3}), or null if it has none. */
  @Nullable String partnerIds(Side side, int paragraph) {
    List<Integer> partners = view.partners(side, paragraph);
    if (partners.isEmpty()) {
      return null;
    }
    String prefix = side == Side.LEFT ? "R" : "L";
    return partners.stream().map(i -> prefix + i).collect(Collectors.joining(" "));
  }

  void columns() {
    html.open("div", "class", "columns", "aria-hidden", "true");
    html.element("div", "Left").element("div", "Right").close("div").line();
  }

  /** A link to paragraph {@code paragraph} of {@code side}: {@code left ¶ 4}. */
  Html pointer(Side side, int paragraph) {
    return side == Side.LEFT
        ? html.element("a", "left ¶ " + (paragraph + 1), "href", "#L" + paragraph)
        : html.element("a", "right ¶ " + (paragraph + 1), "href", "#R" + paragraph);
  }

  void label(Link l, Show show) {
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
          .element("span", "its text, with changes, is shown where it now stands", "class", "note");
    }
    l.evidence().ifPresent(this::why);
    reworded(l);
    html.close("div").line();
  }

  /**
   * The sentences of a link that meaning paired, reworded beyond their words, folded under its
   * label beside why: each with what it became and the two sentences' closeness in meaning.
   */
  private void reworded(Link l) {
    List<AlignmentView.Reworded> pairs = AlignmentView.reworded(a, l);
    if (pairs.isEmpty()) {
      return;
    }
    html.raw(" ").open("details", "class", "why reworded");
    int said = 0; // the left side's sentences reworded: a merge of two counts two
    for (AlignmentView.Reworded r : pairs) {
      said += r.sentencesSaid();
    }
    html.element("summary", said == 1 ? "1 sentence reworded" : said + " sentences reworded");
    for (AlignmentView.Reworded r : pairs) {
      String meaning =
          r.meaning().isPresent() ? " (meaning " + fixed(r.meaning().getAsDouble()) + ")" : "";
      html.element("span", "“" + r.said() + "” → “" + r.became() + "”" + meaning);
    }
    html.close("details");
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

  void openParagraph(Paragraph p, Side side, @Nullable String partners, String extra) {
    String id = (side == Side.LEFT ? "L" : "R") + p.index();
    html.open("p", "class", "para" + extra, "id", id, "tabindex", "0", "data-partner", partners);
    html.element("span", Integer.toString(p.index() + 1), "class", "num");
    if (p.kind() != Paragraph.Kind.BODY) {
      html.element("span", p.kind().label(), "class", "kind").raw(" ");
    }
  }
}
