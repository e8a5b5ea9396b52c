package dev.parley.align;

import java.util.Arrays;

/**
 * A map from long to double with open addressing (linear probing): a tenth of the memory of a
 * {@code HashMap<Long, Double>}, which matters when a long statement's alignment scores millions of
 * splits and merges. Not thread-safe; {@link Long#MIN_VALUE} cannot be a key.
 */
final class LongDoubleMap {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys;
  private double[] values;
  private int size;

  LongDoubleMap() {
    keys = new long[16];
    values = new double[16];
    Arrays.fill(keys, EMPTY);
  }

  /** The value of {@code key}, or NaN. */
  double get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] == EMPTY) {
        return Double.NaN;
      }
    }
  }

  void put(long key, double value) {
    if (key == EMPTY) {
      throw new IllegalArgumentException("Long.MIN_VALUE cannot be a key");
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
      if (keys[i] == EMPTY) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
    }
  }

  int size() {
    return size;
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    double[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new double[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
