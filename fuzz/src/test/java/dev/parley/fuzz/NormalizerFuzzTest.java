package dev.parley.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.parley.Parley;
import dev.parley.text.Paragraph;
import dev.parley.text.Statement;
import dev.parley.text.UnusableInputException;
import java.util.List;

/**
 * The normaliser on any bytes: a statement whose spans trace back to the input, whose text
 * normalises again without a word added or reordered, or the documented refusal.
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
    // Its own output, one paragraph per blank-line block, normalises again without a word added,
    // changed or reordered: what comes back is the same words in the same order, less any that
    // the second pass takes for furniture now that they open a block (an address with phone and
    // fax numbers left inside a paragraph of byte soup). Where paragraphs break in byte soup is a
    // guess from layout; on real statements NormalizationInvariantsTest holds the paragraphs
    // themselves to come back the same.
    List<String> texts = s.paragraphs().stream().map(Paragraph::text).toList();
    Statement again;
    try {
      again = PARLEY.normalize("again.txt", String.join("\n\n", texts));
    } catch (UnusableInputException e) {
      // All of it taken for furniture the second time: the one way to drop every word.
      assertThat(e.getMessage())
          .isEqualTo("again.txt: holds no statement text (only page furniture or letterhead)");
      return;
    }
    Checks.statement(again);
    List<String> before = words(texts);
    List<String> after = words(again.paragraphs().stream().map(Paragraph::text).toList());
    int k = 0;
    for (String w : after) {
      while (k < before.size() && !before.get(k).equals(w)) {
        k++;
      }
      assertThat(k)
          .as("word '%s' of the second pass, in order, in the first", w)
          .isLessThan(before.size());
      k++;
    }
  }

  /**
   * The words, compared up to hyphens: a "nation- building" the first pass leaves (as a source may
   * have it) the second repairs, as it would at a line end; so it does with a paragraph that ends
   * in "deep-" before one that opens in lower case ("ntroduction"), as it would at a page break.
   */
  private static List<String> words(List<String> paragraphs) {
    List<String> joined = new java.util.ArrayList<>();
    for (String p : paragraphs) {
      String q = p.replaceAll("(\\p{L})[-\u00AD]\\s+(?=\\p{L})", "$1");
      int last = joined.size() - 1;
      String before = last < 0 ? "" : joined.get(last);
      int n = before.length();
      if (n >= 2
          && (before.charAt(n - 1) == '-' || before.charAt(n - 1) == '\u00AD')
          && Character.isLetter(before.charAt(n - 2))
          && Character.isLowerCase(q.charAt(0))) {
        joined.set(last, before.substring(0, n - 1) + q);
      } else {
        joined.add(q);
      }
    }
    List<String> out = new java.util.ArrayList<>();
    for (String p : joined) {
      for (String w : p.replace("-", "").split("\\s+")) {
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
    }
    return out;
  }
}
