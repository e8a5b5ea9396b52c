package dev.parley.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class NearestOfTest {

  /**
   * Seeded random texts and places that move forward, by steps of every size, repeated places too:
   * the nearest mark is the one a character-by-character search from the place finds.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void findsWhatACharacterByCharacterSearchFinds(long seed) {
    Random random = new Random(seed);
    String alphabet = "ab .\n\r?!\u2028";
    String marks = ".\n\r?!\u2028";
    for (int round = 0; round < 2_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = random.nextInt(60); k > 0; k--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      NearestOf nearest = new NearestOf(text, marks);
      for (int from = 0; from <= text.length(); from += random.nextInt(4)) {
        int expected = from;
        while (expected < text.length() && marks.indexOf(text.charAt(expected)) < 0) {
          expected++;
        }
        assertThat(nearest.from(from)).as("[%s] from %d", text, from).isEqualTo(expected);
        if (random.nextInt(8) == 0) {
          break;
        }
      }
    }
  }
}
