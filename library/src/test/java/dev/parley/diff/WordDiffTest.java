package dev.parley.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class WordDiffTest {

  private static final String SENTENCE =
      "Kazakhstan has consistently opposed and condemned terrorism in all its forms and"
          + " manifestations; no one country is able to counter the threat on its own. ";

  static String side(List<DiffOp> ops, DiffOp.Op skipped) {
    StringBuilder b = new StringBuilder();
    ops.stream().filter(o -> o.op() != skipped).forEach(o -> b.append(o.text()));
    return b.toString();
  }

  @Test
  void replacedWordsShowAsOneChange() {
    assertThat(
            WordDiff.diff(
                "My delegation warmly congratulates you",
                "My delegation sincerely congratulates you"))
        .containsExactly(
            new DiffOp(DiffOp.Op.EQUAL, "My delegation "),
            new DiffOp(DiffOp.Op.DELETE, "warmly"),
            new DiffOp(DiffOp.Op.INSERT, "sincerely"),
            new DiffOp(DiffOp.Op.EQUAL, " congratulates you"));
  }

  @Test
  void aStopwordBetweenTwoChangesJoinsThem() {
    List<DiffOp> ops =
        WordDiff.diff("we warmly thank the President", "we sincerely welcome the Chairman");
    assertThat(ops)
        .containsExactly(
            new DiffOp(DiffOp.Op.EQUAL, "we "),
            new DiffOp(DiffOp.Op.DELETE, "warmly thank the President"),
            new DiffOp(DiffOp.Op.INSERT, "sincerely welcome the Chairman"));
  }

  /** Seeded random edits of words: the operations rebuild both sides exactly. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void operationsRebuildBothSides(long seed) {
    Random random = new Random(seed);
    List<String> words = new ArrayList<>(Arrays.asList(SENTENCE.repeat(4).split(" ")));
    List<String> edited = new ArrayList<>(words);
    for (int k = 0; k < 6; k++) {
      int at = random.nextInt(edited.size());
      switch (random.nextInt(3)) {
        case 0 -> edited.remove(at);
        case 1 -> edited.add(at, "peace");
        default -> edited.set(at, edited.get(at).toUpperCase(java.util.Locale.ROOT));
      }
    }
    String left = String.join(" ", words);
    String right = String.join("  ", edited);
    List<DiffOp> ops = WordDiff.diff(left, right);
    assertThat(side(ops, DiffOp.Op.INSERT)).isEqualTo(left);
    assertThat(side(ops, DiffOp.Op.DELETE)).isEqualTo(right);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aMegabyteParagraphAgainstAShortOneIsComparedSentenceBySentence() {
    String big = SENTENCE.repeat(6_500);
    String small = "Kazakhstan has always opposed terrorism. " + SENTENCE;
    List<DiffOp> ops = WordDiff.diff(big, small);
    assertThat(side(ops, DiffOp.Op.INSERT)).isEqualTo(big);
    assertThat(side(ops, DiffOp.Op.DELETE)).isEqualTo(small);
    // The shared sentence is found, not buried in one deletion of everything.
    assertThat(ops).anySatisfy(o -> assertThat(o.op()).isEqualTo(DiffOp.Op.EQUAL));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void twoLongTextsWithScatteredEditsKeepTheirCommonSentences() {
    String left = SENTENCE.repeat(5_000);
    String right =
        "Peace first. " + SENTENCE.repeat(2_500) + "A new sentence here. " + SENTENCE.repeat(2_500);
    List<DiffOp> ops = WordDiff.diff(left, right);
    assertThat(side(ops, DiffOp.Op.INSERT)).isEqualTo(left);
    assertThat(side(ops, DiffOp.Op.DELETE)).isEqualTo(right);
    assertThat(
            ops.stream()
                .filter(o -> o.op() != DiffOp.Op.EQUAL)
                .mapToInt(o -> o.text().length())
                .sum())
        .isLessThan(100);
  }

  @Test
  void identicalLongTextsAreOneEqualRun() {
    String text = SENTENCE.repeat(10_000);
    assertThat(WordDiff.diff(text, text)).containsExactly(new DiffOp(DiffOp.Op.EQUAL, text));
  }
}
