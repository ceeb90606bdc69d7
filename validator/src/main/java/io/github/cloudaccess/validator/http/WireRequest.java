package io.github.cloudaccess.validator.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request exactly as sent on the wire, for a single exchange (one hop of a redirect chain,
 * or one retry).
 *
 * @param method GET or POST
 * @param uri the absolute http(s) URI
 * @param headers every header the validator sets, in order
 * @param body the form body, {@code null} when there is none
 */
public record WireRequest(Method method, URI uri, Map<String, String> headers, String body) {

  /** Freezes the header map, keeping its order. */
  public WireRequest {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /** @return the lower-case hex SHA-256 of the body's UTF-8 bytes, {@code null} without body */
  public String bodySha256() {
    if (body == null) {
      return null;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(body.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** @return method and URL, the way reports and logs name a request */
  public String describe() {
    return method + " " + uri;
  }
}
