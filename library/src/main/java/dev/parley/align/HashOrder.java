package dev.parley.align;

import java.util.HashMap;
import java.util.Map;

/**
 * The order in which a {@code java.util.HashMap<Integer, V>} made with its default capacity and
 * filled with distinct keys, none removed, iterates them: bucket by bucket (the key's spread hash
 * modulo the table's size, the table doubled from 16 whenever it is three quarters full), and in a
 * bucket in the order the keys were put. The aligner's candidates keep that order because it has
 * always decided their ties; this gives it without a boxed key and a node per unit.
 *
 * <p>Where a bucket would hold nine keys at once, {@code HashMap} grows its table early or makes
 * the bucket a tree, which iterates otherwise: those keys go through a real {@code HashMap}. A test
 * holds the order to {@code HashMap}'s own on random keys, crowded buckets included.
 */
final class HashOrder {

  private HashOrder() {}

  /** Keys in one bucket at which {@code HashMap} grows its table or makes the bucket a tree. */
  private static final int CROWDED = 9;

  /**
   * Reorders {@code keys[0, count)}, distinct and not negative, given in the order they were put,
   * into the order a {@code HashMap} holding them iterates them.
   */
  static void reorder(int[] keys, int count) {
    if (count <= 1) {
      return;
    }
    int finalCapacity = 16;
    while (count > finalCapacity / 4 * 3) {
      finalCapacity <<= 1;
    }
    // Fill as HashMap does, to see whether a bucket is ever crowded: the table doubles after the
    // key that makes it more than three quarters full.
    int[] bucketSize = new int[finalCapacity];
    int capacity = 16;
    for (int t = 0; t < count; t++) {
      if (++bucketSize[spread(keys[t]) & (capacity - 1)] >= CROWDED) {
        byHashMap(keys, count);
        return;
      }
      if (t + 1 > capacity / 4 * 3) {
        capacity <<= 1;
        java.util.Arrays.fill(bucketSize, 0, capacity, 0);
        for (int u = 0; u <= t; u++) {
          bucketSize[spread(keys[u]) & (capacity - 1)]++;
        }
      }
    }
    // Bucket by bucket, each in the order put: a counting sort, stable. The table has grown to
    // its final size by now, so the buckets' sizes are counted already.
    int[] start = new int[finalCapacity];
    for (int b = 1; b < finalCapacity; b++) {
      start[b] = start[b - 1] + bucketSize[b - 1];
    }
    int[] ordered = new int[count];
    for (int t = 0; t < count; t++) {
      ordered[start[spread(keys[t]) & (finalCapacity - 1)]++] = keys[t];
    }
    System.arraycopy(ordered, 0, keys, 0, count);
  }

  /** {@code HashMap}'s hash of an {@code Integer}: its value, the high half folded into the low. */
  private static int spread(int key) {
    return key ^ (key >>> 16);
  }

  private static void byHashMap(int[] keys, int count) {
    Map<Integer, Boolean> map = new HashMap<>();
    for (int t = 0; t < count; t++) {
      map.put(keys[t], Boolean.TRUE);
    }
    int k = 0;
    for (int key : map.keySet()) {
      keys[k++] = key;
    }
  }
}
