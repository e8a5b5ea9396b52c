package dev.parley.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class LongDoubleMapTest {

  /** Seeded random puts and gets agree with a HashMap, through many resizes. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void agreesWithAHashMap(long seed) {
    Random random = new Random(seed);
    LongDoubleMap map = new LongDoubleMap();
    Map<Long, Double> reference = new HashMap<>();
    for (int k = 0; k < 50_000; k++) {
      long key = random.nextInt(20_000) * (random.nextBoolean() ? 1_000_003L : -7L);
      double value = random.nextDouble();
      map.put(key, value);
      reference.put(key, value);
      long probe = random.nextInt(40_000) * 1_000_003L;
      assertThat(map.get(probe)).isEqualTo(reference.getOrDefault(probe, Double.NaN));
    }
    assertThat(map.size()).isEqualTo(reference.size());
    reference.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
    assertThatThrownBy(() -> map.put(Long.MIN_VALUE, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
