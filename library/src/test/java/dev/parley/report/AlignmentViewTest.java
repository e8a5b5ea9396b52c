package dev.parley.report;

import static dev.parley.report.ReportFixtures.KAZ;
import static dev.parley.report.ReportFixtures.PARLEY;
import static dev.parley.report.ReportFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.diff.DiffOp;
import dev.parley.report.AlignmentView.Direction;
import dev.parley.report.AlignmentView.MovedSentence;
import dev.parley.report.AlignmentView.Row;
import dev.parley.report.AlignmentView.Segment;
import dev.parley.report.AlignmentView.Show;
import dev.parley.report.AlignmentView.Side;
import dev.parley.text.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What both reports show of a comparison: rows, partners, moved sentences, each side's words. */
final class AlignmentViewTest {

  @Test
  void aMovedParagraphIsARowWhereItStoodAndAnotherAfterTheParagraphBeforeItsNewPlace() {
    List<String> e = texts(KAZ);
    e.add(12, e.remove(4));
    Alignment a = PARLEY.compare(KAZ, PARLEY.normalize("moved.txt", String.join("\n\n", e)));
    AlignmentView view = AlignmentView.of(a);

    List<Row> halves = view.rows().stream().filter(r -> r.show() != Show.BOTH).toList();
    assertThat(halves).extracting(Row::show).containsExactly(Show.LEFT, Show.RIGHT);
    Link move = halves.get(0).link();
    assertThat(move.type()).isEqualTo(Link.Type.MOVE);
    assertThat(move.left()).containsExactly(4);
    assertThat(move.right()).containsExactly(12);
    // Every link is a row once, the move twice; rows keep their link's place in the alignment.
    assertThat(view.rows()).hasSize(a.links().size() + 1);
    for (Row r : view.rows()) {
      assertThat(a.links().get(r.index())).isSameAs(r.link());
    }
    // The right half follows the row holding right paragraph 11.
    int right = view.rows().indexOf(halves.get(1));
    assertThat(view.rows().get(right - 1).link().right()).contains(11);
    assertThat(view.partners(Side.LEFT, 4)).containsExactly(12);
    assertThat(view.partners(Side.RIGHT, 12)).containsExactly(4);
    assertThat(view.linkOf(Side.LEFT, 4)).hasValue(halves.get(0).index());
    assertThat(view.alone(Side.LEFT, 4)).isFalse();
  }

  @Test
  void aSentenceThatMovedIsSeenLeavingOneLinkAndArrivingInAnother() {
    ReportFixtures.SentenceMoved moved = ReportFixtures.sentenceMoved();
    String sentence = moved.sentence();
    Alignment a = PARLEY.compare(KAZ, moved.edited());
    AlignmentView view = AlignmentView.of(a);

    Link partial = a.links(Link.Type.PARTIAL).get(0);
    assertThat(partial.left()).containsExactly(6);
    assertThat(partial.right()).containsExactly(10);
    assertThat(view.movedSentences(partial)).isEmpty();
    Link home = a.links().get(view.linkOf(Side.LEFT, 6).getAsInt());
    Link arrival = a.links().get(view.linkOf(Side.RIGHT, 10).getAsInt());
    assertThat(view.movedSentences(home))
        .containsExactly(new MovedSentence(Direction.LEAVING, 6, 10, sentence));
    assertThat(view.movedSentences(arrival))
        .containsExactly(new MovedSentence(Direction.ARRIVING, 6, 10, sentence));
    // Left 6 has its own partner and the paragraph its sentence went to.
    assertThat(view.partners(Side.LEFT, 6)).containsExactly(6, 10);
  }

  @Test
  void eachSideOfAWordDiffRebuildsThatSidesParagraphs() {
    List<String> e = texts(KAZ);
    e.set(1, e.get(1).replace("indispensable", "essential"));
    e.set(2, e.get(2) + " " + e.remove(3));
    Alignment a = PARLEY.compare(KAZ, PARLEY.normalize("merged.txt", String.join("\n\n", e)));
    Link merge = a.links(Link.Type.MERGE).get(0);
    List<List<Segment>> left = AlignmentView.segments(merge, Side.LEFT);
    List<List<Segment>> right = AlignmentView.segments(merge, Side.RIGHT);
    assertThat(left).hasSize(2);
    assertThat(right).hasSize(1);
    for (int n = 0; n < 2; n++) {
      assertThat(joined(left.get(n))).isEqualTo(KAZ.paragraphs().get(2 + n).text());
      assertThat(left.get(n)).extracting(Segment::op).doesNotContain(DiffOp.Op.INSERT);
    }
    assertThat(right.get(0)).extracting(Segment::op).doesNotContain(DiffOp.Op.DELETE);
    Link reworded = a.links().get(1);
    assertThat(AlignmentView.segments(reworded, Side.LEFT).get(0))
        .contains(new Segment(DiffOp.Op.DELETE, "indispensable"));
    assertThat(AlignmentView.of(a).counts()).containsEntry(Link.Type.MERGE, 1);
  }

  @Test
  void aStatementIsNamedByDelegationAndYearOrElseByItsFile() {
    assertThat(AlignmentView.name(ReportFixtures.read("/text/mission-website.txt")))
        .isEqualTo("Kazakhstan, 2020");
    Statement plain = PARLEY.normalize("notes/draft-3.txt", "We thank the Secretary-General.");
    assertThat(AlignmentView.name(plain)).isEqualTo("draft-3.txt");
    assertThat(AlignmentView.noun(Link.Type.PARTIAL)).isEqualTo("sentences moved");
  }

  private static String joined(List<Segment> segments) {
    return segments.stream().map(Segment::text).collect(Collectors.joining());
  }
}
