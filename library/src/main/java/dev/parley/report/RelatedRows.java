package dev.parley.report;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.report.AlignmentView.Show;
import dev.parley.report.AlignmentView.Side;
import dev.parley.similarity.SharedPhrase;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The rows of a comparison of two delegations' statements: the related paragraphs side by side with
 * their shared phrases marked and, under each, the sentence that most says the matter both take up;
 * where none are related, the pairs that came closest; then the paragraphs with no partner, folded.
 */
final class RelatedRows {
  private final Cells cells;
  private final Alignment a;
  private final Html html;
  private final AlignmentView view;

  RelatedRows(Cells cells) {
    this.cells = cells;
    this.a = cells.a;
    this.html = cells.html;
    this.view = cells.view;
  }

  /** Writes the rows. */
  void write() {
    closest();
    cells.columns();
    for (int n = 0; n < a.links().size(); n++) {
      Link l = a.links().get(n);
      html.open("section", "class", "row related", "id", "link-" + n).line();
      cells.label(l, Show.BOTH);
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
   * Under each side of a related link, the sentence that most says the matter both take up: the two
   * positions side by side.
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
      cells.pointer(Side.LEFT, m.left()).text(" and ");
      cells
          .pointer(Side.RIGHT, m.right())
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
    boolean first = cells.written.add(id);
    String partners = cells.partnerIds(side, index);
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
        cells.openParagraph(p, side, null, "");
        html.text(p.text()).close("p").line();
      }
    }
  }
}
