package dev.parley.internal.primitive;

/**
 * A map from long to a set of up to 64 small numbers, as the bits of a long, with open addressing
 * (linear probing): which of up to 64 units hold each fingerprint. Any long may be a key. Absent
 * keys read as the empty set. Not thread-safe.
 */
public final class LongBitsMap {

  private final long[] keys;
  private final long[] bits;
  private long zeroBits;

  /**
   * Creates a map for at most {@code capacity} keys: it does not grow. A third to two thirds of its
   * slots are filled when it holds them all: it is made anew for each use, so its size is paid in
   * clearing memory as much as in probing.
   */
  public LongBitsMap(int capacity) {
    int slots = Integer.highestOneBit(Math.max(8, capacity + capacity / 2)) << 1;
    keys = new long[slots];
    bits = new long[slots];
  }

  /** Adds number {@code member} (0 to 63) to the set of {@code key}. */
  public void add(long key, int member) {
    if (key == 0) {
      zeroBits |= 1L << member;
      return;
    }
    int i = LongIntMap.slot(keys, key);
    keys[i] = key;
    bits[i] |= 1L << member;
  }

  /** Returns the set of {@code key}: bit {@code n} is set if it holds number {@code n}. */
  public long get(long key) {
    if (key == 0) {
      return zeroBits;
    }
    int i = LongIntMap.slot(keys, key);
    return keys[i] == key ? bits[i] : 0;
  }
}
