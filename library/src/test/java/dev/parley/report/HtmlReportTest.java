package dev.parley.report;

import static dev.parley.report.ReportFixtures.KAZ;
import static dev.parley.report.ReportFixtures.PARLEY;
import static dev.parley.report.ReportFixtures.read;
import static dev.parley.report.ReportFixtures.texts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.Parley;
import dev.parley.align.Alignment;
import dev.parley.align.Link;
import dev.parley.similarity.CommonPhrases;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The HTML report: complete, escaped, self-contained, with its picture and its links. */
final class HtmlReportTest {

  private static final Statement KGZ = read("/align/kyrgyzstan-general-debate-2006.txt");
  private static final Pattern PARA =
      Pattern.compile("<p class=\"para[^\"]*\" id=\"([LR]\\d+)\"[^>]*>(.*?)</p>", Pattern.DOTALL);

  /** KAZ 2006 edited: two words changed, one paragraph moved, one split, two merged, one cut. */
  private static Statement edited() {
    List<String> e = texts(KAZ);
    e.set(1, e.get(1).replace("indispensable", "essential").replace("burning", "pressing"));
    e.add(12, e.remove(4));
    String s = e.get(6);
    int k = s.indexOf(". ", s.length() / 2);
    e.set(6, s.substring(0, k + 1));
    e.add(7, s.substring(k + 2));
    e.set(9, e.get(9) + " " + e.remove(10));
    e.remove(14);
    e.add(16, "We also draw attention to water resources in Central Asia & the Aral Sea.");
    return PARLEY.normalize("kaz-edited.txt", String.join("\n\n", e));
  }

  /** Each paragraph element's id and its text as a reader sees it (number and tags removed). */
  private static Map<String, String> paragraphs(String html) {
    Map<String, String> out = new HashMap<>();
    Matcher m = PARA.matcher(html);
    while (m.find()) {
      String text =
          m.group(2)
              .replaceFirst("^<span class=\"num\">\\d+</span>", "")
              .replaceFirst("^<span class=\"kind\">[^<]*</span> ", "")
              .replaceAll("<[^>]+>", "");
      String previous = out.put(m.group(1), unescape(text));
      assertThat(previous).as("paragraph %s appears once", m.group(1)).isNull();
    }
    return out;
  }

