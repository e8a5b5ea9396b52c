package dev.parley.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.Parley;
import dev.parley.UnusableInputException;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import java.util.List;

/**
 * The normaliser on any bytes: a statement whose spans trace back to the input, whose text
 * normalises to the same text again, or the documented refusal.
 */
final class NormalizerFuzzTest {

  private static final Parley PARLEY = Parley.builder().maxInputBytes(1 << 20).build();

  @FuzzTest(maxDuration = "5m")
  void normalisesOrRefuses(byte[] bytes) {
    Statement s;
    try {
      s = PARLEY.normalize("input.txt", bytes);
    } catch (UnusableInputException e) {
      Checks.refusal(e, "input.txt");
      return;
    }
    Checks.statement(s);
    if (s.paragraphs().isEmpty()) {
      return;
    }
    // Its own output, one paragraph per blank-line block, comes back with the same words in the
    // same order. (Where paragraphs break in byte soup is a guess from layout; on real statements
    // NormalizationInvariantsTest holds the paragraphs themselves to be the same.)
    List<String> texts = s.paragraphs().stream().map(Paragraph::text).toList();
    Statement again = PARLEY.normalize("again.txt", String.join("\n\n", texts));
    Checks.statement(again);
    assertThat(String.join(" ", again.paragraphs().stream().map(Paragraph::text).toList()))
        .isEqualTo(String.join(" ", texts));
  }
}
