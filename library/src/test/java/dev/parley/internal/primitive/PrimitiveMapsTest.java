package dev.parley.internal.primitive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The primitive maps agree with {@link HashMap}, through many resizes, for every key, 0 too. */
final class PrimitiveMapsTest {

  private static long key(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> 0L;
      case 1 -> Long.MIN_VALUE;
      default -> random.nextInt(20_000) * (random.nextBoolean() ? 1_000_003L : -7L);
    };
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void longDoubleMapAgreesWithAHashMap(long seed) {
    Random random = new Random(seed);
    LongDoubleMap map = new LongDoubleMap(4);
    Map<Long, Double> reference = new HashMap<>();
    for (int k = 0; k < 50_000; k++) {
      long key = key(random);
      double value = random.nextDouble();
      if (random.nextBoolean()) {
        map.put(key, value);
        reference.put(key, value);
      } else {
        map.add(key, value);
        reference.merge(key, value, Double::sum);
      }
      long probe = key(random);
      assertThat(map.get(probe, Double.NaN)).isEqualTo(reference.getOrDefault(probe, Double.NaN));
      assertThat(map.containsKey(probe)).isEqualTo(reference.containsKey(probe));
    }
    assertThat(map.size()).isEqualTo(reference.size());
    reference.forEach((key, value) -> assertThat(map.get(key, Double.NaN)).isEqualTo(value));
    assertThat(map.sortedKeys())
        .containsExactly(reference.keySet().stream().mapToLong(Long::longValue).sorted().toArray());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void longBitsMapAgreesWithAHashMapOfSets(long seed) {
    Random random = new Random(seed);
    int capacity = 1 + random.nextInt(3_000);
    LongBitsMap map = new LongBitsMap(capacity);
    Map<Long, Long> reference = new HashMap<>();
    for (int k = 0; k < 4 * capacity; k++) {
      long key = key(random);
      if (reference.containsKey(key) || reference.size() < capacity) {
        int member = random.nextInt(64);
        map.add(key, member);
        reference.merge(key, 1L << member, (x, y) -> x | y);
      }
      long probe = key(random);
      assertThat(map.get(probe)).isEqualTo(reference.getOrDefault(probe, 0L));
    }
    reference.forEach((key, members) -> assertThat(map.get(key)).isEqualTo(members));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void longIntMapAgreesWithAHashMap(long seed) {
    Random random = new Random(seed);
    LongIntMap map = new LongIntMap(4);
    Map<Long, Integer> reference = new HashMap<>();
    for (int k = 0; k < 50_000; k++) {
      long key = key(random);
      int value = random.nextInt(100);
      if (random.nextBoolean()) {
        map.put(key, value);
        reference.put(key, value);
      } else {
        assertThat(map.add(key, value)).isEqualTo(reference.merge(key, value, Integer::sum));
      }
      long probe = key(random);
      assertThat(map.get(probe)).isEqualTo(reference.getOrDefault(probe, 0));
    }
    assertThat(map.size()).isEqualTo(reference.size());
    reference.forEach((key, value) -> assertThat(map.get(key)).isEqualTo(value));
  }
}
