package dev.parley.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.parley.text.WordSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast paths of {@link PhrasingSimilarity} give the scores of the plain one: all pairs, or
 * chosen pairs, at once through an index, and texts prepared by joining prepared parts.
 */
final class PreparedScoringTest {

  private static final PhrasingSimilarity PHRASING = PhrasingSimilarity.defaults();
  private static final List<String> PARAGRAPHS = RealParagraphs.all();

  static IntStream seeds() {
    return IntStream.range(0, 24);
  }

  private static List<WordSequence> sample(Random random, int count) {
    return texts(random, count).stream().map(WordSequence::of).toList();
  }

  private static List<String> texts(Random random, int count) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      String p = PARAGRAPHS.get(random.nextInt(PARAGRAPHS.size()));
      // Now and then a short piece, a single word or nothing at all: the edge cases of the views.
      int cut = random.nextInt(6);
      if (cut == 0) {
        p = p.substring(0, Math.min(p.length(), 1 + random.nextInt(30)));
      } else if (cut == 1) {
        p = random.nextBoolean() ? "" : "Peace";
      }
      out.add(p);
    }
    return out;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void allPairsAtOnceScoreAsEachPairAlone(int seed) {
    Random random = new Random(seed);
    // Up to PAIRWISE_MAX_PAIRS pairs are scored pair by pair, more against an index of which of
    // up to 64 right texts hold each word, beyond 64 right texts through postings: all three.
    List<String> leftTexts = texts(random, 1 + random.nextInt(16));
    List<WordSequence> left = leftTexts.stream().map(WordSequence::of).toList();
    List<WordSequence> right =
        new ArrayList<>(sample(random, 1 + random.nextInt(seed % 3 == 0 ? 90 : 16)));
    // Parts of left texts: pairs sharing many content words, whose products summed in another
    // order would round otherwise.
    for (String text : leftTexts) {
      if (random.nextBoolean() && text.length() > 40) {
        right.add(
            random.nextInt(right.size() + 1),
            WordSequence.of(text.substring(random.nextInt(text.length() / 3))));
      }
    }
    List<PhrasingSimilarity.Prepared> a = left.stream().map(PHRASING::prepare).toList();
    List<PhrasingSimilarity.Prepared> b = right.stream().map(PHRASING::prepare).toList();
    double[][] all = PHRASING.similarities(a, b);
    for (int i = 0; i < left.size(); i++) {
      for (int j = 0; j < right.size(); j++) {
        assertThat(all[i][j])
            .as("pair %d, %d", i, j)
            .isEqualTo(PHRASING.similarity(left.get(i), right.get(j)));
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void chosenPairsAtOnceScoreAsEachPairAlone(int seed) {
    Random random = new Random(seed);
    // Right texts in one to three blocks of 64; each left text with none, a few (merged pair by
    // pair) or many (through the block's index) chosen in a block, in any order.
    List<WordSequence> left = sample(random, 1 + random.nextInt(12));
    List<WordSequence> right = sample(random, 1 + random.nextInt(seed % 2 == 0 ? 150 : 40));
    int[][] chosen = new int[left.size()][];
    for (int i = 0; i < chosen.length; i++) {
      List<Integer> units = new ArrayList<>(IntStream.range(0, right.size()).boxed().toList());
      java.util.Collections.shuffle(units, random);
      int take = random.nextInt(4) == 0 ? random.nextInt(3) : random.nextInt(right.size() + 1);
      chosen[i] = units.subList(0, take).stream().mapToInt(Integer::intValue).toArray();
    }
    List<PhrasingSimilarity.Prepared> a = left.stream().map(PHRASING::prepare).toList();
    List<PhrasingSimilarity.Prepared> b = right.stream().map(PHRASING::prepare).toList();
    double[][] scores = PHRASING.similarities(a, b, chosen);
    UnitSimilarity jaccard = UnitSimilarity.of(WordJaccardSimilarity.instance());
    double[][] byDefault =
        jaccard.similarities(
            left.stream().map(jaccard::prepare).toList(),
            right.stream().map(jaccard::prepare).toList(),
            chosen);
    for (int i = 0; i < left.size(); i++) {
      assertThat(scores[i]).hasSize(chosen[i].length);
      for (int k = 0; k < chosen[i].length; k++) {
        WordSequence other = right.get(chosen[i][k]);
        assertThat(scores[i][k])
            .as("left %d, right %d", i, chosen[i][k])
            .isEqualTo(PHRASING.similarity(left.get(i), other));
        assertThat(byDefault[i][k])
            .isEqualTo(WordJaccardSimilarity.instance().similarity(left.get(i), other));
      }
    }
  }

  @org.junit.jupiter.api.Test
  void chosenPairsMustNameTextsThatAreThere() {
    List<PhrasingSimilarity.Prepared> two =
        List.of(
            PHRASING.prepare(WordSequence.of("peace")), PHRASING.prepare(WordSequence.of("war")));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PHRASING.similarities(two, two, new int[][] {{0}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chosen has 1 rows for 2 left texts");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PHRASING.similarities(two, two, new int[][] {{0}, {2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("chosen names right text 2 of 2 texts");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void joinedPreparedPartsScoreAsTheJoinedText(int seed) {
    Random random = new Random(seed);
    List<WordSequence> parts = sample(random, 2 + random.nextInt(5));
    WordSequence joined = WordSequence.concat(parts);
    List<PhrasingSimilarity.Prepared> prepared = parts.stream().map(PHRASING::prepare).toList();
    PhrasingSimilarity.Prepared fromParts = PHRASING.concat(prepared);
    // Parts joined in two steps: the pair across the seam is read from the inner joins' ends.
    int cut = 1 + random.nextInt(parts.size() - 1);
    PhrasingSimilarity.Prepared inTwoSteps =
        PHRASING.concat(
            List.of(
                PHRASING.concat(prepared.subList(0, cut)),
                PHRASING.concat(prepared.subList(cut, parts.size()))));
    // Scored before their words are asked for (a joined text makes them only then), and after.
    // Other texts, and two parts side by side: those share the pair across a seam.
    List<WordSequence> others = new ArrayList<>(sample(random, 3));
    for (int k = 0; k + 1 < parts.size(); k++) {
      others.add(WordSequence.concat(parts.subList(k, k + 2)));
    }
    for (int round = 0; round < 2; round++) {
      for (WordSequence other : others) {
        double expected = PHRASING.similarity(joined, other);
        assertThat(PHRASING.similarity(fromParts, PHRASING.prepare(other)))
            .isCloseTo(expected, within(1e-12));
        assertThat(PHRASING.similarity(inTwoSteps, PHRASING.prepare(other)))
            .isCloseTo(expected, within(1e-12));
      }
      assertThat(PHRASING.similarity(fromParts, PHRASING.prepare(joined))).isEqualTo(1.0);
      assertThat(fromParts.words().words()).isEqualTo(joined.words());
      assertThat(inTwoSteps.words().words()).isEqualTo(joined.words());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void anyMeasureAdaptedForUnitsScoresPreparedTextsAsItsWords(int seed) {
    Random random = new Random(seed);
    UnitSimilarity jaccard = UnitSimilarity.of(WordJaccardSimilarity.instance());
    List<WordSequence> left = sample(random, 1 + random.nextInt(8));
    List<WordSequence> right = sample(random, 1 + random.nextInt(8));
    List<UnitSimilarity.Prepared> a = left.stream().map(jaccard::prepare).toList();
    List<UnitSimilarity.Prepared> b = right.stream().map(jaccard::prepare).toList();
    double[][] all = jaccard.similarities(a, b);
    for (int i = 0; i < left.size(); i++) {
      for (int j = 0; j < right.size(); j++) {
        assertThat(all[i][j])
            .isEqualTo(WordJaccardSimilarity.instance().similarity(left.get(i), right.get(j)));
      }
    }
    assertThat(jaccard.concat(a).words().words()).isEqualTo(WordSequence.concat(left).words());
  }

  @org.junit.jupiter.api.Test
  void aMeasureThatIsAlreadyForUnitsIsItselfAndRefusesWhatAnotherPrepared() {
    assertThat(UnitSimilarity.of(PHRASING)).isSameAs(PHRASING);
    UnitSimilarity.Prepared other =
        UnitSimilarity.of(WordJaccardSimilarity.instance()).prepare(WordSequence.of("peace"));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> PHRASING.similarity(other, PHRASING.prepare(WordSequence.of("peace"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("prepared by another measure");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> PHRASING.concat(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
