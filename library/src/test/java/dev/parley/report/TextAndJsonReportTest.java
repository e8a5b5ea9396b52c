package dev.parley.report;

import static dev.parley.report.ReportFixtures.KAZ;
import static dev.parley.report.ReportFixtures.PARLEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.align.Alignment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an embedder gets from the library's text and JSON reports, without the command line. */
final class TextAndJsonReportTest {

  private static Alignment edited() {
    List<String> e = ReportFixtures.texts(KAZ);
    e.set(1, e.get(1).replace("are mixed", "are modest"));
    e.remove(5);
    return PARLEY.compare(KAZ, PARLEY.normalize("edited.txt", String.join("\n\n", e)));
  }

  @Test
  void theTextReportMarksChangesAndCountsParagraphsFromOne() {
    String text = TextReport.render(edited());
    assertThat(text)
        .startsWith("left : kazakhstan-general-debate-2006.txt")
        .contains("phrasing similarity 0.")
        .contains("1 is the same wording, about 0 two unrelated speeches")
        .contains("[-mixed-]{+modest+}")
        .contains("== - left ¶ 6")
        .doesNotContain("\u001b[");
    StringBuilder coloured = new StringBuilder();
    TextReport.write(edited(), new TextStyle(60, true), coloured);
    assertThat(coloured).contains("\u001b[31m[-mixed-]\u001b[0m");
    // The texts wrap at the width, colour escapes taking no room.
    assertThat(coloured.toString().lines().filter(l -> l.startsWith("     ")))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(Wrap.visibleLength(l)).isLessThanOrEqualTo(60));
  }

  /** Meaning by table: the sea taking the shore, however it is said, against everything else. */
  private static final dev.parley.similarity.SentenceEncoder SHORES =
      new dev.parley.similarity.SentenceEncoder() {
        @Override
        public String name() {
          return "shores";
        }

        @Override
        public int dimensions() {
          return 3;
        }

        @Override
        public float[] encode(String text) {
          boolean shore = text.contains("beaches") || text.contains("shores");
          boolean waters = text.contains("waters");
          return shore && waters
              ? new float[] {0, (float) Math.sqrt(0.5), (float) Math.sqrt(0.5)}
              : shore
                  ? new float[] {0, 0, 1}
                  : waters ? new float[] {0, 1, 0} : new float[] {1, 0, 0};
        }
      };

  @Test
  void theReportsSayWhichSentenceMeaningFoundReworded() {
    String opening = "We welcome the adoption of the Paris Agreement on climate change this year.";
    String closing =
        "We thank our partners in the Alliance of Small Island States for their support.";
    dev.parley.Parley parley = dev.parley.Parley.builder().meaning(SHORES).build();
    Alignment a =
        parley.compare(
            parley.normalize(
                "2014.txt",
                opening + " Our islands are already losing their beaches to the sea. " + closing),
            parley.normalize(
                "2015.txt",
                opening + " Rising oceans wash away the shores we live on. " + closing));
    String text = TextReport.render(a);
    assertThat(text)
        .contains("   reworded: “Our islands are already losing their beaches to the sea.”")
        .contains("         as: “Rising oceans wash away the shores we live on.” (meaning 1.00)");
    StringBuilder json = new StringBuilder();
    JsonReport.write(a, json);
    assertThat(json.toString()).contains("\"rule\" : \"same meaning\"");
    assertThat(TextReport.render(edited())).doesNotContain("reworded:");
    // The page shows the pair under the link's label, which it then shows without hovering.
    assertThat(HtmlReport.render(a))
        .contains("class=\"row match reworded\"")
        .contains("<summary>1 sentence reworded</summary>")
        .contains("→ “Rising oceans wash away the shores we live on.” (meaning 1.00)");
    assertThat(HtmlReport.render(edited())).doesNotContain("sentence reworded", " reworded\"");
    // One sentence said again as two: both under "as".
    Alignment split =
        parley.compare(
            parley.normalize(
                "2014.txt",
                opening
                    + " Our islands are already losing their beaches to the sea as the waters"
                    + " rise around us. "
                    + closing),
            parley.normalize(
                "2015.txt",
                opening
                    + " Rising oceans wash away the shores we live on. The waters climb higher each"
                    + " year. "
                    + closing));
    assertThat(TextReport.render(split))
        .contains("         as: “Rising oceans wash away the shores we live on. The waters climb")
        .contains("higher each year.”\n             (meaning 1.00)");
    // Counted by the sentences said before: one, said again as two.
    assertThat(HtmlReport.render(split))
        .contains("<summary>1 sentence reworded</summary>")
        .contains(
            "→ “Rising oceans wash away the shores we live on. The waters climb higher each"
                + " year.” (meaning 1.00)");
  }

  @Test
  void theJsonReportIsTheContractsObject() {
    StringBuilder json = new StringBuilder();
    JsonReport.write(edited(), json);
    assertThat(json.toString())
        .startsWith("{\n  \"mode\" : \"versions\",\n  \"left\" : {\n    \"source\" : ")
        .contains("\"type\" : \"delete\",\n    \"left\" : [ 5 ],\n    \"right\" : [ ]")
        .contains("{\n      \"op\" : \"delete\",\n      \"text\" : \"mixed\"\n    }")
        .endsWith("}\n");
    StringBuilder statement = new StringBuilder();
    JsonReport.write(KAZ, statement);
    assertThat(statement.toString())
        .startsWith(
            "{\n  \"source\" : \"kazakhstan-general-debate-2006.txt\",\n  \"metadata\" : {");
  }

  @Test
  void aWriterThatFailsIsReported() {
    Writer broken =
        new Writer() {
          @Override
          public void write(char[] c, int o, int l) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    assertThatThrownBy(() -> TextReport.write(edited(), TextStyle.PLAIN, broken))
        .isInstanceOf(UncheckedIOException.class);
    assertThatThrownBy(() -> JsonReport.write(KAZ, broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }
}
