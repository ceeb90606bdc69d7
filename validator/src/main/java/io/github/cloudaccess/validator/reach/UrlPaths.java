package io.github.cloudaccess.validator.reach;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes literal object names into URL paths, keeping {@code /} (object stores treat the
 * name as one literal string; {@code /} in it is an ordinary character that their URLs keep).
 */
final class UrlPaths {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlPaths() {}

  /**
   * @param name an object, blob, bucket or container name
   * @return the name with every byte outside RFC 3986's unreserved set and {@code /} encoded
   */
  static String encode(String name) {
    StringBuilder sb = new StringBuilder(name.length() + 16);
    for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        sb.append((char) c);
      } else {
        sb.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return sb.toString();
  }

  /**
   * @param base a base URL, possibly ending in {@code /}
   * @param path an encoded path starting without {@code /}
   * @return {@code base/path}
   */
  static String join(String base, String path) {
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/" + path;
  }
}
