package dev.parley.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.parley.text.TermStatistics;
import dev.parley.text.WordSequence;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Range, symmetry and edge cases of every measure, then exact values on small examples. */
final class MeasuresTest {

  private static final List<String> PARAGRAPHS = RealParagraphs.all();

  static Stream<Arguments> measures() {
    TermStatistics stats = TermStatistics.defaults();
    return Map.<String, TokenSimilarity>of(
            "shingleJaccard3", ShingleJaccardSimilarity.of(3),
            "shingleContainment3", ShingleContainmentSimilarity.of(3),
            "tfIdfCosine", TfIdfCosineSimilarity.of(stats),
            "contentWordCosine", ContentWordCosineSimilarity.of(stats),
            "tokenEdit", TokenEditSimilarity.instance(),
            "lcsRatio", LcsRatioSimilarity.instance(),
            "wordJaccard", WordJaccardSimilarity.instance(),
            "phrasing", PhrasingSimilarity.defaults())
        .entrySet()
        .stream()
        .map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("measures")
  void isSymmetricInRangeAndOneOnIdenticalText(String name, TokenSimilarity measure) {
    Random random = new Random(name.hashCode());
    for (int k = 0; k < 15; k++) {
      WordSequence a = WordSequence.of(PARAGRAPHS.get(random.nextInt(PARAGRAPHS.size())));
      WordSequence b = WordSequence.of(PARAGRAPHS.get(random.nextInt(PARAGRAPHS.size())));
      double ab = measure.similarity(a, b);
      assertThat(ab).isBetween(0.0, 1.0);
      assertThat(measure.similarity(b, a)).isCloseTo(ab, within(1e-12));
      assertThat(measure.similarity(a, a)).isCloseTo(1.0, within(1e-12));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("measures")
  void scoresEmptyTextsAsDocumented(String name, TokenSimilarity measure) {
    WordSequence empty = WordSequence.of("");
    assertThat(measure.similarity(empty, empty)).isEqualTo(1.0);
    assertThat(measure.similarity(empty, WordSequence.of("peace and security"))).isEqualTo(0.0);
  }

  @Test
  void computesExactValuesOnSmallExamples() {
    WordSequence a = WordSequence.of("a b c d");
    WordSequence b = WordSequence.of("a b c e");
    assertThat(ShingleJaccardSimilarity.of(3).similarity(a, b)).isCloseTo(1 / 3.0, within(1e-12));
    assertThat(ShingleJaccardSimilarity.of(1).similarity(a, b)).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(ShingleContainmentSimilarity.of(3).similarity(a, WordSequence.of("x a b c d y")))
        .isEqualTo(1.0);
    assertThat(TokenEditSimilarity.instance().similarity(a, b)).isCloseTo(0.75, within(1e-12));
    assertThat(LcsRatioSimilarity.instance().similarity(a, WordSequence.of("b a c d")))
        .isCloseTo(0.75, within(1e-12));
    assertThat(WordJaccardSimilarity.instance().similarity(a, b)).isCloseTo(0.6, within(1e-12));
  }

  @Test
  void editAndLcsWorkOnWordsNotCharacters() {
    WordSequence a = WordSequence.of("international peace and security");
    WordSequence b = WordSequence.of("international peace and stability");
    assertThat(TokenEditSimilarity.instance().similarity(a, b)).isCloseTo(0.75, within(1e-12));
  }

  @Test
  void rejectsAShingleLengthBelowOne() {
    assertThatThrownBy(() -> ShingleJaccardSimilarity.of(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