  private static String unescape(String s) {
    return s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static int count(String html, String needle) {
    int n = 0;
    for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void everyParagraphOfBothSidesAppearsOnceWithItsTextWhole() {
    Statement b = edited();
    Alignment a = PARLEY.compare(KAZ, b);
    Map<String, String> shown = paragraphs(HtmlReport.render(a));
    assertThat(shown).hasSize(KAZ.paragraphs().size() + b.paragraphs().size());
    for (Paragraph p : KAZ.paragraphs()) {
      assertThat(shown.get("L" + p.index())).isEqualTo(p.text());
    }
    for (Paragraph p : b.paragraphs()) {
      assertThat(shown.get("R" + p.index())).isEqualTo(p.text());
    }
  }

  @Test
  void changedWordsAreMarkedAndMovesSplitsAndMergesLabelledAndLinked() {
    Statement b = edited();
    Alignment a = PARLEY.compare(KAZ, b);
    assertThat(a.links(Link.Type.MOVE)).hasSize(1);
    String html = HtmlReport.render(a);
    assertThat(html)
        .contains("<del>indispensable</del>", "<ins>essential</ins>", "<del>burning</del>")
        .contains("<ins>pressing</ins>");
    for (String badge : List.of("moved", "split", "merged", "deleted", "inserted")) {
      assertThat(html).contains("\">" + badge + "</span>");
    }
    Link move = a.links(Link.Type.MOVE).get(0);
    int from = move.left().get(0);
    int to = move.right().get(0);
    // The moved paragraph stands twice: where it was (left) and where it is (right), each pointing
    // at the other.
    assertThat(html)
        .contains("moved to <a href=\"#R" + to + "\">right ¶ " + (to + 1) + "</a>")
        .contains("moved from <a href=\"#L" + from + "\">left ¶ " + (from + 1) + "</a>")
        .containsPattern("id=\"L" + from + "\" tabindex=\"0\" data-partner=\"R" + to + "\"")
        .containsPattern("id=\"R" + to + "\" tabindex=\"0\" data-partner=\"L" + from + "\"");
    Link split = a.links(Link.Type.SPLIT).get(0);
    String partners = "R" + split.right().get(0) + " R" + split.right().get(1);
    assertThat(html)
        .contains(
            "id=\"L" + split.left().get(0) + "\" tabindex=\"0\" data-partner=\"" + partners + "\"");
    // A spacing change where paragraphs were cut or joined is not marked as a change.
    assertThat(html).doesNotContainPattern("<(ins|del)>\\s*</(ins|del)>");
  }

  @Test
  void aSentenceThatMovedIsNotedWhereItLeftAndWhereItArrived() {
    ReportFixtures.SentenceMoved moved = ReportFixtures.sentenceMoved();
    String sentence = moved.sentence();
    String html = HtmlReport.render(PARLEY.compare(KAZ, moved.edited()));
    String excerpt = Html.escape(Pages.excerpt(sentence, 100));
    assertThat(html)
        .contains("<p class=\"moved-note\">⇢ moved to <a href=\"#R10\">right ¶ 11</a>: “" + excerpt)
        .contains(
            "<p class=\"moved-note\">⇠ moved here from <a href=\"#L6\">left ¶ 7</a>: “" + excerpt);
    // Each note sits in the cell of the paragraph it speaks of.
    int leaving = html.indexOf("⇢ moved to");
    assertThat(html.lastIndexOf("id=\"L", leaving)).isEqualTo(html.indexOf("id=\"L6\""));
    int arriving = html.indexOf("⇠ moved here from");
    assertThat(html.lastIndexOf("id=\"R", arriving)).isEqualTo(html.indexOf("id=\"R10\""));
  }

  @Test
  void thePictureHasABandPerLinkWithTwoSidesAndABlockPerParagraph() {
    Statement b = edited();
    Alignment a = PARLEY.compare(KAZ, b);
    String html = HtmlReport.render(a);
    long twoSided =
        a.links().stream().filter(l -> !l.left().isEmpty() && !l.right().isEmpty()).count();
    assertThat(count(html, "<path id=\"band-")).isEqualTo(twoSided);
    assertThat(count(html, "<rect class=\"block"))
        .isEqualTo(KAZ.paragraphs().size() + b.paragraphs().size());
    assertThat(count(html, "<rect class=\"block alone\"")).isEqualTo(2);
    assertThat(html).contains("class=\"band move\"");
  }

  @Test
  void statementTextNeverBecomesMarkup() {
    String hostile =
        "We reject <script>alert(\"x\")</script> & <b>bold</b> claims, 'quoted' and \"double\".";
    Statement left =
        PARLEY.normalize(
            "<img src=x onerror=alert(1)>.txt",
            "First paragraph about the Charter.\n\n" + hostile + "\n\nThird paragraph on peace.");
    Statement right =
        PARLEY.normalize(
            "right\".txt",
            "First paragraph about the Charter.\n\n"
                + hostile.replace("claims", "<i>claims</i>")
                + "\n\nThird paragraph on peace.\n\n<iframe src=\"x.html\"></iframe> was added to the text.");
    for (Alignment.Mode mode : Alignment.Mode.values()) {
      String html = HtmlReport.render(PARLEY.compare(left, right, mode));
      assertThat(count(html, "<script")).as("only the report's own script").isEqualTo(1);
      assertThat(html)
          .doesNotContain("<b>", "<i>", "<iframe", "<img")
          .doesNotContain("right\".txt");
      assertThat(html).contains("&lt;img src=x onerror=alert(1)&gt;.txt", "right&quot;.txt");
      if (mode == Alignment.Mode.VERSIONS) {
        assertThat(html)
            .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold")
            .contains("&#39;quoted&#39;")
            .contains(
                "&lt;iframe src=&quot;x.html&quot;&gt;&lt;/iframe&gt; was added to the text.");
        assertThat(paragraphs(html).get("L1")).isEqualTo(hostile);
      }
    }
  }

  @Test
  void thePageNeedsNoNetwork() {
    String html = HtmlReport.render(PARLEY.compare(KAZ, edited()));
    assertThat(html)
        .doesNotContainPattern("(?i)<link\\b")
        .doesNotContainPattern("(?i)\\ssrc=\"")
        .doesNotContainPattern("(?i)href=\"(https?:)?//")
        .doesNotContainPattern("(?i)url\\((?!#)")
        .doesNotContain("@import")
        .contains("<style>", "@media print", "<svg");
  }

  @Test
  void delegationsModeShowsRelatedPairsWithSharedPhrasesMarked() {
    // The two share the name of a treaty: a link when every shared phrase counts.
    Alignment a =
        Parley.builder()
            .commonPhrases(CommonPhrases.empty())
            .build()
            .compare(KAZ, KGZ, Alignment.Mode.DELEGATIONS);
    assertThat(a.links()).isNotEmpty();
    String html = HtmlReport.render(a);
    assertThat(count(html, "<section class=\"row related\"")).isEqualTo(a.links().size());
    assertThat(html)
        .containsPattern("<mark>[Nn]uclear-[Ww]eapon-[Ff]ree [Zz]one in Central Asia</mark>");
    assertThat(html).contains("Paragraphs with no related partner");
    // Every paragraph is on the page: linked ones in their pairs, the others below.
    Map<String, String> shown = paragraphs(html);
    assertThat(shown).hasSize(KAZ.paragraphs().size() + KGZ.paragraphs().size());
    assertThat(html).doesNotContain("<del>", "<ins>");
  }

  @Test
  void theScoreScaleRunsFromPaleToDark() {
    double previous = Double.MAX_VALUE;
    for (int i = 0; i <= 20; i++) {
      String c = Pages.colour(i / 20.0);
      assertThat(c).matches("#[0-9a-f]{6}");
      int r = Integer.parseInt(c.substring(1, 3), 16);
      int g = Integer.parseInt(c.substring(3, 5), 16);
      int b = Integer.parseInt(c.substring(5, 7), 16);
      double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      assertThat(luminance).isLessThan(previous);
      previous = luminance;
    }
    assertThat(Pages.colour(-1)).isEqualTo(Pages.colour(0));
    assertThat(Pages.colour(Double.NaN)).matches("#[0-9a-f]{6}");
  }
}
