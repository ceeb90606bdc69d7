package io.github.cloudaccess.client.plan;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that is about to be printed: URL user-info, presigned query values,
 * and any caller-registered secret strings.
 */
public final class Redaction {

  private static final Pattern SECRET_PARAM =
      Pattern.compile(".*(signature|token|credential|secret|password|passwd|sig|key|auth).*");

  private Redaction() {}

  /**
   * @param url any URL
   * @return the URL without user-info, with the values of secret-looking query parameters
   *     replaced by {@code REDACTED}
   */
  public static String url(URI url) {
    StringBuilder b = new StringBuilder();
    if (url.getScheme() != null) {
      b.append(url.getScheme()).append(':');
    }
    if (url.getRawAuthority() != null) {
      b.append("//");
      if (url.getRawUserInfo() != null) {
        b.append("REDACTED@");
      }
      b.append(url.getHost() == null ? "" : url.getHost());
      if (url.getPort() >= 0) {
        b.append(':').append(url.getPort());
      }
    }
    b.append(url.getRawPath() == null ? "" : url.getRawPath());
    if (url.getRawQuery() != null) {
      b.append('?').append(query(url.getRawQuery()));
    }
    return b.toString();
  }

  private static String query(String raw) {
    StringBuilder b = new StringBuilder();
    for (String part : raw.split("&", -1)) {
      if (b.length() > 0) {
        b.append('&');
      }
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq);
      if (eq >= 0 && SECRET_PARAM.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
        b.append(name).append("=REDACTED");
      } else {
        b.append(part);
      }
    }
    return b.toString();
  }

  /**
   * @param text any text
   * @param secrets strings that must not appear (null or short entries are ignored)
   * @return the text with every occurrence of a secret replaced by {@code REDACTED}
   */
  public static String scrub(String text, Iterable<String> secrets) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String s : secrets) {
      if (s != null && s.length() >= 4) {
        out = out.replace(s, "REDACTED");
      }
    }
    return out;
  }
}
