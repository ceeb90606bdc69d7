package io.github.cloudaccess.validator.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One logical request as the caller asks for it, before redirects and retries.
 *
 * @param method GET or POST
 * @param uri an absolute {@code http} or {@code https} URI
 * @param form the encoded form body of a POST, {@code null} for GET
 * @param headers extra request headers in order (for example {@code Accept} or
 *     {@code Authorization}); sensitive ones are dropped when a redirect leaves the origin
 */
public record Request(Method method, URI uri, String form, Map<String, String> headers) {

  /** Headers the HTTP client or the fetcher own; a caller may not set them. */
  private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect",
      "host", "upgrade", "user-agent", "accept-encoding", "content-type");

  /** Validates the URI and freezes the header map. */
  public Request {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + uri);
    }
    if (method == Method.GET && form != null) {
      throw new IllegalArgumentException("GET takes no form body");
    }
    for (String name : headers.keySet()) {
      if (RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("header set by the HTTP layer itself: " + name);
      }
    }
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  /**
   * @param uri the URL
   * @return a GET without extra headers
   */
  public static Request get(URI uri) {
    return new Request(Method.GET, uri, null, Map.of());
  }

  /**
   * @param uri the URL
   * @param params form parameters in the order to send them
   * @return a form-encoded POST (UTF-8)
   */
  public static Request post(URI uri, Map<String, String> params) {
    String body = params.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
    return new Request(Method.POST, uri, body, Map.of());
  }

  /**
   * @param name header name
   * @param value header value
   * @return a copy with the header added (replacing one of the same name)
   */
  public Request withHeader(String name, String value) {
    Map<String, String> copy = new LinkedHashMap<>(headers);
    copy.put(name, value);
    return new Request(method, uri, form, copy);
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
