package dev.parley.internal.primitive;

/**
 * A map from long to double with open addressing (linear probing): a tenth of the memory of a
 * {@code HashMap<Long, Double>}, which matters when a long statement's alignment scores millions of
 * splits and merges. Any long may be a key. Not thread-safe.
 */
public final class LongDoubleMap {

  private long[] keys;
  private double[] values;
  private int size;
  private boolean hasZero;
  private double zeroValue;

  /** Creates a map sized for about {@code expected} keys. */
  public LongDoubleMap(int expected) {
    int slots = Integer.highestOneBit(Math.max(8, expected * 2 + 1)) << 1;
    keys = new long[slots];
    values = new double[slots];
  }

  /** Returns the value of {@code key}, or {@code missing}. */
  public double get(long key, double missing) {
    if (key == 0) {
      return hasZero ? zeroValue : missing;
    }
    int i = LongIntMap.slot(keys, key);
    return keys[i] == key ? values[i] : missing;
  }

  /** Whether {@code key} has a value. */
  public boolean containsKey(long key) {
    if (key == 0) {
      return hasZero;
    }
    return keys[LongIntMap.slot(keys, key)] == key;
  }

  /** Sets the value of {@code key}. */
  public void put(long key, double value) {
    if (key == 0) {
      hasZero = true;
      zeroValue = value;
      return;
    }
    int i = claim(key); // claim first: it may replace the arrays
    values[i] = value;
  }

  /** Adds {@code delta} to the value of {@code key} (0 when absent). */
  public void add(long key, double delta) {
    if (key == 0) {
      hasZero = true;
      zeroValue += delta;
      return;
    }
    int i = claim(key);
    values[i] += delta;
  }

  /** Returns the number of keys. */
  public int size() {
    return size + (hasZero ? 1 : 0);
  }

  /** Returns the keys in ascending order. */
  public long[] sortedKeys() {
    long[] out = new long[size()];
    int k = 0;
    for (long key : keys) {
      if (key != 0) {
        out[k++] = key;
      }
    }
    if (hasZero) {
      out[k] = 0;
    }
    return Fingerprints.sortedDistinct(out); // the keys are distinct: all of them
  }

  private int claim(long key) {
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int i = LongIntMap.slot(keys, key);
    if (keys[i] == 0) {
      keys[i] = key;
      size++;
    }
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    double[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new double[oldKeys.length * 2];
    for (int k = 0; k < oldKeys.length; k++) {
      if (oldKeys[k] != 0) {
        int i = LongIntMap.slot(keys, oldKeys[k]);
        keys[i] = oldKeys[k];
        values[i] = oldValues[k];
      }
    }
  }
}
