package dev.parley.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The count of shared fingerprints and their union, merged in four quarters side by side, against a
 * set's.
 */
final class ShinglesTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void sharedAndUnionAreWhatTwoSetsGive(int seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      // Sizes around the length where the quarters begin; values spread over the whole range,
      // or crowded into one quarter, or only in the quarters' edges.
      int n = random.nextInt(3 * Shingles.LANE_MIN_LENGTH);
      int m = random.nextInt(3 * Shingles.LANE_MIN_LENGTH);
      int spread = random.nextInt(3);
      long[] pool = LongStream.generate(() -> value(random, spread)).limit(n + m).toArray();
      long[] a = pick(pool, n, random);
      long[] b = pick(pool, m, random);
      Set<Long> common = new HashSet<>();
      for (long x : a) {
        common.add(x);
      }
      Set<Long> inB = new HashSet<>();
      for (long y : b) {
        inB.add(y);
      }
      common.retainAll(inB);
      assertThat(Shingles.shared(a, b))
          .as("seed %d round %d", seed, round)
          .isEqualTo(common.size());
      assertThat(Shingles.shared(b, a)).isEqualTo(common.size());
      Set<Long> union = new TreeSet<>(inB);
      for (long x : a) {
        union.add(x);
      }
      long[] expected = union.stream().mapToLong(Long::longValue).toArray();
      assertThat(Shingles.union(a, b))
          .as("seed %d round %d", seed, round)
          .containsExactly(expected);
      assertThat(Shingles.union(b, a)).containsExactly(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
  void unionOfManyAndUniqueAreWhatTheirSetGives(int seed) {
    Random random = new Random(seed);
    for (int round = 0; round < 200; round++) {
      // From no array to many, short and long, sharing values or not; values spread over the
      // whole range, crowded into one quarter (buckets sorted whole), or at the quarters' edges.
      int count = random.nextInt(12);
      int spread = random.nextInt(3);
      long[] pool =
          LongStream.generate(() -> value(random, spread))
              .limit(1 + random.nextInt(4 * Shingles.LANE_MIN_LENGTH))
              .toArray();
      List<long[]> parts = new ArrayList<>();
      Set<Long> union = new TreeSet<>();
      for (int k = 0; k < count; k++) {
        long[] part = pick(pool, random.nextInt(2 * Shingles.LANE_MIN_LENGTH), random);
        parts.add(part);
        for (long x : part) {
          union.add(x);
        }
      }
      long[] expected = union.stream().mapToLong(Long::longValue).toArray();
      assertThat(Shingles.union(parts))
          .as("seed %d round %d", seed, round)
          .containsExactly(expected);
      // The same values in any order, repeated: what unique sorts and thins.
      long[] all = parts.stream().flatMapToLong(LongStream::of).toArray();
      for (int i = all.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        long t = all[i];
        all[i] = all[j];
        all[j] = t;
      }
      assertThat(Shingles.unique(all))
          .as("seed %d round %d", seed, round)
          .containsExactly(expected);
    }
  }

  private static long value(Random random, int spread) {
    return switch (spread) {
      case 0 -> random.nextLong();
      case 1 -> (1L << 62) + random.nextInt(1000); // one quarter only
      default -> {
        long[] edges = {Long.MIN_VALUE, -(1L << 62), 0, 1L << 62, Long.MAX_VALUE};
        yield edges[random.nextInt(edges.length)] + random.nextInt(5) - 2;
      }
    };
  }

  /** Up to {@code size} distinct values of {@code pool}, ascending. */
  private static long[] pick(long[] pool, int size, Random random) {
    return LongStream.generate(() -> pool[random.nextInt(pool.length)])
        .limit(size)
        .distinct()
        .sorted()
        .toArray();
  }
}
