package io.github.cloudaccess.validator.protocol;

/**
 * A bounded open-addressing set of 64-bit hashes: remembers which DataLink IDs are finished
 * without keeping the ID strings (8 bytes per ID instead of a String each).
 */
final class LongSet {

  private long[] slots = new long[1024];
  private boolean zero;
  private int size;
  private final int max;

  /** @param max most elements kept; later additions are ignored */
  LongSet(int max) {
    this.max = max;
  }

  boolean contains(long v) {
    if (v == 0) {
      return zero;
    }
    int mask = slots.length - 1;
    for (int i = mix(v) & mask; ; i = (i + 1) & mask) {
      long s = slots[i];
      if (s == 0) {
        return false;
      }
      if (s == v) {
        return true;
      }
    }
  }

  void add(long v) {
    if (size >= max || contains(v)) {
      return;
    }
    if (v == 0) {
      zero = true;
      size++;
      return;
    }
    if (size * 2 >= slots.length) {
      grow();
    }
    insert(slots, v);
    size++;
  }

  private void grow() {
    long[] bigger = new long[slots.length * 2];
    for (long s : slots) {
      if (s != 0) {
        insert(bigger, s);
      }
    }
    slots = bigger;
  }

  private static void insert(long[] table, long v) {
    int mask = table.length - 1;
    int i = mix(v) & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    table[i] = v;
  }

  private static int mix(long v) {
    long h = v * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /**
   * @param s text
   * @return a 64-bit FNV-1a hash of its chars
   */
  static long hash(CharSequence s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
