package dev.parley.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which shared words name a matter, and in what order. */
final class SharedWordsTest {

  @Test
  void rareNamesComeBeforeCommonWordsAndPossessivesFold() {
    List<String> words = List.of("kazakhstan", "kazakhstan's", "semipalatinsk", "the", "effort");
    List<Double> products = List.of(0.01, 0.02, 0.01, 0.5, 0.4);
    List<String> picked = SharedWords.pick(words, products);
    // "the" and "effort" are in more than a fifth of the General Debate's speeches.
    assertThat(picked).containsExactlyInAnyOrder("kazakhstan", "semipalatinsk");
    assertThat(SharedWords.background("the")).isZero();
    assertThat(SharedWords.background("semipalatinsk"))
        .isGreaterThan(SharedWords.background("kazakhstan"));
  }

  @Test
  void listsOfDifferentLengthsAreRefused() {
    assertThatThrownBy(() -> SharedWords.pick(List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SharedWords.best(List.of(), List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** The one-pass choice gives what sorting every word and folding the forms gives. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
  void theBestAreThoseAFullSortGives(long seed) {
    Random random = new Random(seed);
    String[] stems = {"aral", "cica", "nile", "gaza", "kyoto", "paris", "doha", "oslo", "lome"};
    String[] ends = {"", "'s", "\u2019s"};
    List<String> words = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    int size = random.nextInt(28);
    while (words.size() < size) {
      String w = stems[random.nextInt(stems.length)] + ends[random.nextInt(ends.length)];
      if (random.nextInt(4) == 0) {
        w = w + random.nextInt(5);
      }
      if (!words.contains(w)) {
        words.add(w);
        // Few distinct scores, so that ties by the word matter.
        scores.add(1 + random.nextInt(4) / 4.0);
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> -scores.get(i)).thenComparing(words::get));
    List<String> expected = new ArrayList<>();
    for (int i : order) {
      String base = words.get(i).replaceFirst("['\u2019]s$", "");
      if (expected.size() < Neighbour.SHARED && !expected.contains(base)) {
        expected.add(base);
      }
    }
    assertThat(SharedWords.best(words, scores)).isEqualTo(expected);
  }
}
