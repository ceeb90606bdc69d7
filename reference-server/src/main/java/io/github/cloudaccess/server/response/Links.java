package io.github.cloudaccess.server.response;

import io.github.cloudaccess.server.catalogue.Product;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Every URL the service publishes, built from its base URI ({@code http://127.0.0.1:port}).
 *
 * @param base scheme, host and port, without a trailing slash
 */
public record Links(String base) {

  /** @return the SIA 1.0 query endpoint */
  public String sia1() {
    return base + "/sia1/query";
  }

  /** @return the SIA 2.0 {query} endpoint */
  public String sia2() {
    return base + "/sia2/query";
  }

  /** @return the DataLink {links} endpoint */
  public String datalink() {
    return base + "/datalink/links";
  }

  /** @return the VOSI capabilities of the SIA 2.0 service (a sibling of {query}) */
  public String capabilities() {
    return base + "/sia2/capabilities";
  }

  /** @return the VOSI availability of the SIA 2.0 service */
  public String availability() {
    return base + "/sia2/availability";
  }

  /** @return the HTTP URL of the product */
  public String product(Product p) {
    return base + "/data/" + encodePath(p.path());
  }

  /** @return the URL of the product's primary FITS header (2880 bytes, text) */
  public String header(Product p) {
    return base + "/header/" + encodePath(p.path());
  }

  /**
   * @param p the record
   * @param overrides request parameters to repeat so DataLink answers in the same style
   * @return the DataLink {links} URL for the record
   */
  public String links(Product p, Map<String, String> overrides) {
    StringBuilder b = new StringBuilder(datalink()).append("?ID=").append(encode(p.publisherDid()));
    overrides.forEach((k, v) -> b.append('&').append(k).append('=').append(encode(v)));
    return b.toString();
  }

  /** @return the text percent-encoded as one query component */
  public static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** @return the path with each segment percent-encoded and the slashes kept */
  public static String encodePath(String path) {
    StringBuilder b = new StringBuilder();
    for (String seg : path.split("/", -1)) {
      b.append(b.length() == 0 ? "" : "/").append(encode(seg));
    }
    return b.toString();
  }
}
