package io.github.cloudaccess.validator.reach;

/** Reads the complete length out of a {@code Content-Range} header ({@code bytes 0-2879/123456}). */
final class Ranges {

  /** Bytes fetched from each copy: one FITS block. */
  static final int BLOCK = 2880;

  private Ranges() {}

  /**
   * @param contentRange the header value, or {@code null}
   * @return the complete length, or -1 when absent, unknown ({@code *}) or malformed
   */
  static long total(String contentRange) {
    if (contentRange == null) {
      return -1;
    }
    int slash = contentRange.lastIndexOf('/');
    if (slash < 0 || !contentRange.regionMatches(true, 0, "bytes", 0, 5)) {
      return -1;
    }
    try {
      long n = Long.parseLong(contentRange.substring(slash + 1).trim());
      return n >= 0 ? n : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
