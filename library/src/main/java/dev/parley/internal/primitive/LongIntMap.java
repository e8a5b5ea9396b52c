package dev.parley.internal.primitive;

/**
 * A map from long to int with open addressing (linear probing): no boxing, a tenth of the memory of
 * a {@code HashMap<Long, Integer>}. Any long may be a key. Absent keys read as 0. Not thread-safe
 * while written; safe to read from many threads once filled and published.
 */
public final class LongIntMap {

  private long[] keys;
  private int[] values;
  private int size;
  private boolean hasZero;
  private int zeroValue;

  /** Creates a map sized for about {@code expected} keys. */
  public LongIntMap(int expected) {
    int slots = Integer.highestOneBit(Math.max(8, expected * 2 + 1)) << 1;
    keys = new long[slots];
    values = new int[slots];
  }

  /** Returns the value of {@code key}, or 0. */
  public int get(long key) {
    if (key == 0) {
      return hasZero ? zeroValue : 0;
    }
    int i = slot(keys, key);
    return keys[i] == key ? values[i] : 0;
  }

  /** Sets the value of {@code key}. */
  public void put(long key, int value) {
    if (key == 0) {
      hasZero = true;
      zeroValue = value;
      return;
    }
    int i = claim(key); // claim first: it may replace the arrays
    values[i] = value;
  }

  /** Adds {@code delta} to the value of {@code key} and returns the new value. */
  public int add(long key, int delta) {
    if (key == 0) {
      hasZero = true;
      return zeroValue += delta;
    }
    int i = claim(key);
    return values[i] += delta;
  }

  /** Returns the number of keys. */
  public int size() {
    return size + (hasZero ? 1 : 0);
  }

  /** The slot of {@code key}, taken for it if it is new. */
  private int claim(long key) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int i = slot(keys, key);
    if (keys[i] == 0) {
      keys[i] = key;
      size++;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != 0) {
        int i = slot(keys, oldKeys[k]);
        keys[i] = oldKeys[k];
        values[i] = oldValues[k];
      }
    }
  }

  /** The slot holding {@code key} in {@code keys}, or the empty slot where it would go. */
  static int slot(long[] keys, long key) {
    int mask = keys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int i = (int) (h ^ (h >>> 32)) & mask;
    while (keys[i] != 0 && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }
}
