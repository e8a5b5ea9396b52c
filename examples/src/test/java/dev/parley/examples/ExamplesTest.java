package dev.parley.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each example's key output, on the seeds. */
final class ExamplesTest {

  private static final Path SEEDS = Path.of("../seeds");

  @Test
  void earlierParagraphsShareTheConventionWithTheStatement() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    EarlierParagraphs.run(
        SEEDS.resolve("kazakhstan-sixth-committee-terrorism.txt"),
        new PrintStream(bytes, true, UTF_8));
    // The statement's paragraph on the legal framework against terrorism takes up the earlier one.
    assertThat(bytes.toString(UTF_8))
        .startsWith("3 earlier paragraphs, 17 of the statement")
        .contains("earlier 1 ~ statement 8")
        .containsPattern("why: shared words \\(words 0\\.\\d+\\): [^\\n]*conventions");
  }

  @Test
  void consecutiveYearsKeepSomeParagraphs() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ConsecutiveYears.run(
        SEEDS.resolve("kazakhstan-general-debate-2006.txt"),
        SEEDS.resolve("kazakhstan-general-debate-2007.txt"),
        new PrintStream(bytes, true, UTF_8));
    assertThat(bytes.toString(UTF_8))
        .contains("phrasing similarity 0.")
        .contains("match: ")
        .contains("insert: ");
  }

  @Test
  void twoDelegationsShareTheNuclearWeaponFreeZone() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TwoDelegations.run(
        SEEDS.resolve("kazakhstan-general-debate-2006.txt"),
        SEEDS.resolve("kyrgyzstan-general-debate-2006.txt"),
        new PrintStream(bytes, true, UTF_8));
    assertThat(bytes.toString(UTF_8))
        .containsSubsequence(
            "related paragraph pairs",
            "paragraph 7 ~ paragraph 11",
            "why: shared words: ",
            "Zone",
            "shared: Nuclear-Weapon-Free Zone in Central Asia");
  }

  @Test
  void rankingPutsOneDelegationsConsecutiveYearsFirst() {
    List<RankFolder.Pair> pairs = RankFolder.rank(SEEDS);
    assertThat(pairs).hasSize(105); // 15 statements
    RankFolder.Pair top = pairs.get(0);
    assertThat(top.left().substring(0, 10))
        .isEqualTo(top.right().substring(0, 10)); // same delegation
    assertThat(top.similarity()).isGreaterThan(pairs.get(pairs.size() - 1).similarity());
  }

  @Test
  void tenYearsOfOneDelegationHaveRestoredParagraphsAndLastingPhrases() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Path> years = new java.util.ArrayList<>();
    for (int year = 2005; year <= 2014; year++) {
      years.add(SEEDS.resolve("kazakhstan-general-debate-" + year + ".txt"));
    }
    StatementHistory.run(years, new PrintStream(bytes, true, UTF_8));
    assertThat(bytes.toString(UTF_8))
        .startsWith("10 versions, ")
        // Kazakhstan's thanks for help with the Aral Sea and Semipalatinsk, left out in 2009.
        .contains("restored in v5 from v3")
        .contains("since v0: Treaty on the Non-Proliferation of Nuclear Weapons");
  }
}
