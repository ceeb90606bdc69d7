package io.github.cloudaccess.validator.reach;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads MD5 digests out of the headers that may carry one; returns {@code null} whenever the value
 * is not certainly an MD5 of the whole object.
 *
 * <p>Known limit: an S3 object encrypted with SSE-KMS has a single-part ETag that looks like an
 * MD5 and is not one; a hash finding is therefore a warning, never an error.
 */
final class Digests {

  private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");

  private Digests() {}

  /**
   * @param etag an ETag header value (quoted or not)
   * @return the MD5 hex of a strong single-part ETag, else {@code null} (multipart ETags carry
   *     {@code -N} and are not MD5s of the object)
   */
  static String md5FromEtag(String etag) {
    if (etag == null || etag.startsWith("W/")) {
      return null;
    }
    String bare = etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")
        ? etag.substring(1, etag.length() - 1) : etag;
    return HEX32.matcher(bare).matches() ? bare.toLowerCase(Locale.ROOT) : null;
  }

  /**
   * @param base64 a Content-MD5 value
   * @return its hex form, or {@code null} when it is not 16 bytes of base64
   */
  static String md5FromBase64(String base64) {
    if (base64 == null) {
      return null;
    }
    try {
      byte[] raw = Base64.getDecoder().decode(base64.trim());
      return raw.length == 16 ? HexFormat.of().formatHex(raw) : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * @param values the {@code x-goog-hash} header values ({@code crc32c=...,md5=...})
   * @return the MD5 hex, or {@code null} (composite objects have none)
   */
  static String md5FromGoogleHash(List<String> values) {
    for (String value : values) {
      for (String part : value.split(",")) {
        String p = part.trim();
        if (p.regionMatches(true, 0, "md5=", 0, 4)) {
          return md5FromBase64(p.substring(4));
        }
      }
    }
    return null;
  }
}
