package io.github.cloudaccess.client.plan;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** Reads an {@code access_url} cell into an absolute http or https URI. */
public final class AccessUrls {

  private AccessUrls() {}

  /**
   * Surrounding whitespace is removed (VOTable cells often carry it); nothing else is changed.
   *
   * @param text the cell text
   * @return the URI when it is absolute, has a host and uses http or https
   */
  public static Optional<URI> parse(String text) {
    try {
      URI u = new URI(text.strip());
      return isHttp(u) ? Optional.of(u) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  /**
   * @param u any URI
   * @return true when it is absolute, has a host, and its scheme is http or https
   */
  public static boolean isHttp(URI u) {
    if (!u.isAbsolute() || u.getHost() == null || u.getScheme() == null) {
      return false;
    }
    String s = u.getScheme().toLowerCase(Locale.ROOT);
    return s.equals("http") || s.equals("https");
  }

  /**
   * @param u an http(s) URI
   * @return the percent-decoded last path segment, empty when the path is empty or ends with /
   */
  public static Optional<String> lastSegment(URI u) {
    String raw = u.getRawPath();
    if (raw == null || raw.isEmpty() || raw.endsWith("/")) {
      return Optional.empty();
    }
    String seg = raw.substring(raw.lastIndexOf('/') + 1);
    try {
      // Decode as a path segment: '+' stays '+'.
      return Optional.of(URLDecoder.decode(seg.replace("+", "%2B"), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.of(seg);
    }
  }
}
