package dev.parley.report;

import static dev.parley.report.Pages.excerpt;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.align.LinkEvidence;
import dev.parley.diff.DiffOp;
import dev.parley.report.AlignmentView.Row;
import dev.parley.report.AlignmentView.Segment;
import dev.parley.report.AlignmentView.Show;
import dev.parley.report.AlignmentView.Side;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.util.List;

/**
 * The rows of a comparison of two versions, in reading order: each link's paragraphs side by side
 * with deleted and inserted words marked; a moved paragraph where it stood and where it stands;
 * sentences that moved to another paragraph as rows of their own, and noted where they left and
 * arrived.
 */
final class VersionRows {
  private final Cells cells;
  private final Alignment a;
  private final Html html;
  private final AlignmentView view;

  VersionRows(Cells cells) {
    this.cells = cells;
    this.a = cells.a;
    this.html = cells.html;
    this.view = cells.view;
  }

  /** Writes the rows. */
  void write() {
    cells.columns();
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
            + (l.evidence().map(LinkEvidence::weak).orElse(false) ? " weak" : "")
            + (AlignmentView.hasReworded(l) ? " reworded" : "");
    html.open("section", "class", "row " + kind, "id", id).line();
    cells.label(l, row.show());
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
      cells.pointer(leaving ? Side.RIGHT : Side.LEFT, leaving ? m.to() : m.from());
      html.text(": “" + excerpt(m.text(), 100) + "”").close("p").line();
    }
  }

  /** Where a moved paragraph is to be read: a pointer to it on {@code side}. */
  private void ghost(String words, Side side, int paragraph) {
    html.open("p", "class", "ghost").text(words);
    cells.pointer(side, paragraph).close("p");
  }

  /**
   * A row for sentences that moved from one paragraph into another: the sentences as they left and
   * as they arrived, changes marked, each side pointing at its paragraph.
   */
  private void partialRow(int n, Link l) {
    html.open("section", "class", "row partial", "id", "link-" + n).line();
    cells.label(l, Show.BOTH);
    html.open("div", "class", "cell left");
    movedSentences(AlignmentView.segments(l, Side.LEFT), "from ", Side.LEFT, l.left().get(0));
    html.close("div").line().open("div", "class", "cell right");
    movedSentences(AlignmentView.segments(l, Side.RIGHT), "into ", Side.RIGHT, l.right().get(0));
    html.close("div").line().close("section").line();
  }

  private void movedSentences(
      List<List<Segment>> marked, String preposition, Side side, int index) {
    html.open("p", "class", "moved").open("span", "class", "ghost").text(preposition);
    cells.pointer(side, index).text(":").close("span").raw(" ");
    for (List<Segment> part : marked) {
      for (Segment g : part) {
        html.change(g.op(), g.text());
      }
    }
    html.close("p").line();
  }

  /** Writes a side's paragraphs of a link, each its own element, changes marked. */
  private void paragraphs(
      Statement s, List<Integer> indices, List<List<Segment>> marked, Side side, boolean alone) {
    for (int k = 0; k < indices.size(); k++) {
      int i = indices.get(k);
      Paragraph p = s.paragraphs().get(i);
      cells.openParagraph(p, side, cells.partnerIds(side, i), alone ? " alone" : "");
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

  private static boolean sameText(List<Segment> segments, String text) {
    StringBuilder b = new StringBuilder(text.length());
    segments.forEach(s -> b.append(s.text()));
    return b.toString().equals(text);
  }
}
