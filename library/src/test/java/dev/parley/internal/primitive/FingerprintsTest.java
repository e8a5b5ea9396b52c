package dev.parley.internal.primitive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Fingerprints sorted by bucket against a sorted set: spread, crowded, repeated, at the edges. */
final class FingerprintsTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void sortedDistinctIsWhatASortedSetGives(int seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 300; round++) {
      int spread = random.nextInt(4);
      long[] pool = new long[1 + random.nextInt(200)];
      for (int k = 0; k < pool.length; k++) {
        pool[k] =
            switch (spread) {
              case 0 -> random.nextLong();
              case 1 -> 1000 + random.nextInt(3000); // crowded into one bucket
              case 2 -> new long[] {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE}[random.nextInt(5)];
              default -> random.nextLong() >> random.nextInt(64); // every magnitude
            };
      }
      // One array (the first stretch of a longer one, as a caller that filters makes it).
      long[] values = new long[random.nextInt(300)];
      for (int k = 0; k < values.length; k++) {
        values[k] = pool[random.nextInt(pool.length)];
      }
      int length = values.length == 0 ? 0 : random.nextInt(values.length + 1);
      TreeSet<Long> expected = new TreeSet<>();
      for (int k = 0; k < length; k++) {
        expected.add(values[k]);
      }
      assertThat(Fingerprints.sortedDistinct(java.util.Arrays.copyOf(values, length)))
          .as("seed %d round %d", seed, round)
          .containsExactly(expected.stream().mapToLong(Long::longValue).toArray());
      // Many arrays.
      List<long[]> parts = new ArrayList<>();
      TreeSet<Long> all = new TreeSet<>();
      for (int p = random.nextInt(6); p > 0; p--) {
        long[] part = new long[random.nextInt(80)];
        for (int k = 0; k < part.length; k++) {
          part[k] = pool[random.nextInt(pool.length)];
          all.add(part[k]);
        }
        parts.add(part);
      }
      assertThat(Fingerprints.sortedDistinct(parts))
          .as("seed %d round %d", seed, round)
          .containsExactly(all.stream().mapToLong(Long::longValue).toArray());
    }
  }
}
