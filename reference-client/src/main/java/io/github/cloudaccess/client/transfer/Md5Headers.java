package io.github.cloudaccess.client.transfer;

import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Extracts an MD5 from response headers, where the store gives one. */
final class Md5Headers {

  private static final Pattern HEX32 = Pattern.compile("[0-9a-fA-F]{32}");
  private static final Pattern QUOTED_HEX32 = Pattern.compile("\"[0-9a-fA-F]{32}\"");

  private Md5Headers() {}

  /**
   * @param etag an S3 ETag (quoted or not)
   * @return the MD5 hex for a single-part upload ETag, empty for multipart ({@code -N}) ETags
   */
  static Optional<String> fromS3Etag(String etag) {
    if (etag == null) {
      return Optional.empty();
    }
    String e = etag.strip();
    if (e.startsWith("\"") && e.endsWith("\"") && e.length() >= 2) {
      e = e.substring(1, e.length() - 1);
    }
    return HEX32.matcher(e).matches() ? Optional.of(e.toLowerCase(Locale.ROOT)) : Optional.empty();
  }

  /**
   * @param contentMd5 Content-MD5 header values (base64)
   * @param googHash x-goog-hash header values ({@code md5=<base64>})
   * @param etag the ETag header, used only when {@code trustEtag}
   * @param trustEtag whether a strong quoted 32-hex ETag counts as an MD5
   * @return the MD5 in hex
   */
  static Optional<String> fromHttp(List<String> contentMd5, List<String> googHash, Optional<String> etag,
      boolean trustEtag) {
    for (String v : contentMd5) {
      Optional<String> h = base64(v.strip());
      if (h.isPresent()) {
        return h;
      }
    }
    for (String v : googHash) {
      for (String part : v.split(",")) {
        String p = part.strip();
        if (p.startsWith("md5=")) {
          Optional<String> h = base64(p.substring(4));
          if (h.isPresent()) {
            return h;
          }
        }
      }
    }
    if (trustEtag && etag.isPresent() && QUOTED_HEX32.matcher(etag.get().strip()).matches()) {
      String e = etag.get().strip();
      return Optional.of(e.substring(1, e.length() - 1).toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }

  private static Optional<String> base64(String v) {
    try {
      byte[] b = Base64.getDecoder().decode(v);
      return b.length == 16 ? Optional.of(HexFormat.of().formatHex(b)) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
