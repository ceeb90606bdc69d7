package io.github.cloudaccess.server.http;

import java.util.Optional;

/**
 * A single byte range of a representation (RFC 9110 14.1.2).
 *
 * @param first first byte, inclusive
 * @param last last byte, inclusive
 */
record ByteRange(long first, long last) {

  /** Outcome of reading a Range header against a known length. */
  sealed interface Result permits Whole, Partial, Unsatisfiable {}

  /** No usable Range header: send the whole representation. */
  record Whole() implements Result {}

  /** Send this part with 206. */
  record Partial(ByteRange range) implements Result {}

  /** The range starts beyond the end: 416. */
  record Unsatisfiable() implements Result {}

  /** @return the number of bytes in the range */
  long length() {
    return last - first + 1;
  }

  /**
   * Invalid or multi-range headers are ignored (a server may always answer 200 with the whole
   * representation); only a single satisfiable range gives 206.
   *
   * @param header the Range header value, or null
   * @param size the representation length
   * @return what to send
   */
  static Result parse(String header, long size) {
    if (header == null) {
      return new Whole();
    }
    String h = header.trim();
    if (!h.regionMatches(true, 0, "bytes=", 0, 6) || h.indexOf(',') >= 0) {
      return new Whole();
    }
    String spec = h.substring(6).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return new Whole();
    }
    Optional<Long> a = number(spec.substring(0, dash).trim());
    Optional<Long> b = number(spec.substring(dash + 1).trim());
    boolean aEmpty = spec.substring(0, dash).isBlank();
    boolean bEmpty = spec.substring(dash + 1).isBlank();
    if (aEmpty) {
      if (b.isEmpty()) {
        return new Whole();
      }
      long n = b.get();
      if (n == 0 || size == 0) {
        return new Unsatisfiable();
      }
      return new Partial(new ByteRange(Math.max(0, size - n), size - 1));
    }
    if (a.isEmpty() || (!bEmpty && b.isEmpty())) {
      return new Whole();
    }
    long first = a.get();
    if (!bEmpty && b.get() < first) {
      return new Whole();
    }
    long last = bEmpty ? size - 1 : b.get();
    if (first >= size) {
      return new Unsatisfiable();
    }
    return new Partial(new ByteRange(first, Math.min(last, size - 1)));
  }

  /** Digits only; more than 18 digits saturate (they are beyond any length anyway). */
  private static Optional<Long> number(String s) {
    if (s.isEmpty() || !s.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    return Optional.of(s.length() > 18 ? Long.MAX_VALUE : Long.parseLong(s));
  }
}
