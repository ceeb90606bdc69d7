package io.github.cloudaccess.validator.live;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A service URL as given on the command line, split into the endpoint, the parameters to keep on
 * every request, and, for a full query URL, the query itself.
 *
 * <p>A URL carrying {@code POS} is a full query URL: it is sent as given for the legal query,
 * and its position is reused. The parameters every probe sets itself (POS, SIZE, FORMAT, MAXREC,
 * RESPONSEFORMAT) are dropped from the kept ones; any other parameter (for example
 * {@code COLLECTION=x} or an SIA 1.0 base URL's {@code survey=dss}) is kept on every request.
 *
 * @param given the URL exactly as given
 * @param endpoint scheme, authority and path, without query or fragment
 * @param kept parameters sent with every request, in the order given
 * @param query every parameter of the URL, in order
 */
public record ServiceUrl(URI given, String endpoint, List<Param> kept, List<Param> query) {

  /** Parameters the probes set themselves, compared case-insensitively (DALI 3.1). */
  private static final Set<String> PROBE_PARAMS =
      Set.of("POS", "SIZE", "FORMAT", "MAXREC", "RESPONSEFORMAT");

  /** Freezes the lists. */
  public ServiceUrl {
    kept = List.copyOf(kept);
    query = List.copyOf(query);
  }

  /**
   * @param url an absolute http(s) URL
   * @return the split URL
   * @throws IllegalArgumentException when it is not an absolute http(s) URL
   */
  public static ServiceUrl parse(String url) {
    URI uri = URI.create(url.trim());
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getRawAuthority() == null) {
      throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    String endpoint = scheme + "://" + uri.getRawAuthority() + path;
    List<Param> all = new ArrayList<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        all.add(eq < 0 ? new Param(decode(pair), "")
            : new Param(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1))));
      }
    }
    List<Param> kept = all.stream()
        .filter(p -> !PROBE_PARAMS.contains(p.name().toUpperCase(Locale.ROOT))).toList();
    return new ServiceUrl(uri, endpoint, kept, all);
  }

  /** @return true when the URL carries a POS parameter: it is the legal query itself */
  public boolean isFullQuery() {
    return value("POS") != null;
  }

  /**
   * @param name a parameter name, any case
   * @return the first value of that parameter in the given URL, or {@code null}
   */
  public String value(String name) {
    return query.stream().filter(p -> p.name().equalsIgnoreCase(name)).map(Param::value)
        .findFirst().orElse(null);
  }

  /**
   * @param params the probe's parameters, after the kept ones
   * @return the endpoint with the kept parameters and these
   */
  public URI with(List<Param> params) {
    return build(endpoint, kept, params);
  }

  /**
   * @param endpoint another endpoint of the same service (a capability's accessURL)
   * @return this URL's kept parameters moved onto that endpoint
   */
  public ServiceUrl at(String endpoint) {
    return new ServiceUrl(given, endpoint, kept, kept);
  }

  /**
   * Where VOSI capabilities may be: under the URL when it is a service root, else next to it
   * (SIA 2.0 section 2: every {query} is a sibling of the capabilities resource).
   *
   * @return the candidate URLs, most likely first
   */
  public List<URI> capabilityCandidates() {
    String path = URI.create(endpoint).getRawPath();
    String parent = endpoint.substring(0, endpoint.lastIndexOf('/') + 1);
    if (path.endsWith("/")) {
      return List.of(URI.create(endpoint + "capabilities"));
    }
    URI sibling = URI.create(parent + "capabilities");
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (last.equalsIgnoreCase("query") || last.equalsIgnoreCase("sync")) {
      return List.of(sibling);
    }
    return List.of(URI.create(endpoint + "/capabilities"), sibling);
  }

  /**
   * @param endpoint scheme, authority and path
   * @param first parameters sent first
   * @param then parameters sent after them
   * @return the URL, parameters percent-encoded as UTF-8 (spaces as {@code %20})
   */
  static URI build(String endpoint, List<Param> first, List<Param> then) {
    StringBuilder b = new StringBuilder(endpoint);
    char sep = '?';
    for (List<Param> list : List.of(first, then)) {
      for (Param p : list) {
        b.append(sep).append(encode(p.name())).append('=').append(encode(p.value()));
        sep = '&';
      }
    }
    return URI.create(b.toString());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s; // a stray '%' is kept as written; the service will judge it
    }
  }
}
