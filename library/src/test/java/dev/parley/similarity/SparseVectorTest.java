package dev.parley.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sum of many vectors, dealt into buckets, against summing them two by two, level by level: the
 * same ids and the same weights to the last bit, with weights whose sum depends on its order.
 */
final class SparseVectorTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void sumIsWhatSummingTwoByTwoGives(int seed) {
    Random random = new Random(seed);
    int orderMattered = 0;
    for (int round = 0; round < 300; round++) {
      int count = random.nextInt(70);
      // Ids over the whole range, crowded together, or a few shared by every part.
      int spread = random.nextInt(3);
      long[] pool = new long[1 + random.nextInt(spread == 2 ? 4 : 300)];
      for (int k = 0; k < pool.length; k++) {
        pool[k] = spread == 1 ? 1000 + random.nextInt(5000) : random.nextLong();
      }
      List<SparseVector> parts = new ArrayList<>();
      for (int q = 0; q < count; q++) {
        TreeMap<Long, Double> v = new TreeMap<>();
        int size = random.nextInt(40);
        for (int k = 0; k < size; k++) {
          // Magnitudes far apart, so that the order of the additions shows in the last bits.
          v.put(
              pool[random.nextInt(pool.length)],
              random.nextDouble() * Math.pow(10, random.nextInt(17) - 8));
        }
        parts.add(
            new SparseVector(
                v.keySet().stream().mapToLong(Long::longValue).toArray(),
                v.values().stream().mapToDouble(Double::doubleValue).toArray()));
      }
      SparseVector expected = SparseVector.sumLevelByLevel(parts);
      SparseVector sum = SparseVector.sum(parts);
      assertThat(sum.ids).as("seed %d round %d", seed, round).containsExactly(expected.ids);
      for (int k = 0; k < sum.weights.length; k++) {
        assertThat(Double.doubleToRawLongBits(sum.weights[k]))
            .as("seed %d round %d id %d", seed, round, sum.ids[k])
            .isEqualTo(Double.doubleToRawLongBits(expected.weights[k]));
      }
      assertThat(sum.norm).isEqualTo(expected.norm);
      SparseVector leftToRight = SparseVector.EMPTY;
      for (SparseVector p : parts) {
        leftToRight = SparseVector.sum(leftToRight, p);
      }
      if (!java.util.Arrays.equals(leftToRight.weights, expected.weights)) {
        orderMattered++;
      }
    }
    // The weights are such that another order of the additions gives other bits.
    assertThat(orderMattered).isGreaterThan(10);
  }
}
