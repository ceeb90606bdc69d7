package io.github.cloudaccess.validator.reach;

import java.util.Locale;

/**
 * What a check knows about the validator's own name resolution and network, which decides whose
 * fault an access_url is whose host does not resolve or never accepts a connection.
 *
 * <p>Decision: only a live run that has just fetched the response from a host it addressed by a
 * DNS name shows that the validator resolves public names and connects; then such an access_url
 * is the archive's fault (E-OBJ-AURL). A recorded file, a replay, and a service addressed by an IP
 * literal, {@code localhost} or a single-label name (resolved by a hosts file or a container's
 * DNS, which says nothing about public names) show nothing: F-OBJ-NETX, so that a CI runner
 * without internet never blames the archive. The evidence is derived from the service URL alone,
 * never from the order in which requests happened to succeed.
 */
public enum NetworkEvidence {
  /** Nothing shows that the validator's DNS and network work. */
  NONE,
  /** The response was just fetched from a host addressed by a public DNS name. */
  NAME_RESOLVED;

  /**
   * @param host the host of the service URL a live run fetched the response from
   * @return {@link #NAME_RESOLVED} for a DNS name with a dot, else {@link #NONE}
   */
  public static NetworkEvidence ofServiceHost(String host) {
    if (host == null) {
      return NONE;
    }
    String h = host.strip().toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    // IPv6 has colons; IPv4 in any notation a resolver accepts has no letters but hex's x.
    boolean literal = h.contains(":") || h.chars().noneMatch(Character::isLetter)
        || h.matches("[0-9a-fx.]*") && h.contains("0x");
    boolean local = h.equals("localhost") || h.endsWith(".localhost");
    return literal || local || !h.contains(".") ? NONE : NAME_RESOLVED;
  }
}
