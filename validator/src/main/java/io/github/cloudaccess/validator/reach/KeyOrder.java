package io.github.cloudaccess.validator.reach;

import java.util.Comparator;

/**
 * The order S3 lists keys in: by UTF-8 bytes, which is code-point order. Java's
 * {@link String#compareTo} compares UTF-16 units and puts supplementary characters before
 * U+E000..U+FFFF; a listing sweep must use this order instead or it would miss keys.
 */
final class KeyOrder {

  /** Code-point order. */
  static final Comparator<String> UTF8 = KeyOrder::compare;

  private KeyOrder() {}

  /**
   * @param a a key
   * @param b another
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /**
   * @param sorted keys in {@link #UTF8} order, at least one
   * @return their longest common prefix, cut at a code-point boundary
   */
  static String commonPrefix(java.util.List<String> sorted) {
    String first = sorted.get(0);
    String last = sorted.get(sorted.size() - 1);
    int n = 0;
    while (n < first.length() && n < last.length() && first.charAt(n) == last.charAt(n)) {
      n++;
    }
    if (n > 0 && n < first.length() && Character.isHighSurrogate(first.charAt(n - 1))) {
      n--;
    }
    return first.substring(0, n);
  }

  /**
   * @param key a key
   * @return the key without its last code point, a string just before it in {@link #UTF8} order;
   *     {@code null} for a one-character key
   */
  static String justBefore(String key) {
    int cut = key.offsetByCodePoints(key.length(), -1);
    return cut == 0 ? null : key.substring(0, cut);
  }
}
