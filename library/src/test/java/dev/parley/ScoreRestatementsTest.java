package dev.parley;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.report.JsonReport;
import dev.parley.report.TextReport;
import dev.parley.report.TextStyle;
import dev.parley.similarity.PhrasingScore;
import dev.parley.similarity.Restatement;
import dev.parley.similarity.TopicEncoder;
import dev.parley.text.Statement;
import org.junit.jupiter.api.Test;

/**
 * With a meaning model, a phrasing score says which paragraphs say the same in other words: what
 * shared phrases cannot show. Without one, it says nothing of meaning.
 */
final class ScoreRestatementsTest {

  private static final String BEFORE =
      String.join(
          "\n\n",
          "We call for an end to the unjust embargo imposed on the people of Cuba for decades.",
          "Climate change threatens the survival of small island States like ours.",
          "Reform of the Security Council is long overdue and must include new seats.");

  private static final String AFTER =
      String.join(
          "\n\n",
          "The reform of the Council cannot wait; the permanent members must share power.",
          "The unlawful blockade of the Cuban people must end without further delay.",
          "Ocean acidification and rising seas already wash away our beaches and homes.");

  @Test
  void aPointSaidAgainInOtherWordsIsNamedWithItsSignals() {
    Parley parley = Parley.builder().meaning(new TopicEncoder()).build();
    Statement before = parley.normalize("2014.txt", BEFORE);
    Statement after = parley.normalize("2015.txt", AFTER);
    PhrasingScore score = parley.score(before, after);
    assertThat(score.restatements())
        .extracting(Restatement::left, Restatement::right)
        .contains(org.assertj.core.groups.Tuple.tuple(0, 1));
    Restatement cuba =
        score.restatements().stream().filter(r -> r.left() == 0).findFirst().orElseThrow();
    assertThat(cuba.meaning()).isGreaterThanOrEqualTo(0.3);
    assertThat(cuba.words()).isLessThan(0.2);

    StringBuilder json = new StringBuilder();
    JsonReport.write("2014.txt", "2015.txt", score, json);
    assertThat(json.toString()).contains("\"restatements\"").contains("\"left\" : 0");
    StringBuilder text = new StringBuilder();
    TextReport.write("2014.txt", "2015.txt", score, TextStyle.PLAIN, text);
    assertThat(text.toString()).contains("say the same in other words").contains("¶ 1 / 2");

    // Without a meaning model: nothing said of meaning, in the JSON either.
    PhrasingScore words = Parley.defaults().score(before, after);
    assertThat(words.restatements()).isEmpty();
    StringBuilder plain = new StringBuilder();
    JsonReport.write("2014.txt", "2015.txt", words, plain);
    assertThat(plain.toString()).doesNotContain("restatements");
  }
}
