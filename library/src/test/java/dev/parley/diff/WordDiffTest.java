package dev.parley.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.text.Normalizer;
import dev.parley.text.Paragraph;
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

  /**
   * Seeded random texts of any characters (surrogate pairs, combining marks, odd spaces, marks of
   * every kind) and random edits of them: the operations still rebuild both sides exactly, and
   * equal texts give one equal run.
   */
  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
  void operationsRebuildBothSidesOfAnyText(long seed) {
    Random random = new Random(seed);
    String[] pieces = {
      "peace",
      "Security",
      "Council",
      " ",
      "  ",
      "\n",
      "\u00A0",
      "\u2003",
      ",",
      ".",
      "; ",
      "—",
      "\u2019",
      "co-operation",
      "\uD83C\uDF0D",
      "e\u0301",
      "\u0627\u0644\u0633\u0644\u0627\u0645",
      "\u4E16\u754C",
      "51/210",
      "16.5",
      "?",
      "! ",
      "\uD835\uDC00"
    };
    StringBuilder b = new StringBuilder();
    int length = 1 + random.nextInt(300);
    for (int k = 0; k < length; k++) {
      b.append(pieces[random.nextInt(pieces.length)]);
    }
    String left = b.toString();
    StringBuilder e = new StringBuilder(left);
    for (int k = 0; k < random.nextInt(12); k++) {
      int at = random.nextInt(e.length() + 1);
      if (random.nextBoolean() && at < e.length()) {
        e.delete(at, Math.min(e.length(), at + random.nextInt(8)));
      } else {
        e.insert(at, pieces[random.nextInt(pieces.length)]);
      }
    }
    String right = e.toString();
    List<DiffOp> ops = WordDiff.diff(left, right);
    assertThat(side(ops, DiffOp.Op.INSERT)).isEqualTo(left);
    assertThat(side(ops, DiffOp.Op.DELETE)).isEqualTo(right);
    assertThat(WordDiff.diff(left, left)).containsExactly(new DiffOp(DiffOp.Op.EQUAL, left));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void paragraphsReadAsTheirJoinedTexts(int seed) throws Exception {
    // Real paragraphs, runs of one to three a side, some edited, some with white space at an edge
    // (which joins the line break into one run of white space).
    List<Paragraph> all = new ArrayList<>();
    for (String name : List.of("kazakhstan", "kyrgyzstan")) {
      try (var in =
          WordDiffTest.class.getResourceAsStream("/align/" + name + "-general-debate-2006.txt")) {
        all.addAll(Normalizer.defaults().normalize(name, in.readAllBytes()).paragraphs());
      }
    }
    Random random = new Random(seed);
    for (int round = 0; round < 40; round++) {
      List<Paragraph> left = run(all, random);
      List<Paragraph> right = new ArrayList<>();
      for (Paragraph p : run(all, random)) {
        String text =
            switch (random.nextInt(4)) {
              case 0 -> " " + p.text();
              case 1 -> p.text() + "\t";
              case 2 -> p.text().replace(" the ", " a ");
              default -> p.text();
            };
        right.add(new Paragraph(0, p.kind(), text, p.span(), p.sentences()));
      }
      List<DiffOp> expected =
          WordDiff.diff(
              String.join("\n", left.stream().map(Paragraph::text).toList()),
              String.join("\n", right.stream().map(Paragraph::text).toList()));
      assertThat(WordDiff.diff(left, right)).isEqualTo(expected);
      assertThat(WordDiff.diff(left, right)).isEqualTo(expected); // with the chunks kept
    }
  }

  @Test
  void paragraphListsMustHoldAParagraph() {
    Paragraph p =
        Normalizer.defaults()
            .normalize("one", "We support the draft resolution.")
            .paragraphs()
            .get(0);
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> WordDiff.diff(List.of(), List.of(p)))
        .withMessage("no paragraphs to compare");
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> WordDiff.diff(List.of(p), (List<Paragraph>) null));
  }

  /**
   * Seeded random texts of mixed scripts, spaces, joiners, marks and surrogate pairs (lone ones
   * too): the chunks, split and fingerprinted in one pass, are those of their definition, each a
   * word (letters and digits, a hyphen or apostrophe between two of them), a run of white space or
   * one other character, fingerprinted on its own.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void chunksAreThoseOfTheirDefinition(long seed) {
    String alphabet =
        "aZ9 \t\n\u00A0\u2007-'\u2019\u2011\u2010.,\u00E9\u0301\u05D0\u4E00"
            + "\uD83D\uDE00\uD83D\u2028\u3000\u00AD_";
    Random random = new Random(seed);
    for (int t = 0; t < 20_000; t++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(24); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      Chunks chunks = Chunks.of(text);
      int i = 0;
      int k = 0;
      while (i < text.length()) {
        int start = i;
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          i++;
          while (i < text.length()
              && (Character.isLetterOrDigit(text.charAt(i))
                  || (i + 1 < text.length()
                      && "-'\u2019\u2011".indexOf(text.charAt(i)) >= 0
                      && Character.isLetterOrDigit(text.charAt(i + 1))))) {
            i++;
          }
        } else if (Character.isWhitespace(c)) {
          while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
          }
        } else {
          i += Character.charCount(text.codePointAt(i));
        }
        assertThat(k).as(text).isLessThan(chunks.size());
        assertThat(chunks.start(k)).as(text).isEqualTo(start);
        assertThat(chunks.ids[k]).as(text).isEqualTo(Chunks.fingerprint(text, start, i));
        k++;
      }
      assertThat(chunks.size()).as(text).isEqualTo(k);
    }
  }

  private static List<Paragraph> run(List<Paragraph> all, Random random) {
    int from = random.nextInt(all.size() - 3);
    return all.subList(from, from + 1 + random.nextInt(3));
  }
}
