package dev.parley.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link HashOrder} gives the order a {@code HashMap<Integer, V>} iterates its keys in, which has
 * always decided the ties of the aligner's candidates: held to {@code HashMap} itself.
 */
final class HashOrderTest {

  static IntStream seeds() {
    return IntStream.range(0, 400);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void ordersKeysAsAHashMapFilledWithThemIteratesThem(int seed) {
    Random random = new Random(seed);
    int count = random.nextInt(seed % 10 == 0 ? 400 : 60);
    // Units of a short statement, of a long one (past 65,536, where the hash folds its high half),
    // or keys that crowd a few buckets (HashMap then grows its table early or makes a tree).
    int kind = seed % 4;
    int range = kind == 0 ? Math.max(1, 2 * count) : kind == 1 ? 200_000 : 100_000;
    int stride = kind == 2 ? 16 : kind == 3 ? 1 << (4 + random.nextInt(4)) : 1;
    Set<Integer> distinct = new LinkedHashSet<>();
    while (distinct.size() < count && distinct.size() < range) {
      int key = random.nextInt(range);
      distinct.add(kind >= 2 ? (key / stride) * stride + (random.nextInt(8) == 0 ? 1 : 0) : key);
    }
    int[] keys = distinct.stream().mapToInt(Integer::intValue).toArray();
    Map<Integer, Boolean> map = new HashMap<>();
    for (int key : keys) {
      map.put(key, Boolean.TRUE);
    }
    int[] expected = map.keySet().stream().mapToInt(Integer::intValue).toArray();
    int[] ordered = Arrays.copyOf(keys, keys.length + 3); // room beyond the count is left alone
    HashOrder.reorder(ordered, keys.length);
    assertThat(Arrays.copyOf(ordered, keys.length)).isEqualTo(expected);
  }
}
