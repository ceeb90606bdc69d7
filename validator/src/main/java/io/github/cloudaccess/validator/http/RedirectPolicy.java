package io.github.cloudaccess.validator.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether and where to follow a redirect (DALI 4.3: services may redirect, clients must
 * follow), refusing what a hostile server could abuse.
 *
 * <p>Rules: at most N redirects; only http and https targets ({@code file:}, {@code jar:},
 * {@code ftp:}, {@code data:} and everything else refused); a target already requested in the
 * chain is a loop; 303 (and 301/302 after POST) continue with GET and no body, 307/308 keep the
 * method and body; credentials and cookies never leave their origin; user-info in a Location is
 * dropped.
 */
final class RedirectPolicy {

  /** Statuses that are redirects with a Location to follow. */
  static final Set<Integer> STATUSES = Set.of(301, 302, 303, 307, 308);

  private static final Set<String> SENSITIVE =
      Set.of("authorization", "proxy-authorization", "cookie");

  /** RFC 3986 §3.1 scheme at the start of a Location. */
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

  private RedirectPolicy() {}

  /**
   * A decision: the next request, or why there is none.
   *
   * @param next the request to send, {@code null} when refused
   * @param target the resolved target, {@code null} when the Location is unusable
   * @param failure why the redirect is refused, {@code null} when followed
   */
  record Decision(WireRequest next, URI target, Failure failure) {}

  /**
   * @param current the request that was redirected
   * @param status its 3xx status
   * @param location the Location header, or {@code null}
   * @param visited keys ({@link #key}) of every request of the chain so far
   * @param followed redirects followed so far
   * @param max redirects allowed
   * @return the decision
   */
  static Decision decide(WireRequest current, int status, String location, Set<String> visited,
      int followed, int max) {
    if (location == null || location.isBlank()) {
      return refuse(null, FailureKind.REDIRECT_INVALID, status + " without a Location header");
    }
    /* A foreign scheme is refused whatever follows it, even text that is not a valid URI. */
    Matcher m = SCHEME.matcher(location.trim());
    if (m.find() && !m.group(1).equalsIgnoreCase("http") && !m.group(1).equalsIgnoreCase("https")) {
      return refuse(null, FailureKind.REDIRECT_SCHEME, "redirect to a "
          + FailureClassifier.printable(m.group(1).toLowerCase(Locale.ROOT)) + ": URL refused");
    }
    URI target;
    try {
      target = resolve(current.uri(), new URI(location.trim()));
    } catch (URISyntaxException | IllegalArgumentException e) {
      return refuse(null, FailureKind.REDIRECT_INVALID,
          "Location is not a URL: " + FailureClassifier.printable(location));
    }
    String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return refuse(target, FailureKind.REDIRECT_SCHEME,
          "redirect to a " + FailureClassifier.printable(scheme) + ": URL refused");
    }
    if (target.getHost() == null || target.getHost().isEmpty()) {
      return refuse(target, FailureKind.REDIRECT_INVALID, "Location has no host");
    }
    try {
      target = strip(target);
    } catch (URISyntaxException e) {
      return refuse(target, FailureKind.REDIRECT_INVALID,
          "Location is not a URL: " + FailureClassifier.printable(location));
    }
    if (followed >= max) {
      return refuse(target, FailureKind.TOO_MANY_REDIRECTS, "more than " + max + " redirects");
    }
    WireRequest next = next(current, status, target);
    if (visited.contains(key(next))) {
      return refuse(target, FailureKind.REDIRECT_LOOP,
          "redirect loop back to " + FailureClassifier.printable(target.toString()));
    }
    return new Decision(next, target, null);
  }

  /**
   * @param request a request
   * @return what makes two requests of a chain the same, for loop detection
   */
  static String key(WireRequest request) {
    return request.method() + " " + request.uri() + " " + request.bodySha256();
  }

  private static WireRequest next(WireRequest current, int status, URI target) {
    boolean toGet = status == 303 || (status == 301 || status == 302)
        && current.method() == Method.POST;
    Map<String, String> headers = new LinkedHashMap<>();
    boolean sameOrigin = sameOrigin(current.uri(), target);
    current.headers().forEach((name, value) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean drop = !sameOrigin && SENSITIVE.contains(lower)
          || toGet && lower.equals("content-type");
      if (!drop) {
        headers.put(name, value);
      }
    });
    return toGet ? new WireRequest(Method.GET, target, headers, null)
        : new WireRequest(current.method(), target, headers, current.body());
  }

  static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme())
        && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static int port(URI u) {
    if (u.getPort() >= 0) {
      return u.getPort();
    }
    return "https".equalsIgnoreCase(u.getScheme()) ? 443 : 80;
  }

  /** Resolves like a browser; {@link URI#resolve} mishandles a base with an empty path. */
  private static URI resolve(URI base, URI location) throws URISyntaxException {
    if (location.isAbsolute()) {
      return location;
    }
    if (base.getRawPath() == null || base.getRawPath().isEmpty()) {
      base = new URI(base.getScheme(), base.getRawAuthority(), "/", null, null);
    }
    return base.resolve(location);
  }

  /** Drops user-info and fragment: neither belongs in a request. */
  private static URI strip(URI u) throws URISyntaxException {
    if (u.getRawUserInfo() == null && u.getRawFragment() == null) {
      return u;
    }
    String port = u.getPort() >= 0 ? ":" + u.getPort() : "";
    String query = u.getRawQuery() == null ? "" : "?" + u.getRawQuery();
    return new URI(u.getScheme() + "://" + u.getHost() + port + u.getRawPath() + query);
  }

  private static Decision refuse(URI target, FailureKind kind, String detail) {
    return new Decision(null, target, Failure.of(kind, detail));
  }
}
