package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TokenizerTest {

  private static List<String> matches(String text) {
    return Tokenizer.tokenize(text).stream().map(Token::match).toList();
  }

  private static List<String> displays(String text) {
    return Tokenizer.tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void keepsCompoundsApostrophesAndNumbersWhole() {
    assertThat(displays("The Secretary-General’s report, resolution 51/210, grew 16.5% to 1,000."))
        .containsExactly(
            "The",
            "Secretary-General’s",
            "report",
            "resolution",
            "51/210",
            "grew",
            "16.5",
            "to",
            "1,000");
  }

  @Test
  void foldsCaseAccentsAndTypographicMarksForMatching() {
    assertThat(matches("Côte d’Ivoire “Naïve” Co‑operation"))
        .containsExactly("cote", "d'ivoire", "naive", "co-operation");
  }

  @Test
  void leavesPunctuationAndDashesOutside() {
    assertThat(displays("system — the (CICA) “report”... end"))
        .containsExactly("system", "the", "CICA", "report", "end");
  }

  @Test
  void keepsDottedInitialismsTogether() {
    assertThat(displays("the U.N. Charter and the U.S.A."))
        .containsExactly("the", "U.N", "Charter", "and", "the", "U.S.A");
  }

  @Test
  void recordsOffsetsIntoTheText() {
    String text = "  Peace, and security.";
    for (Token t : Tokenizer.tokenize(text)) {
      assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
    }
  }

  @ParameterizedTest
  @CsvSource({"Kazakhstan,kazakhstan", "SÃO,sao", "Ⅻ,xii", "naïveté,naivete"})
  void matchFormIsLowerCaseAndFolded(String word, String expected) {
    assertThat(Tokenizer.matchForm(word)).isEqualTo(expected);
  }
}
