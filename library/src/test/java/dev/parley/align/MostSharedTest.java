package dev.parley.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A unit's candidates are the units sharing most with it, ties in the order they were found: which
 * are taken at the cut decides some weak links, so the cut must fall where a stable sort puts it.
 */
final class MostSharedTest {

  static IntStream seeds() {
    return IntStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void takesTheUnitsAStableSortPutsFirst(int seed) {
    Random random = new Random(seed);
    int units = 1 + random.nextInt(120);
    double[] shared = new double[units];
    // Few distinct scores, so that many units tie, at the cut too; now and then all alike.
    int levels = random.nextInt(5) == 0 ? 1 : 1 + random.nextInt(12);
    for (int j = 0; j < units; j++) {
      shared[j] = 1 + random.nextInt(levels) * 0.5;
    }
    int count = random.nextInt(units + 1);
    int[] found = IntStream.range(0, units).toArray();
    for (int t = units - 1; t > 0; t--) {
      int o = random.nextInt(t + 1);
      int swap = found[t];
      found[t] = found[o];
      found[o] = swap;
    }
    int most = 1 + random.nextInt(40);
    int[] expected = stableFirst(Arrays.copyOf(found, count), shared, most);
    int[] array = found.clone();
    int take = Candidates.mostShared(array, count, shared, most);
    assertThat(Arrays.copyOf(array, take)).isEqualTo(expected);
  }

  /** The first {@code most} of {@code units} sorted by what they share, most first, stably. */
  private static int[] stableFirst(int[] units, double[] shared, int most) {
    Integer[] boxed = Arrays.stream(units).boxed().toArray(Integer[]::new);
    Arrays.sort(boxed, (x, y) -> Double.compare(shared[y], shared[x])); // a stable merge sort
    return Arrays.stream(boxed).limit(most).mapToInt(Integer::intValue).toArray();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void ofUnitsSharingAsMuchTheNearestTheUnitsPlaceAreTakenFirst(int seed) {
    Random random = new Random(seed);
    int units = 1 + random.nextInt(120);
    double[] shared = new double[units];
    for (int j = 0; j < units; j++) {
      shared[j] = 1 + random.nextInt(3);
    }
    int[] found = IntStream.range(0, units).toArray();
    for (int t = units - 1; t > 0; t--) {
      int o = random.nextInt(t + 1);
      int swap = found[t];
      found[t] = found[o];
      found[o] = swap;
    }
    long place = random.nextInt(units);
    int most = 1 + random.nextInt(40);
    int[] array = found.clone();
    Candidates.byNearness(array, units, place);
    int take = Candidates.mostShared(array, units, shared, most);
    // Expected: by what they share, then by distance from the place, then the lower unit.
    Integer[] boxed = Arrays.stream(found).boxed().toArray(Integer[]::new);
    Arrays.sort(
        boxed,
        (x, y) ->
            shared[x] != shared[y]
                ? Double.compare(shared[y], shared[x])
                : Math.abs(x - place) != Math.abs(y - place)
                    ? Long.compare(Math.abs(x - place), Math.abs(y - place))
                    : Integer.compare(x, y));
    int[] expected = Arrays.stream(boxed).limit(most).mapToInt(Integer::intValue).toArray();
    assertThat(Arrays.copyOf(array, take)).isEqualTo(expected);
  }
}
